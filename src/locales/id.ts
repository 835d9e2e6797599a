import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: The national organisers write it in English (youthigf.id, 2020; Safer Internet Day Indonesia, 2015): the English name is kept.
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} lagi menuju {name}, {date}',
    countdownToday: 'Hari ini adalah {name}!',
    countdownHideSeconds: 'Sembunyikan detik',
    countdownShowSeconds: 'Tampilkan detik',
    countdownEnded: '{name} telah berlangsung pada {date}.',
    eventUntil: '{duration} lagi menuju {date}',
    eventToday: 'Hari inilah harinya!',
    eventEnded: 'Acara ini telah berlangsung pada {date}.',
    globalTheme: 'Bersama untuk internet yang lebih baik',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Sekolah, keluarga, dan organisasi dari sekitar 190 negara ikut serta. Temukan kegiatan di dekat Anda.',
    bannerCta: 'Cari tahu cara ikut serta',
    bannerDismiss: 'Tutup pemberitahuan {name}',
    carouselLabel: 'Kiat aman berinternet',
    carouselLabelFor: 'Kiat aman berinternet untuk {audiences}',
    carouselAudienceChildren: 'anak-anak',
    carouselAudienceTeens: 'remaja',
    carouselAudienceParents: 'orang tua dan pengasuh',
    carouselAudienceEducators: 'guru dan pendidik',
    carouselRole: 'korsel',
    carouselSlideRole: 'salindia',
    carouselSlide: '{index} dari {count}',
    carouselPrevious: 'Kiat sebelumnya',
    carouselNext: 'Kiat berikutnya',
    carouselStop: 'Berhenti menampilkan kiat secara bergantian',
    carouselStart: 'Mulai menampilkan kiat secara bergantian',
    carouselChildren: 'Untuk anak-anak',
    carouselTeens: 'Untuk remaja',
    carouselParents: 'Untuk orang tua dan pengasuh',
    carouselEducators: 'Untuk guru dan pendidik',
    calendarLink: 'Tambahkan ke kalender',
    helplineLine: 'Butuh teman untuk bercerita? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Ceritakan kepada orang yang kamu percaya',
      text: 'Kalau ada sesuatu di internet yang membuatmu khawatir, sedih, atau bingung, ceritakan kepada orang dewasa yang kamu percaya. Kamu tidak akan dimarahi karena sudah bercerita.',
    },
    'children-password-secret': {
      title: 'Kata sandi itu rahasia',
      text: 'Jangan beri tahu kata sandimu kepada siapa pun, bahkan kepada sahabatmu. Orang dewasa yang merawatmu bisa membantumu mengingatnya.',
    },
    'children-personal-info': {
      title: 'Jaga data pribadimu',
      text: 'Nama lengkap, alamat, sekolah, dan nomor teleponmu cukup kamu simpan sendiri. Tanyakan dulu kepada orang dewasa sebelum kamu membagikannya di mana pun di internet.',
    },
    'children-be-kind': {
      title: 'Bersikaplah baik di internet',
      text: 'Di balik setiap layar ada orang sungguhan yang punya perasaan. Kirimkan hanya pesan yang juga mau kamu ucapkan langsung di depan orangnya.',
    },
    'children-strangers': {
      title: 'Tidak semua orang jujur tentang dirinya',
      text: 'Orang di internet bisa berpura-pura menjadi orang lain. Jangan pernah mau diajak bertemu oleh orang yang hanya kamu kenal dari internet.',
    },
    'children-true-or-not': {
      title: 'Benarkah itu?',
      text: 'Tidak semua yang kamu lihat di internet itu benar, walaupun kelihatannya nyata. Tanyakan kepada orang dewasa atau periksa di tempat lain sebelum kamu memercayainya.',
    },
    'children-free-prizes': {
      title: 'Hadiah gratis itu tipuan',
      text: 'Pesan yang bilang kamu memenangkan sesuatu biasanya hanya tipuan. Jangan diklik, tunjukkan saja kepada orang dewasa.',
    },
    'children-screen-breaks': {
      title: 'Istirahat dulu',
      text: 'Bermain dan menonton itu seru, tetapi mata dan tubuhmu juga perlu istirahat. Berhentilah sebentar untuk bergerak, bermain di luar, atau membaca.',
    },
    'children-block-report': {
      title: 'Kamu bisa memblokir dan melaporkan',
      text: 'Kalau ada orang yang bersikap jahat atau membuatmu tidak nyaman, kamu bisa memblokir dan melaporkannya. Setelah itu, ceritakan kepada orang dewasa apa yang terjadi.',
    },
    'children-photos': {
      title: 'Pikir dulu sebelum membagikan foto',
      text: 'Foto bisa disalin dan disebarkan. Minta izin dulu sebelum membagikan foto orang lain, dan tanyakan kepada orang dewasa sebelum membagikan fotomu sendiri.',
    },
    'children-ai-helpers': {
      title: 'Jawaban komputer belum tentu benar',
      text: 'Program komputer yang bisa diajak mengobrol bisa saja salah, walaupun terdengar sangat yakin. Periksa jawabannya bersama orang dewasa atau di buku.',
    },
    'teens-digital-footprint': {
      title: 'Unggahanmu bisa bertahan lama',
      text: 'Tangkapan layar tetap ada meski unggahannya sudah dihapus. Sebelum membagikan sesuatu, tanyakan pada dirimu: apakah kamu tetap tidak keberatan kalau itu masih dilihat orang lima tahun lagi?',
    },
    'teens-two-step': {
      title: 'Aktifkan verifikasi dua langkah',
      text: 'Tambahkan langkah kedua, misalnya kode di ponselmu, untuk akun-akun pentingmu. Dengan begitu, kata sandi yang dicuri saja tidak cukup untuk masuk.',
    },
    'teens-unique-passwords': {
      title: 'Satu kata sandi untuk satu akun',
      text: 'Kalau kata sandimu bocor dari satu situs, semua akun yang memakai kata sandi itu ikut terancam. Pengelola kata sandi bisa mengingat semuanya untukmu.',
    },
    'teens-upstander': {
      title: 'Jangan cuma jadi penonton',
      text: 'Saat kamu melihat seseorang dirundung, pesan pribadi berisi dukungan bisa sangat berarti. Laporkan perundungan itu, jangan ikut menyebarkannya.',
    },
    'teens-nudes-pressure': {
      title: 'Didesak mengirim foto',
      text: 'Tidak ada yang berhak mendesakmu untuk mengirim foto intim. Kalau itu terjadi, atau fotomu disebarkan, itu bukan salahmu: bicaralah dengan orang yang kamu percaya atau hubungi layanan bantuan.',
    },
    'teens-deepfakes': {
      title: 'Yang palsu bisa terlihat asli',
      text: 'AI bisa memalsukan foto, suara, dan video sampai terlihat meyakinkan. Periksa dulu siapa yang mengunggahnya dan apakah sumber tepercaya memberitakan hal yang sama.',
    },
    'teens-sextortion-scams': {
      title: 'Ancaman itu penipuan',
      text: 'Kalau ada yang mengancam akan menyebarkan fotomu kecuali kamu membayar, berhentilah membalas, jangan membayar, simpan buktinya, lalu ceritakan kepada orang dewasa atau laporkan.',
    },
    'teens-too-good': {
      title: 'Terlalu indah untuk jadi kenyataan?',
      text: 'Mata uang gim yang murah, pengikut gratis, dan tawaran cara mudah mendapat uang sering kali merupakan penipuan yang mengincar akun atau data pribadimu. Kalau kamu merasa diburu-buru, berhenti dulu dan pikirkan baik-baik.',
    },
    'teens-feed-feelings': {
      title: 'Perhatikan pengaruh linimasa pada perasaanmu',
      text: 'Kalau perasaanmu jadi lebih buruk setelah menggulir layar, bisukan akun, berhenti mengikuti, atau rehat sejenak. Kamu yang menentukan apa yang kamu lihat.',
    },
    'teens-location': {
      title: 'Periksa pengaturan lokasimu',
      text: 'Beberapa aplikasi menunjukkan posisimu di peta atau di data foto. Matikan fitur berbagi lokasi kecuali kamu benar-benar membutuhkannya, dan bagikan hanya dengan orang yang kamu kenal.',
    },
    'teens-talk-it-through': {
      title: 'Kamu tidak harus menghadapinya sendirian',
      text: 'Bercerita kepada teman, anggota keluarga, guru, atau layanan bantuan bisa membuat semuanya terasa lebih ringan. Meminta bantuan itu tanda kamu kuat.',
    },
    'parents-talk-early': {
      title: 'Bicarakan sejak dini dan sesering mungkin',
      text: 'Tanyakan kepada anak Anda apa yang ia sukai di internet, juga apa yang membuatnya khawatir. Dengan obrolan yang rutin dan tenang, anak akan lebih mudah datang kepada Anda saat ada masalah.',
    },
    'parents-stay-calm': {
      title: 'Tetap tenang saat anak bercerita',
      text: 'Jika anak Anda menceritakan sesuatu yang membuatnya resah, hal pertama yang perlu Anda lakukan adalah berterima kasih karena ia mau bercerita. Menyita gawainya bisa membuatnya enggan bercerita lagi lain kali.',
    },
    'parents-settings-together': {
      title: 'Atur aplikasi bersama anak',
      text: 'Periksa pengaturan privasi bersama anak Anda saat ia mulai memakai aplikasi atau gim baru. Jelaskan mengapa setiap pengaturan itu penting, agar ia belajar melakukannya sendiri.',
    },
    'parents-parental-controls': {
      title: 'Gunakan kontrol orang tua sebagai alat bantu',
      text: 'Filter dan batas waktu memang membantu, terutama untuk anak yang lebih kecil, tetapi tidak ada alat yang bisa menyaring semuanya. Padukan dengan obrolan, dan berikan kepercayaan lebih secara bertahap seiring anak Anda tumbuh.',
    },
    'parents-family-agreement': {
      title: 'Sepakati aturan keluarga',
      text: 'Tentukan bersama kapan dan di mana gawai boleh digunakan, misalnya tidak ada layar saat makan atau di kamar tidur pada malam hari. Aturan yang juga berlaku bagi orang dewasa lebih mudah ditaati.',
    },
    'parents-sharenting': {
      title: 'Pikir dulu sebelum mengunggah sesuatu tentang anak',
      text: 'Foto dan cerita yang Anda bagikan hari ini akan menjadi bagian dari kehidupan daring anak Anda. Mintalah izin anak yang lebih besar sebelum mengunggah sesuatu tentang mereka, dan hindari detail seperti nama sekolah.',
    },
    'parents-scam-signs': {
      title: 'Kenali tanda-tanda penipuan',
      text: 'Desakan untuk bertindak cepat, permintaan untuk merahasiakan sesuatu, dan permintaan kode atau pembayaran adalah tanda bahaya. Tunjukkan kepada anak Anda cara Anda memeriksa pesan sebelum menanggapinya.',
    },
    'parents-in-app-purchases': {
      title: 'Kendalikan pembelian dalam aplikasi',
      text: 'Banyak gim gratis mendapat uang dari pembelian di dalam gim. Wajibkan kata sandi untuk setiap pembayaran, dan bicarakan bagaimana tawaran seperti itu dirancang untuk menggoda pemain.',
    },
    'parents-ai-tools': {
      title: 'Jelajahi alat AI bersama anak',
      text: 'Cobalah alat AI untuk mengobrol atau membuat gambar bersama anak Anda, lalu bicarakan kapan alat itu benar dan kapan salah. Bantu ia melihatnya sebagai alat yang perlu dipertanyakan, bukan sumber yang pasti benar.',
    },
    'parents-model-habits': {
      title: 'Jadilah teladan',
      text: 'Anak-anak meniru apa yang mereka lihat. Dengan menyimpan ponsel Anda sendiri saat waktu bersama keluarga, Anda menunjukkan kepada mereka seperti apa keseimbangan yang sehat.',
    },
    'parents-bullied-online': {
      title: 'Jika anak Anda dirundung di internet',
      text: 'Dengarkan dulu, lalu bantu ia menyimpan tangkapan layar, memblokir orang-orang yang terlibat, dan melaporkannya. Beri tahu juga pihak sekolah, dan hindari membalas dengan marah atas nama anak Anda.',
    },
    'parents-account-security': {
      title: 'Amankan akun keluarga',
      text: 'Gunakan kata sandi kuat yang berbeda untuk setiap akun, serta verifikasi dua langkah untuk email dan toko aplikasi. Tunjukkan kepada anak Anda cara melakukan hal yang sama saat ia sudah punya akun sendiri.',
    },
    'parents-know-reporting': {
      title: 'Ketahui cara melapor',
      text: 'Pelajari cara memblokir dan melaporkan di aplikasi yang dipakai anak Anda, serta cara menghubungi layanan bantuan dan layanan aduan konten di negara Anda. Mengetahuinya sejak awal menghemat waktu saat benar-benar dibutuhkan.',
    },
    'educators-teach-evaluating': {
      title: 'Ajarkan cara memeriksa sumber',
      text: 'Latih murid membaca lateral: membuka tab baru untuk mencari tahu siapa di balik sebuah klaim sebelum menilainya. Latihan singkat yang rutin lebih efektif daripada satu pelajaran panjang.',
    },
    'educators-ai-literacy': {
      title: 'Jadikan AI bagian dari literasi media',
      text: 'Tunjukkan kepada murid contoh teks dan gambar buatan AI, termasuk yang keliru. Diskusikan cara kerja alat-alat ini, dari mana datanya berasal, dan kapan penggunaannya dianggap wajar.',
    },
    'educators-safe-space': {
      title: 'Permudah murid untuk bersuara',
      text: 'Beri tahu murid kepada siapa mereka bisa bercerita di sekolah, dan bahwa mereka akan didengarkan. Sediakan cara melapor yang terjaga kerahasiaannya, misalnya kotak pertanyaan atau staf sekolah tertentu yang ditunjuk.',
    },
    'educators-follow-procedure': {
      title: 'Ikuti prosedur perlindungan anak',
      text: 'Jika seorang murid mengungkapkan bahwa ia mengalami hal yang membahayakannya di internet, dengarkan, jangan berjanji untuk merahasiakannya, dan segera teruskan kepada petugas perlindungan anak yang ditunjuk di sekolah Anda. Catat apa yang ia katakan dengan kata-katanya sendiri.',
    },
    'educators-cyberbullying-policy': {
      title: 'Masukkan perilaku di internet ke dalam kebijakan',
      text: 'Pastikan kebijakan antiperundungan dan tata tertib sekolah juga mencakup kejadian di internet, termasuk di luar jam sekolah jika berdampak pada murid. Sampaikan kebijakan itu kepada keluarga murid.',
    },
    'educators-pupil-voice': {
      title: 'Beri murid kesempatan memimpin',
      text: 'Anak muda sering kali paling tahu soal aplikasi dan tren terbaru. Libatkan mereka dalam merencanakan pelajaran keamanan berinternet dan dalam mengajari murid yang lebih muda.',
    },
    'educators-privacy-classroom': {
      title: 'Lindungi data murid',
      text: 'Pastikan ada persetujuan sebelum mengunggah karya atau foto murid, dan gunakan alat yang disetujui sekolah serta memenuhi aturan perlindungan data. Contohkan kebiasaan menjaga privasi yang baik di kelas.',
    },
    'educators-accounts-security': {
      title: 'Amankan akun sekolah Anda',
      text: 'Gunakan kata sandi yang kuat dan berbeda-beda, serta verifikasi dua langkah untuk sistem sekolah. Kunci layar setiap kali Anda meninggalkan meja, walau hanya semenit.',
    },
    'educators-phishing': {
      title: 'Kenali pesan penipuan bersama murid',
      text: 'Gunakan di kelas contoh nyata email dan pesan palsu yang identitasnya sudah disamarkan. Minta murid mencari petunjuknya, misalnya alamat pengirim yang aneh dan desakan untuk bertindak cepat.',
    },
    'educators-wellbeing-balance': {
      title: 'Bicarakan keseimbangan, bukan hanya batasan',
      text: 'Diskusikan bagaimana perasaan murid saat melakukan berbagai kegiatan di internet, dan bantu mereka menyadari kapan perlu beristirahat. Hindari menggambarkan semua waktu layar sebagai hal yang berbahaya.',
    },
  },
} satisfies Translation;
