import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: ictnews.az, 2018 conference with the Ministry of Transport, Communications and High Technologies.
    dayName: 'Təhlükəsiz İnternet Günü',
    countdownUntil: '{name} başlayana qədər {duration} qaldı: {date}',
    countdownToday: 'Bu gün – {name}!',
    countdownHideSeconds: 'Saniyələri gizlət',
    countdownShowSeconds: 'Saniyələri göstər',
    countdownEnded: '{name} artıq keçirilib: {date}.',
    eventUntil: 'Tədbirə {duration} qaldı: {date}',
    eventToday: 'Gözlənilən gün gəldi!',
    eventEnded: 'Tədbir artıq keçirilib: {date}.',
    globalTheme: 'Daha yaxşı internet üçün birlikdə',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Təxminən 190 ölkədə məktəblər, ailələr və təşkilatlar iştirak edir. Yaxınlığınızda bir tədbir tapın.',
    bannerCta: 'Necə qoşula biləcəyinizi öyrənin',
    bannerDismiss: 'Bildirişi bağla: {name}',
    carouselLabel: 'Onlayn təhlükəsizlik üzrə məsləhətlər',
    carouselLabelFor: 'Onlayn təhlükəsizlik üzrə {audiences} üçün məsləhətlər',
    carouselAudienceChildren: 'uşaqlar',
    carouselAudienceTeens: 'yeniyetmələr',
    carouselAudienceParents: 'valideynlər və qəyyumlar',
    carouselAudienceEducators: 'müəllimlər və pedaqoqlar',
    carouselRole: 'karusel',
    carouselSlideRole: 'slayd',
    carouselSlide: 'Məsləhət {index}, cəmi {count}',
    carouselPrevious: 'Əvvəlki məsləhət',
    carouselNext: 'Növbəti məsləhət',
    carouselStop: 'Məsləhətlərin avtomatik dəyişməsini dayandır',
    carouselStart: 'Məsləhətlərin avtomatik dəyişməsini başlat',
    carouselChildren: 'Uşaqlar üçün',
    carouselTeens: 'Yeniyetmələr üçün',
    carouselParents: 'Valideynlər və qəyyumlar üçün',
    carouselEducators: 'Müəllimlər və pedaqoqlar üçün',
    calendarLink: 'Təqvimə əlavə et',
    helplineLine: 'Kiminləsə danışmağa ehtiyacın var? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Etibar etdiyin birinə danış',
      text: 'İnternetdə nəsə səni narahat edirsə, kədərləndirirsə və ya çaşdırırsa, bunu etibar etdiyin bir böyüyə danış. Danışdığın üçün heç kim səni cəzalandırmayacaq.',
    },
    'children-password-secret': {
      title: 'Parol sirdir',
      text: 'Parollarını heç kimə demə, hətta ən yaxın dostuna da. Sənə qayğı göstərən böyüklər onları yadda saxlamaqda sənə kömək edə bilərlər.',
    },
    'children-personal-info': {
      title: 'Şəxsi məlumatlarını qoru',
      text: 'Tam adın, ünvanın, məktəbin və telefon nömrən yalnız sənə aiddir. Onları internetdə harasa paylaşmazdan əvvəl bir böyükdən soruş.',
    },
    'children-be-kind': {
      title: 'İnternetdə mehriban ol',
      text: 'Hər ekranın arxasında əsl hissləri olan əsl insan var. Yalnız üzbəüz də məmnuniyyətlə deyə biləcəyin mesajlar göndər.',
    },
    'children-strangers': {
      title: 'Hər kəs özünü təqdim etdiyi kimi deyil',
      text: 'İnternetdə insanlar özlərini başqası kimi göstərə bilərlər. Yalnız internetdən tanıdığın biri ilə görüşməyə heç vaxt razı olma.',
    },
    'children-true-or-not': {
      title: 'Bu, doğrudan da həqiqətdir?',
      text: 'İnternetdə gördüyün hər şey doğru deyil, hətta real görünsə belə. İnanmazdan əvvəl bir böyükdən soruş və ya başqa mənbədə yoxla.',
    },
    'children-free-prizes': {
      title: 'Pulsuz uduşlar hiylədir',
      text: 'Nəsə qazandığını deyən mesaj adətən hiylədir. Ona klik etmə, əvəzində onu bir böyüyə göstər.',
    },
    'children-screen-breaks': {
      title: 'Fasilə ver',
      text: 'Oynamaq və baxmaq əyləncəlidir, amma gözlərinin və bədəninin də istirahətə ehtiyacı var. Bir az dayan: hərəkət et, çöldə oyna və ya nəsə oxu.',
    },
    'children-block-report': {
      title: 'Bloklaya və şikayət edə bilərsən',
      text: 'Kimsə sənə qarşı kobud davranırsa və ya səni narahat edirsə, onu bloklaya və ondan şikayət edə bilərsən. Sonra nə baş verdiyini bir böyüyə danış.',
    },
    'children-photos': {
      title: 'Şəkil paylaşmazdan əvvəl düşün',
      text: 'Şəkli kopyalamaq və başqalarına ötürmək olar. Başqasının şəklini paylaşmazdan əvvəl ondan soruş, öz şəklini paylaşmazdan əvvəl isə bir böyükdən soruş.',
    },
    'children-ai-helpers': {
      title: 'Çatbotlar da səhv edə bilər',
      text: 'Səninlə yazışan kompüter köməkçiləri səhv edə və eyni zamanda çox əmin danışa bilərlər. Onların dediklərini bir böyüklə birlikdə və ya kitabdan yoxla.',
    },
    'teens-digital-footprint': {
      title: 'Paylaşımların qalır',
      text: 'Skrinşotlar silinmiş paylaşımlardan daha uzun yaşayır. Paylaşmazdan əvvəl özündən soruş: beş il sonra bunu görsələr, sənin üçün problem olmazmı?',
    },
    'teens-two-step': {
      title: 'İki addımlı doğrulamanı aktivləşdir',
      text: 'Vacib hesablarına ikinci addım əlavə et, məsələn, telefonuna gələn kod. Onda təkcə oğurlanmış parol hesaba daxil olmaq üçün kifayət etməyəcək.',
    },
    'teens-unique-passwords': {
      title: 'Hər hesaba ayrıca parol',
      text: 'Bir sayt parolunu sızdırsa, həmin paroldan istifadə edən bütün hesabların təhlükə altına düşür. Parol meneceri hamısını sənin yerinə yadda saxlaya bilər.',
    },
    'teens-upstander': {
      title: 'Laqeyd qalma',
      text: 'Kiminsə ələ salındığını görəndə, dəstək üçün yazdığın şəxsi mesaj onun üçün çox önəmli ola bilər. Zorbalığı paylaşmaq əvəzinə, ondan şikayət et.',
    },
    'teens-nudes-pressure': {
      title: 'Şəkil göndərmək üçün təzyiq',
      text: 'Heç kimin intim şəkillər göndərməyin üçün sənə təzyiq göstərməyə haqqı yoxdur. Əgər bu baş verərsə və ya sənin şəklin yayılarsa, bu sənin günahın deyil: etibar etdiyin biri ilə danış və ya qaynar xəttə müraciət et.',
    },
    'teens-deepfakes': {
      title: 'Saxta da real görünə bilər',
      text: 'Süni intellekt inandırıcı görünən saxta şəkillər, səslər və videolar yarada bilər. Əvvəlcə bunu kimin paylaşdığını və etibarlı mənbələrin də eyni şeyi xəbər verib-vermədiyini yoxla.',
    },
    'teens-sextortion-scams': {
      title: 'Hədə-qorxu fırıldaqdır',
      text: 'Kimsə pul ödəməsən şəkillərini yayacağı ilə hədələyirsə, cavab verməyi dayandır, pul ödəmə, sübutları saxla və bir böyüyə danış və ya şikayət et.',
    },
    'teens-too-good': {
      title: 'İnanılmayacaq qədər yaxşıdır?',
      text: 'Ucuz oyun valyutası, pulsuz izləyicilər və asan pul təklifləri çox vaxt hesabını və ya məlumatlarını ələ keçirmək istəyən fırıldaqlardır. Səni tələsdirirlərsə, dayan və tələsmə.',
    },
    'teens-feed-feelings': {
      title: 'Lentin sənə necə təsir etdiyinə diqqət et',
      text: 'Lenti sürüşdürdükdən sonra özünü daha pis hiss edirsənsə, bəzi hesabları səssizə al, izləməyi dayandır və ya fasilə ver. Nə görəcəyini sən seçirsən.',
    },
    'teens-location': {
      title: 'Məkan ayarlarını yoxla',
      text: 'Bəzi tətbiqlər harada olduğunu xəritədə və ya şəkil məlumatlarında göstərir. Həqiqətən lazım olmadıqca məkan paylaşımını bağlı saxla və yalnız tanıdığın insanlarla paylaş.',
    },
    'teens-talk-it-through': {
      title: 'Bununla tək mübarizə aparmalı deyilsən',
      text: 'Dostla, ailə üzvü ilə, müəllimlə və ya qaynar xətlə danışmaq vəziyyəti asanlaşdıra bilər. Kömək istəmək güclü addımdır.',
    },
    'parents-talk-early': {
      title: 'Erkən və tez-tez danışın',
      text: 'Övladınızdan internetdə nədən zövq aldığını və nəyin onu narahat etdiyini soruşun. Müntəzəm və sakit söhbətlər nəsə yolunda getməyəndə onun sizə müraciət etməsini asanlaşdırır.',
    },
    'parents-stay-calm': {
      title: 'Övladınız danışanda sakit qalın',
      text: 'Övladınız sizə narahatedici bir şey danışarsa, hər şeydən əvvəl danışdığı üçün ona təşəkkür edin. Cihazları əlindən alsanız, növbəti dəfə sizə danışmaq istəməyə bilər.',
    },
    'parents-settings-together': {
      title: 'Tətbiqləri birlikdə tənzimləyin',
      text: 'Övladınız yeni tətbiq və ya oyundan istifadəyə başlayanda məxfilik ayarlarını onunla birlikdə nəzərdən keçirin. Hər ayarın nə üçün vacib olduğunu izah edin ki, bunu özü etməyi öyrənsin.',
    },
    'parents-parental-controls': {
      title: 'Valideyn nəzarətindən köməkçi kimi istifadə edin',
      text: 'Filtrlər və vaxt limitləri xüsusilə kiçik uşaqlar üçün faydalıdır, lakin heç bir vasitə hər şeyi tuta bilmir. Onları söhbətlə birləşdirin və övladınız böyüdükcə ona tədricən daha çox etibar edin.',
    },
    'parents-family-agreement': {
      title: 'Ailə qaydaları barədə razılaşın',
      text: 'Cihazların nə vaxt və harada istifadə olunacağını birlikdə qərara alın, məsələn, yemək zamanı və gecələr yataq otağında ekran olmasın. Böyüklərə də aid olan qaydalara əməl etmək daha asandır.',
    },
    'parents-sharenting': {
      title: 'Övladınız haqqında paylaşmazdan əvvəl düşünün',
      text: 'Bu gün paylaşdığınız şəkillər və hekayələr övladınızın onlayn həyatının bir hissəsinə çevrilir. Böyük yaşlı uşaqlar haqqında nəsə paylaşmazdan əvvəl onlardan soruşun və məktəbin adı kimi detallardan qaçın.',
    },
    'parents-scam-signs': {
      title: 'Fırıldağın əlamətlərini tanıyın',
      text: 'Tələsdirmə, gizlilik tələbi, kod və ya ödəniş istənməsi xəbərdarlıq əlamətləridir. Övladınıza bir mesaja reaksiya verməzdən əvvəl onu necə yoxladığınızı göstərin.',
    },
    'parents-in-app-purchases': {
      title: 'Tətbiqdaxili alışlara nəzarət edin',
      text: 'Bir çox pulsuz oyun gəlirini oyundaxili alışlardan əldə edir. Ödənişlər üçün parol tələbini aktivləşdirin və bu təkliflərin oyunçuları şirnikləndirmək üçün necə hazırlandığı barədə övladınızla danışın.',
    },
    'parents-ai-tools': {
      title: 'Süni intellekt alətlərini birlikdə kəşf edin',
      text: 'Övladınızla birlikdə bir çatbot və ya şəkil generatoru sınayın və onun nəyi düzgün, nəyi səhv etdiyi barədə danışın. Ona bu aləti nüfuz sahibi kimi deyil, dediklərini sorğulamaq lazım olan bir vasitə kimi görməyə kömək edin.',
    },
    'parents-model-habits': {
      title: 'Nümunə olun',
      text: 'Uşaqlar gördüklərini təkrarlayırlar. Ailə vaxtında öz telefonunuzu kənara qoymaqla onlara sağlam balansın necə göründüyünü göstərirsiniz.',
    },
    'parents-bullied-online': {
      title: 'Övladınız onlayn zorbalığa məruz qalırsa',
      text: 'Əvvəlcə dinləyin, sonra skrinşotları saxlamağa, iştirak edənləri bloklamağa və şikayət etməyə kömək edin. Məktəbə də məlumat verin və övladınızın adından hirslə cavab verməkdən çəkinin.',
    },
    'parents-account-security': {
      title: 'Ailənin hesablarını qoruyun',
      text: 'Hər hesab üçün fərqli, güclü paroldan, e-poçt və tətbiq mağazaları üçün isə iki addımlı doğrulamadan istifadə edin. Övladınızın öz hesabları olanda ona da eyni şeyi necə edəcəyini göstərin.',
    },
    'parents-know-reporting': {
      title: 'Necə şikayət edəcəyinizi bilin',
      text: 'Övladınızın istifadə etdiyi tətbiqlərdə necə bloklamaq və şikayət etmək olduğunu, həmçinin ölkənizdəki qaynar xəttə və qanunsuz məzmunla bağlı şikayətləri qəbul edən xidmətə necə müraciət edəcəyinizi öyrənin. Bunu əvvəlcədən bilmək vacib anda vaxta qənaət edir.',
    },
    'educators-teach-evaluating': {
      title: 'Mənbələri yoxlamağı öyrədin',
      text: 'Şagirdlərlə «yanal oxu» məşq edin: bir iddianı qiymətləndirməzdən əvvəl onun arxasında kimin dayandığını öyrənmək üçün yeni vərəqlər açın. Qısa, müntəzəm tapşırıqlar bir uzun dərsdən daha yaxşı nəticə verir.',
    },
    'educators-ai-literacy': {
      title: 'Süni intellekti media savadlılığının bir hissəsinə çevirin',
      text: 'Şagirdlərə süni intellektlə yaradılmış mətn və şəkil nümunələrini, o cümlədən səhvləri olanları göstərin. Bu alətlərin necə işlədiyini, məlumatlarının haradan gəldiyini və onlardan nə vaxt istifadənin ədalətli olduğunu müzakirə edin.',
    },
    'educators-safe-space': {
      title: 'Danışmağı asanlaşdırın',
      text: 'Şagirdlərə məktəbdə kimə müraciət edə biləcəklərini və onları mütləq dinləyəcəklərini bildirin. Problemlə bağlı məxfi şəkildə şikayət etmək üçün bir yol təklif edin, məsələn, sual qutusu və ya adı bəlli olan konkret əməkdaş.',
    },
    'educators-follow-procedure': {
      title: 'Uşaq müdafiəsi prosedurunuza əməl edin',
      text: 'Şagird onlayn zərər gördüyünü açıqlayarsa, dinləyin, sirr saxlamağa söz verməyin və bunu dərhal məktəbinizdə uşaq müdafiəsinə cavabdeh olan şəxsə çatdırın. Deyilənləri onun öz sözləri ilə qeyd edin.',
    },
    'educators-cyberbullying-policy': {
      title: 'Onlayn davranışı məktəb qaydalarına daxil edin',
      text: 'Zorbalığa qarşı və davranış qaydalarının onlayn baş verənləri, o cümlədən şagirdlərə təsir etdikdə dərs saatlarından kənar halları da əhatə etdiyinə əmin olun. Bu qaydaları ailələrlə bölüşün.',
    },
    'educators-pupil-voice': {
      title: 'Qoy şagirdlər önə çıxsın',
      text: 'Gənclər çox vaxt ən yeni tətbiqləri və trendləri ən yaxşı bilirlər. Onları onlayn təhlükəsizlik dərslərinin planlaşdırılmasına və kiçik yaşlı şagirdlərə dərs keçməyə cəlb edin.',
    },
    'educators-privacy-classroom': {
      title: 'Şagirdlərin məlumatlarını qoruyun',
      text: 'Şagirdlərin işlərini və ya şəkillərini paylaşmazdan əvvəl razılığın olub-olmadığını yoxlayın və məlumatların qorunması qaydalarına cavab verən, məktəb tərəfindən təsdiqlənmiş alətlərdən istifadə edin. Sinifdə yaxşı məxfilik vərdişlərinə özünüz nümunə olun.',
    },
    'educators-accounts-security': {
      title: 'Məktəb hesablarınızı qoruyun',
      text: 'Məktəb sistemləri üçün güclü, təkrarlanmayan parollardan və iki addımlı doğrulamadan istifadə edin. İş yerinizdən ayrılanda, hətta bir dəqiqəlik olsa belə, ekranınızı kilidləyin.',
    },
    'educators-phishing': {
      title: 'Fişinqi birlikdə aşkar edin',
      text: 'Dərsdə saxta e-poçt məktublarının və mesajların real, anonimləşdirilmiş nümunələrindən istifadə edin. Şagirdlərdən göndərənin qəribə ünvanı və tez hərəkət etmək üçün təzyiq kimi ipuclarını tapmağı xahiş edin.',
    },
    'educators-wellbeing-balance': {
      title: 'Yalnız məhdudiyyətlərdən deyil, balansdan da danışın',
      text: 'Müxtəlif onlayn fəaliyyətlər zamanı şagirdlərin özlərini necə hiss etdiklərini müzakirə edin və onlara nə vaxt fasilə lazım olduğunu sezməyə kömək edin. Bütün ekran vaxtını zərərli kimi təqdim etməyin.',
    },
  },
  // CLDR's patterns, as Firefox ESR 153's ICU writes them: Chromium has no Intl data for this language
  intl: {
    date: '{day} {month} {year}, {weekday}',
    dateTime: '{day} {month} {year}, {weekday}/{hour}:{minute}',
    weekdays: ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'],
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
    list: '{0} və {1}',
    units: {
      day: { long: '{n} gün', short: '{n} gün', narrow: '{n} gün' },
      hour: { long: '{n} saat', short: '{n} saat', narrow: '{n} saat' },
      minute: { long: '{n} dəqiqə', short: '{n} dəq', narrow: '{n} dəq' },
      second: { long: '{n} saniyə', short: '{n} san', narrow: '{n} san' },
    },
  },
} satisfies Translation;
