import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: MCMC's Hari Keselamatan Internet 2026 (berita.rtm.gov.my); CyberSecurity Malaysia, 2018.
    dayName: 'Hari Keselamatan Internet',
    countdownUntil: '{duration} lagi menjelang {name}, {date}',
    countdownToday: 'Hari ini ialah {name}!',
    countdownHideSeconds: 'Sembunyikan saat',
    countdownShowSeconds: 'Tunjukkan saat',
    countdownEnded: '{name} telah berlangsung pada {date}.',
    eventUntil: '{duration} lagi menjelang {date}',
    eventToday: 'Hari yang dinanti telah tiba!',
    eventEnded: 'Acara ini telah berlangsung: {date}.',
    globalTheme: 'Bersama untuk Internet yang lebih baik',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Sekolah, keluarga dan organisasi dari kira-kira 190 negara mengambil bahagian. Cari aktiviti berhampiran anda.',
    bannerCta: 'Ketahui cara untuk mengambil bahagian',
    bannerDismiss: 'Tutup sepanduk {name}',
    carouselLabel: 'Tip keselamatan dalam talian',
    carouselLabelFor: 'Tip keselamatan dalam talian untuk {audiences}',
    carouselAudienceChildren: 'kanak-kanak',
    carouselAudienceTeens: 'remaja',
    carouselAudienceParents: 'ibu bapa dan penjaga',
    carouselAudienceEducators: 'guru dan pendidik',
    carouselRole: 'karusel',
    carouselSlideRole: 'slaid',
    carouselSlide: '{index} daripada {count}',
    carouselPrevious: 'Tip sebelumnya',
    carouselNext: 'Tip seterusnya',
    carouselStop: 'Berhenti memaparkan tip secara bergilir-gilir',
    carouselStart: 'Mula memaparkan tip secara bergilir-gilir',
    carouselChildren: 'Untuk kanak-kanak',
    carouselTeens: 'Untuk remaja',
    carouselParents: 'Untuk ibu bapa dan penjaga',
    carouselEducators: 'Untuk guru dan pendidik',
    calendarLink: 'Tambah ke kalendar',
    helplineLine: 'Perlu bercakap dengan seseorang? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Beritahu orang yang kamu percayai',
      text: 'Jika ada sesuatu dalam talian yang membuat kamu risau, sedih atau keliru, beritahu orang dewasa yang kamu percayai. Kamu tidak akan dimarahi kerana memberitahu.',
    },
    'children-password-secret': {
      title: 'Kata laluan ialah rahsia',
      text: 'Jangan beritahu kata laluan kamu kepada sesiapa, walaupun kepada kawan baik kamu. Orang dewasa yang menjaga kamu boleh membantu kamu mengingatinya.',
    },
    'children-personal-info': {
      title: 'Rahsiakan maklumat peribadi kamu',
      text: 'Simpan nama penuh, alamat, sekolah dan nombor telefon kamu untuk diri sendiri. Tanya orang dewasa dahulu sebelum kamu berkongsi maklumat itu di mana-mana dalam talian.',
    },
    'children-be-kind': {
      title: 'Berbaik hati dalam talian',
      text: 'Di sebalik setiap skrin ada orang sebenar yang mempunyai perasaan. Hantar hanya mesej yang kamu sanggup katakan secara bersemuka.',
    },
    'children-strangers': {
      title: 'Bukan semua orang jujur tentang diri mereka',
      text: 'Orang dalam talian boleh berpura-pura menjadi orang lain. Jangan sekali-kali bersetuju untuk berjumpa dengan orang yang kamu kenal hanya melalui internet.',
    },
    'children-true-or-not': {
      title: 'Betulkah begitu?',
      text: 'Bukan semua yang kamu lihat dalam talian itu benar, walaupun ia nampak seperti sebenar. Tanya orang dewasa atau semak di tempat lain sebelum kamu mempercayainya.',
    },
    'children-free-prizes': {
      title: 'Hadiah percuma ialah helah',
      text: 'Mesej yang mengatakan kamu telah memenangi sesuatu biasanya satu helah. Jangan klik mesej itu, sebaliknya tunjukkan kepada orang dewasa.',
    },
    'children-screen-breaks': {
      title: 'Berehatlah sekejap',
      text: 'Bermain dan menonton memang seronok, tetapi mata dan badan kamu juga perlu berehat. Berhenti sekejap untuk bergerak, bermain di luar atau membaca.',
    },
    'children-block-report': {
      title: 'Kamu boleh menyekat dan melaporkan',
      text: 'Jika seseorang bersikap kasar atau membuat kamu rasa tidak selesa, kamu boleh menyekat dan melaporkannya. Kemudian, beritahu orang dewasa apa yang berlaku.',
    },
    'children-photos': {
      title: 'Fikir dahulu sebelum berkongsi gambar',
      text: 'Gambar boleh disalin dan disebarkan. Minta izin dahulu sebelum berkongsi gambar orang lain, dan tanya orang dewasa sebelum berkongsi gambar kamu sendiri.',
    },
    'children-ai-helpers': {
      title: 'Bot sembang boleh tersilap',
      text: 'Program komputer yang berbual dengan kamu boleh membuat kesilapan walaupun bunyinya sangat yakin. Semak apa yang dikatakannya dengan orang dewasa atau dalam buku.',
    },
    'teens-digital-footprint': {
      title: 'Hantaran kamu kekal lama',
      text: 'Tangkapan skrin kekal walaupun hantaran sudah dipadam. Sebelum berkongsi, tanya diri kamu: adakah kamu tidak kisah jika ia masih dilihat orang lima tahun lagi?',
    },
    'teens-two-step': {
      title: 'Hidupkan pengesahan dua langkah',
      text: 'Tambahkan langkah kedua, seperti kod di telefon kamu, pada akaun-akaun penting kamu. Dengan itu, kata laluan yang dicuri sahaja tidak cukup untuk masuk.',
    },
    'teens-unique-passwords': {
      title: 'Satu kata laluan untuk setiap akaun',
      text: 'Jika satu laman web membocorkan kata laluan kamu, setiap akaun yang menggunakannya turut berisiko. Pengurus kata laluan boleh mengingati semuanya untuk kamu.',
    },
    'teens-upstander': {
      title: 'Jangan hanya jadi pemerhati',
      text: 'Apabila kamu melihat seseorang dibuli, mesej sokongan secara peribadi boleh memberi makna yang besar. Laporkan buli itu, bukannya menyebarkannya.',
    },
    'teens-nudes-pressure': {
      title: 'Didesak menghantar gambar',
      text: 'Tiada sesiapa berhak mendesak kamu menghantar gambar intim. Jika ia berlaku, atau gambar kamu dikongsi, itu bukan salah kamu: bercakaplah dengan orang yang kamu percayai atau hubungi talian bantuan.',
    },
    'teens-deepfakes': {
      title: 'Yang palsu boleh nampak tulen',
      text: 'AI boleh memalsukan gambar, suara dan video sehingga nampak meyakinkan. Semak dahulu siapa yang menyiarkannya dan sama ada sumber yang boleh dipercayai melaporkan perkara yang sama.',
    },
    'teens-sextortion-scams': {
      title: 'Ugutan ialah penipuan',
      text: 'Jika seseorang mengugut untuk menyebarkan gambar kamu kecuali kamu membayar, berhenti membalas, jangan bayar, simpan bukti dan beritahu orang dewasa atau laporkan.',
    },
    'teens-too-good': {
      title: 'Terlalu indah untuk menjadi kenyataan?',
      text: 'Mata wang permainan yang murah, pengikut percuma dan tawaran untuk mendapat wang dengan mudah selalunya penipuan yang mahu mendapatkan akaun atau maklumat kamu. Jika kamu rasa didesak supaya cepat bertindak, bertenang dan fikir dahulu.',
    },
    'teens-feed-feelings': {
      title: 'Sedari bagaimana suapan kamu mempengaruhi perasaan kamu',
      text: 'Jika menatal membuat kamu rasa lebih teruk, senyapkan atau nyahikut akaun tertentu, atau berehat seketika. Kamu yang menentukan apa yang kamu lihat.',
    },
    'teens-location': {
      title: 'Semak tetapan lokasi kamu',
      text: 'Sesetengah aplikasi menunjukkan lokasi kamu pada peta atau dalam data gambar. Matikan perkongsian lokasi kecuali kamu benar-benar memerlukannya, dan kongsikan hanya dengan orang yang kamu kenal.',
    },
    'teens-talk-it-through': {
      title: 'Kamu tidak perlu menghadapinya seorang diri',
      text: 'Bercakap dengan kawan, ahli keluarga, guru atau talian bantuan boleh meringankan keadaan. Meminta bantuan ialah tanda kekuatan.',
    },
    'parents-talk-early': {
      title: 'Berbual awal dan kerap',
      text: 'Tanya anak anda apa yang dia seronok lakukan dalam talian dan apa yang merisaukannya. Perbualan yang kerap dan tenang memudahkan dia datang kepada anda apabila ada masalah.',
    },
    'parents-stay-calm': {
      title: 'Bertenang apabila anak bercerita',
      text: 'Jika anak anda menceritakan sesuatu yang mengganggu perasaannya, ucapkan terima kasih dahulu kerana dia memberitahu anda. Merampas peranti boleh membuatkan dia kurang mahu bercerita pada masa akan datang.',
    },
    'parents-settings-together': {
      title: 'Buat tetapan aplikasi bersama-sama',
      text: 'Semak tetapan privasi bersama anak anda apabila dia mula menggunakan aplikasi atau permainan baharu. Terangkan mengapa setiap tetapan penting supaya dia belajar melakukannya sendiri.',
    },
    'parents-parental-controls': {
      title: 'Gunakan kawalan ibu bapa sebagai pembantu',
      text: 'Penapis dan had masa membantu, terutamanya untuk kanak-kanak yang lebih kecil, tetapi tiada alat yang dapat menapis semuanya. Gabungkan dengan perbualan dan kepercayaan yang bertambah secara beransur-ansur apabila anak anda membesar.',
    },
    'parents-family-agreement': {
      title: 'Persetujui peraturan keluarga',
      text: 'Tentukan bersama bila dan di mana peranti digunakan, contohnya tiada skrin semasa makan atau di bilik tidur pada waktu malam. Peraturan yang turut terpakai kepada orang dewasa lebih mudah dipatuhi.',
    },
    'parents-sharenting': {
      title: 'Fikir dahulu sebelum menyiarkan sesuatu tentang anak anda',
      text: 'Gambar dan cerita yang anda kongsi hari ini menjadi sebahagian daripada kehidupan dalam talian anak anda. Minta izin anak yang lebih besar sebelum menyiarkan apa-apa tentang mereka, dan elakkan butiran seperti nama sekolah.',
    },
    'parents-scam-signs': {
      title: 'Kenali tanda-tanda penipuan',
      text: 'Desakan supaya bertindak segera, permintaan untuk merahsiakan sesuatu dan permintaan kod atau bayaran ialah tanda amaran. Tunjukkan kepada anak anda cara anda menyemak mesej sebelum bertindak balas.',
    },
    'parents-in-app-purchases': {
      title: 'Kawal pembelian dalam aplikasi',
      text: 'Banyak permainan percuma menjana wang melalui pembelian dalam permainan. Wajibkan kata laluan untuk setiap pembayaran dan bincangkan bagaimana tawaran ini direka untuk menggoda pemain.',
    },
    'parents-ai-tools': {
      title: 'Terokai alat AI bersama-sama',
      text: 'Cuba bot sembang atau penjana imej AI bersama anak anda dan bincangkan bila ia betul dan bila ia salah. Bantu dia melihatnya sebagai alat yang perlu dipersoalkan, bukan sumber yang pasti benar.',
    },
    'parents-model-habits': {
      title: 'Jadilah teladan',
      text: 'Kanak-kanak meniru apa yang mereka lihat. Apabila anda menyimpan telefon sendiri semasa meluangkan masa bersama keluarga, anda menunjukkan kepada mereka contoh keseimbangan yang sihat.',
    },
    'parents-bullied-online': {
      title: 'Jika anak anda dibuli dalam talian',
      text: 'Dengar dahulu, kemudian bantu dia menyimpan tangkapan skrin, menyekat orang yang terlibat dan melaporkannya. Maklumkan juga kepada pihak sekolah, dan elakkan membalas dengan marah bagi pihak anak anda.',
    },
    'parents-account-security': {
      title: 'Lindungi akaun keluarga',
      text: 'Gunakan kata laluan kukuh yang berbeza bagi setiap akaun, dengan pengesahan dua langkah untuk e-mel dan gedung aplikasi. Tunjukkan kepada anak anda cara melakukan perkara yang sama apabila dia mempunyai akaun sendiri.',
    },
    'parents-know-reporting': {
      title: 'Ketahui cara membuat laporan',
      text: 'Pelajari cara menyekat dan melaporkan dalam aplikasi yang digunakan oleh anak anda, serta cara menghubungi talian bantuan dan saluran aduan kandungan di negara anda. Mengetahuinya lebih awal menjimatkan masa apabila keadaan mendesak.',
    },
    'educators-teach-evaluating': {
      title: 'Ajar cara menyemak sumber',
      text: 'Latih murid membaca secara lateral: buka tab baharu untuk mengetahui siapa di sebalik sesuatu dakwaan sebelum menilainya. Latihan yang ringkas dan kerap lebih berkesan daripada satu pelajaran yang panjang.',
    },
    'educators-ai-literacy': {
      title: 'Jadikan AI sebahagian daripada literasi media',
      text: 'Tunjukkan kepada murid contoh teks dan imej yang dijana AI, termasuk kesilapannya. Bincangkan cara alat ini berfungsi, dari mana datanya diperoleh dan bila penggunaannya adil.',
    },
    'educators-safe-space': {
      title: 'Mudahkan murid untuk bersuara',
      text: 'Beritahu murid dengan siapa mereka boleh bercakap di sekolah dan bahawa mereka akan didengari. Sediakan cara melapor secara sulit, seperti peti soalan atau kakitangan tertentu yang dilantik.',
    },
    'educators-follow-procedure': {
      title: 'Ikut prosedur perlindungan kanak-kanak',
      text: 'Jika murid mendedahkan bahawa dia mengalami kemudaratan dalam talian, dengar, jangan berjanji untuk merahsiakannya, dan segera maklumkan kepada pegawai perlindungan kanak-kanak yang dilantik di sekolah anda. Catat apa yang dikatakan menggunakan kata-katanya sendiri.',
    },
    'educators-cyberbullying-policy': {
      title: 'Masukkan tingkah laku dalam talian dalam dasar sekolah',
      text: 'Pastikan dasar antibuli dan dasar tingkah laku merangkumi apa yang berlaku dalam talian, termasuk di luar waktu sekolah apabila ia menjejaskan murid. Kongsikan dasar ini dengan keluarga murid.',
    },
    'educators-pupil-voice': {
      title: 'Beri murid peluang memimpin',
      text: 'Golongan muda selalunya paling arif tentang aplikasi dan trend terkini. Libatkan mereka dalam merancang pelajaran keselamatan dalam talian dan dalam mengajar murid yang lebih muda.',
    },
    'educators-privacy-classroom': {
      title: 'Lindungi data murid',
      text: 'Pastikan ada persetujuan sebelum menyiarkan hasil kerja atau gambar murid, dan gunakan alat yang diluluskan sekolah serta mematuhi peraturan perlindungan data. Tunjukkan amalan privasi yang baik di dalam kelas.',
    },
    'educators-accounts-security': {
      title: 'Lindungi akaun sekolah anda',
      text: 'Gunakan kata laluan yang kukuh dan berbeza serta pengesahan dua langkah untuk sistem sekolah. Kunci skrin apabila anda meninggalkan meja, walaupun hanya untuk seminit.',
    },
    'educators-phishing': {
      title: 'Kenal pasti pancingan data bersama-sama',
      text: 'Gunakan contoh sebenar e-mel dan mesej palsu yang telah dianonimkan di dalam kelas. Minta murid mencari petunjuk, seperti alamat pengirim yang pelik dan desakan untuk bertindak segera.',
    },
    'educators-wellbeing-balance': {
      title: 'Bincangkan keseimbangan, bukan sekadar had',
      text: 'Bincangkan perasaan murid semasa melakukan pelbagai aktiviti dalam talian, dan bantu mereka sedar bila perlu berehat. Elakkan menggambarkan semua masa skrin sebagai berbahaya.',
    },
  },
} satisfies Translation;
