import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: corumhaber.net (2024), on the 'Güvenli İnternet Günü Etkinliği' held at the regulator BTK, home of Türkiye's Safer Internet Centre.
    dayName: 'Güvenli İnternet Günü',
    countdownUntil: '{name} etkinliğine {duration} kaldı: {date}',
    countdownToday: 'Bugün {name}!',
    countdownHideSeconds: 'Saniyeleri gizle',
    countdownShowSeconds: 'Saniyeleri göster',
    countdownEnded: '{name} etkinliği {date} tarihinde gerçekleşti.',
    eventUntil: 'Etkinliğe {duration} kaldı: {date}',
    eventToday: 'Bugün o gün!',
    eventEnded: 'Etkinlik {date} tarihinde gerçekleşti.',
    globalTheme: 'Daha iyi bir internet için birlikte',
    bannerDay: '{name} {year}',
    bannerMessage: 'Yaklaşık 190 ülkeden okullar, aileler ve kuruluşlar katılıyor. Yakınındaki bir etkinliği bul.',
    bannerCta: 'Nasıl katılabileceğini öğren',
    bannerDismiss: '{name} duyurusunu kapat',
    carouselLabel: 'Çevrim içi güvenlik ipuçları',
    carouselLabelFor: 'Çevrim içi güvenlik ipuçları: {audiences} için',
    carouselAudienceChildren: 'çocuklar',
    carouselAudienceTeens: 'gençler',
    carouselAudienceParents: 'ebeveynler ve bakım verenler',
    carouselAudienceEducators: 'öğretmenler ve eğitimciler',
    carouselRole: 'slayt gösterisi',
    carouselSlideRole: 'slayt',
    carouselSlide: 'İpucu {index}, toplam {count}',
    carouselPrevious: 'Önceki ipucu',
    carouselNext: 'Sonraki ipucu',
    carouselStop: 'İpuçlarının otomatik geçişini durdur',
    carouselStart: 'İpuçlarının otomatik geçişini başlat',
    carouselChildren: 'Çocuklar için',
    carouselTeens: 'Gençler için',
    carouselParents: 'Ebeveynler ve bakım verenler için',
    carouselEducators: 'Öğretmenler ve eğitimciler için',
    calendarLink: 'Takvime ekle',
    helplineLine: 'Konuşacak birine mi ihtiyacın var? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Güvendiğin birine anlat',
      text: 'İnternette bir şey seni endişelendirir, üzer ya da kafanı karıştırırsa güvendiğin bir büyüğüne anlat. Anlattığın için kimse sana kızmayacak.',
    },
    'children-password-secret': {
      title: 'Şifreler sırdır',
      text: 'Şifrelerini kimseye söyleme, en iyi arkadaşına bile. Sana bakan büyükler şifrelerini hatırlamana yardım edebilir.',
    },
    'children-personal-info': {
      title: 'Bilgilerini kendine sakla',
      text: 'Tam adın, adresin, okulun ve telefon numaran sana özeldir. Bunları internette herhangi bir yerde paylaşmadan önce bir büyüğüne sor.',
    },
    'children-be-kind': {
      title: 'İnternette nazik ol',
      text: 'Her ekranın arkasında gerçek duyguları olan gerçek bir insan var. Yalnızca yüz yüze de rahatça söyleyebileceğin mesajlar gönder.',
    },
    'children-strangers': {
      title: 'Herkes söylediği kişi değildir',
      text: 'İnternette insanlar kendilerini başka biri gibi gösterebilir. Yalnızca internetten tanıdığın biriyle buluşmayı asla kabul etme.',
    },
    'children-true-or-not': {
      title: 'Gerçekten doğru mu?',
      text: 'İnternette gördüğün her şey doğru değildir, gerçek gibi görünse bile. İnanmadan önce bir büyüğüne sor ya da başka bir yerden kontrol et.',
    },
    'children-free-prizes': {
      title: 'Bedava ödüller bir tuzaktır',
      text: 'Bir şey kazandığını söyleyen mesajlar genellikle bir tuzaktır. Mesaja tıklama, onun yerine bir büyüğüne göster.',
    },
    'children-screen-breaks': {
      title: 'Mola ver',
      text: 'Oyun oynamak ve bir şeyler izlemek eğlenceli ama gözlerin ve vücudun da dinlenmeli. Biraz ara verip hareket et, dışarıda oyna ya da bir şeyler oku.',
    },
    'children-block-report': {
      title: 'Engelleyip şikâyet edebilirsin',
      text: 'Biri sana kötü davranırsa ya da seni rahatsız ederse onu engelleyip şikâyet edebilirsin. Sonra olanları bir büyüğüne anlat.',
    },
    'children-photos': {
      title: 'Fotoğraf paylaşmadan önce düşün',
      text: 'Bir fotoğraf kopyalanıp başkalarına gönderilebilir. Başkasının fotoğrafını paylaşmadan önce ona sor, kendi fotoğrafını paylaşmadan önce de bir büyüğüne sor.',
    },
    'children-ai-helpers': {
      title: 'Sohbet robotları da yanılabilir',
      text: 'Seninle sohbet eden bilgisayar yardımcıları hata yapabilir ve yine de çok emin konuşabilir. Söylediklerini bir büyüğüne sorarak ya da bir kitaba bakarak kontrol et.',
    },
    'teens-digital-footprint': {
      title: 'Paylaşımların kalıcıdır',
      text: 'Bir paylaşımı silsen bile ekran görüntüleri kalabilir. Paylaşmadan önce kendine sor: Bunun beş yıl sonra görülmesi benim için sorun olur mu?',
    },
    'teens-two-step': {
      title: 'İki adımlı doğrulamayı aç',
      text: 'Önemli hesaplarına, telefonuna gelen bir kod gibi ikinci bir adım ekle. Böylece çalınan bir şifre tek başına hesaba girmeye yetmez.',
    },
    'teens-unique-passwords': {
      title: 'Her hesaba ayrı şifre',
      text: 'Bir site şifreni sızdırırsa o şifreyi kullanan tüm hesapların risk altına girer. Bir şifre yöneticisi hepsini senin yerine hatırlayabilir.',
    },
    'teens-upstander': {
      title: 'Seyirci kalma, destek ol',
      text: 'Birine zorbalık yapıldığını gördüğünde ona özelden atacağın bir destek mesajı çok şey ifade edebilir. Zorbalığı paylaşmak yerine şikâyet et.',
    },
    'teens-nudes-pressure': {
      title: 'Fotoğraf göndermen için baskı',
      text: 'Kimsenin seni mahrem fotoğraf göndermeye zorlamaya hakkı yok. Bu olursa ya da bir görüntün paylaşılırsa suç sende değil: Güvendiğin biriyle ya da bir destek hattıyla konuş.',
    },
    'teens-deepfakes': {
      title: 'Sahteler gerçek görünebilir',
      text: 'Yapay zekâ, inandırıcı görünen sahte fotoğraflar, sesler ve videolar üretebilir. Önce kimin paylaştığına ve güvenilir kaynakların da aynı şeyi söyleyip söylemediğine bak.',
    },
    'teens-sextortion-scams': {
      title: 'Tehditler bir dolandırıcılıktır',
      text: 'Biri para ödemezsen görüntülerini paylaşmakla tehdit ediyorsa yanıt vermeyi bırak, para ödeme, kanıtları sakla ve bir yetişkine anlat ya da şikâyet et.',
    },
    'teens-too-good': {
      title: 'Gerçek olamayacak kadar güzel mi?',
      text: 'Ucuz oyun parası, bedava takipçi ve kolay para teklifleri çoğu zaman hesabını ya da bilgilerini ele geçirmek isteyen dolandırıcılıklardır. Aceleye getirildiğini hissediyorsan yavaşla.',
    },
    'teens-feed-feelings': {
      title: 'Akışın sana ne hissettiriyor?',
      text: 'Kaydırdıkça kendini daha kötü hissediyorsan sessize al, takibi bırak ya da mola ver. Ne göreceğine sen karar verirsin.',
    },
    'teens-location': {
      title: 'Konum ayarlarını kontrol et',
      text: 'Bazı uygulamalar nerede olduğunu haritada ya da fotoğraf verilerinde gösterir. Gerçekten gerekmedikçe konum paylaşımını kapalı tut, açarsan da yalnızca tanıdığın kişilerle paylaş.',
    },
    'teens-talk-it-through': {
      title: 'Yalnız başa çıkmak zorunda değilsin',
      text: 'Bir arkadaşınla, ailenden biriyle, bir öğretmenle ya da bir destek hattıyla konuşmak işleri kolaylaştırabilir. Yardım istemek güçlü olmanın göstergesidir.',
    },
    'parents-talk-early': {
      title: 'Erken ve sık konuşun',
      text: 'Çocuğunuza internette nelerden hoşlandığını ve nelerin onu endişelendirdiğini sorun. Düzenli ve sakin sohbetler, bir şeyler ters gittiğinde size gelmesini kolaylaştırır.',
    },
    'parents-stay-calm': {
      title: 'Size anlattığında sakin kalın',
      text: 'Çocuğunuz üzücü bir şey anlatırsa her şeyden önce anlattığı için ona teşekkür edin. Cihazlarını elinden almak, bir dahaki sefere size anlatma olasılığını azaltabilir.',
    },
    'parents-settings-together': {
      title: 'Uygulamaları birlikte kurun',
      text: 'Çocuğunuz yeni bir uygulama ya da oyun kullanmaya başladığında gizlilik ayarlarını onunla birlikte gözden geçirin. Her ayarın neden önemli olduğunu açıklayın ki bunu kendisi yapmayı öğrensin.',
    },
    'parents-parental-controls': {
      title: 'Ebeveyn denetimi bir yardımcıdır',
      text: 'Filtreler ve süre sınırları özellikle küçük çocuklar için işe yarar ama hiçbir araç her şeyi yakalayamaz. Bunları sohbetle ve çocuğunuz büyüdükçe artan bir güvenle birleştirin.',
    },
    'parents-family-agreement': {
      title: 'Aile kuralları üzerinde anlaşın',
      text: 'Cihazların ne zaman ve nerede kullanılacağına birlikte karar verin; örneğin yemekte ya da geceleri yatak odalarında ekran olmasın. Yetişkinler için de geçerli kurallara uymak daha kolaydır.',
    },
    'parents-sharenting': {
      title: 'Çocuğunuzla ilgili paylaşım yapmadan önce düşünün',
      text: 'Bugün paylaştığınız fotoğraflar ve yazılar, çocuğunuzun çevrim içi yaşamının bir parçası olur. Çocuğunuz yeterince büyükse onun hakkında paylaşım yapmadan önce ona sorun; okul adı gibi ayrıntılardan kaçının.',
    },
    'parents-scam-signs': {
      title: 'Dolandırıcılık işaretlerini tanıyın',
      text: 'Aciliyet, gizlilik ve kod ya da ödeme istenmesi birer uyarı işaretidir. Bir mesaja göre harekete geçmeden önce onu nasıl kontrol ettiğinizi çocuğunuza gösterin.',
    },
    'parents-in-app-purchases': {
      title: 'Uygulama içi satın almaları denetleyin',
      text: 'Pek çok ücretsiz oyun, oyun içi satın almalardan para kazanır. Ödemeler için şifre istenmesini ayarlayın ve bu tekliflerin oyuncuları cezbetmek için nasıl tasarlandığını konuşun.',
    },
    'parents-ai-tools': {
      title: 'Yapay zekâ araçlarını birlikte keşfedin',
      text: 'Çocuğunuzla bir sohbet robotu ya da görsel oluşturucu deneyin; neyi doğru, neyi yanlış yaptığını konuşun. Onu bir otorite olarak değil, sorgulanması gereken bir araç olarak görmesine yardım edin.',
    },
    'parents-model-habits': {
      title: 'Örnek olun',
      text: 'Çocuklar gördüklerini taklit eder. Aile zamanında kendi telefonunuzu bir kenara bırakmanız, onlara sağlıklı bir dengenin neye benzediğini gösterir.',
    },
    'parents-bullied-online': {
      title: 'Çocuğunuz internette zorbalığa uğrarsa',
      text: 'Önce dinleyin, sonra ekran görüntülerini saklamasına, ilgili kişileri engellemesine ve şikâyet etmesine yardım edin. Okula da haber verin ve çocuğunuz adına öfkeyle yanıt vermekten kaçının.',
    },
    'parents-account-security': {
      title: 'Ailenin hesaplarını koruyun',
      text: 'Her hesap için farklı ve güçlü bir şifre kullanın; e-posta ve uygulama mağazalarında iki adımlı doğrulamayı açın. Çocuğunuz kendi hesaplarını açtığında aynısını nasıl yapacağını ona gösterin.',
    },
    'parents-know-reporting': {
      title: 'Nasıl şikâyet edeceğinizi öğrenin',
      text: 'Çocuğunuzun kullandığı uygulamalarda nasıl engelleme ve şikâyet yapılacağını, ulusal destek hattına ve ihbar hattına nasıl ulaşacağınızı öğrenin. Önceden bilmek, gerektiğinde zaman kazandırır.',
    },
    'educators-teach-evaluating': {
      title: 'Kaynak kontrolünü öğretin',
      text: 'Yanal okuma alıştırması yapın: Bir iddiayı değerlendirmeden önce arkasında kimin olduğunu bulmak için yeni sekmeler açın. Kısa ve düzenli alıştırmalar tek bir uzun dersten daha etkilidir.',
    },
    'educators-ai-literacy': {
      title: 'Yapay zekâyı medya okuryazarlığına katın',
      text: 'Öğrencilere, hatalı olanlar da dâhil, yapay zekâyla üretilmiş metin ve görsel örnekleri gösterin. Bu araçların nasıl çalıştığını, verilerinin nereden geldiğini ve bunları kullanmanın ne zaman adil olduğunu tartışın.',
    },
    'educators-safe-space': {
      title: 'Konuşmayı kolaylaştırın',
      text: 'Öğrencilere okulda kiminle konuşabileceklerini ve dinleneceklerini bildirin. Soru kutusu ya da adı belli bir personel gibi, gizlice bildirimde bulunabilecekleri bir yol sunun.',
    },
    'educators-follow-procedure': {
      title: 'Çocuk koruma prosedürüne uyun',
      text: 'Bir öğrenci çevrim içi bir zarar gördüğünü anlatırsa dinleyin, sır tutma sözü vermeyin ve durumu hemen okulunuzun çocuk koruma sorumlusuna iletin. Söylenenleri öğrencinin kendi sözleriyle kaydedin.',
    },
    'educators-cyberbullying-policy': {
      title: 'Politikalarınız çevrim içi davranışı da kapsasın',
      text: 'Zorbalık karşıtı ve davranış politikalarınızın, öğrencileri etkilediği durumlarda okul saatleri dışında yaşananlar da dâhil olmak üzere, çevrim içi ortamda olanları kapsadığından emin olun. Bunları ailelerle paylaşın.',
    },
    'educators-pupil-voice': {
      title: 'Öğrenciler öncülük etsin',
      text: 'En yeni uygulamaları ve akımları çoğu zaman en iyi gençler bilir. Onları çevrim içi güvenlik derslerini planlamaya ve daha küçük öğrencilere öğretmeye dâhil edin.',
    },
    'educators-privacy-classroom': {
      title: 'Öğrencilerin verilerini koruyun',
      text: 'Öğrenci çalışmalarını ya da fotoğraflarını paylaşmadan önce izin olup olmadığını kontrol edin ve veri koruma kurallarına uyan, okulun onayladığı araçları kullanın. Sınıfta iyi gizlilik alışkanlıklarına örnek olun.',
    },
    'educators-accounts-security': {
      title: 'Okul hesaplarınızı koruyun',
      text: 'Okul sistemlerinde güçlü ve benzersiz şifreler ile iki adımlı doğrulama kullanın. Masanızdan kalktığınızda, bir dakikalığına bile olsa ekranınızı kilitleyin.',
    },
    'educators-phishing': {
      title: 'Oltalamayı birlikte fark edin',
      text: 'Derste sahte e-posta ve mesajların gerçek, anonimleştirilmiş örneklerini kullanın. Öğrencilerden tuhaf gönderen adresleri ve hemen harekete geçme baskısı gibi ipuçlarını bulmalarını isteyin.',
    },
    'educators-wellbeing-balance': {
      title: 'Sınırlar kadar dengeyi de konuşun',
      text: 'Farklı çevrim içi etkinliklerin öğrencilere ne hissettirdiğini konuşun ve ne zaman mola vermeleri gerektiğini fark etmelerine yardım edin. Tüm ekran süresini zararlı gibi göstermekten kaçının.',
    },
  },
} satisfies Translation;
