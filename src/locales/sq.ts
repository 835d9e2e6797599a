import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: iSIGURT.al, Albania's Safer Internet Centre (CRCA/ECPAT Albania).
    dayName: 'Dita e Internetit të Sigurt',
    countdownUntil: 'Edhe {duration} deri në fillim: {name}, {date}',
    countdownToday: 'Sot është {name}!',
    countdownHideSeconds: 'Fshih sekondat',
    countdownShowSeconds: 'Shfaq sekondat',
    countdownEnded: '{name} është zhvilluar tashmë ({date}).',
    eventUntil: 'Edhe {duration} deri në fillim: {date}',
    eventToday: 'Sot është dita!',
    eventEnded: 'Ngjarja është zhvilluar tashmë ({date}).',
    globalTheme: 'Së bashku për një internet më të mirë',
    bannerDay: '{name} {year}',
    bannerMessage: 'Marrin pjesë shkolla, familje dhe organizata nga rreth 190 vende. Gjeni një aktivitet pranë jush.',
    bannerCta: 'Mësoni si të merrni pjesë',
    bannerDismiss: 'Mbyll njoftimin: {name}',
    carouselLabel: 'Këshilla për sigurinë në internet',
    carouselLabelFor: 'Këshilla për sigurinë në internet për {audiences}',
    carouselAudienceChildren: 'fëmijët',
    carouselAudienceTeens: 'adoleshentët',
    carouselAudienceParents: 'prindërit dhe kujdestarët',
    carouselAudienceEducators: 'mësuesit dhe edukatorët',
    carouselRole: 'karusel',
    carouselSlideRole: 'diapozitiv',
    carouselSlide: '{index} nga {count}',
    carouselPrevious: 'Këshilla e mëparshme',
    carouselNext: 'Këshilla tjetër',
    carouselStop: 'Ndalo ndërrimin automatik të këshillave',
    carouselStart: 'Nis ndërrimin automatik të këshillave',
    carouselChildren: 'Për fëmijët',
    carouselTeens: 'Për adoleshentët',
    carouselParents: 'Për prindërit dhe kujdestarët',
    carouselEducators: 'Për mësuesit dhe edukatorët',
    calendarLink: 'Shto në kalendar',
    helplineLine: 'Ke nevojë të flasësh me dikë? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Tregoji dikujt që i beson',
      text: 'Nëse diçka në internet të shqetëson, të mërzit ose të huton, tregoji një të rrituri që i beson. Askush nuk do të të qortojë që e ke treguar.',
    },
    'children-password-secret': {
      title: 'Fjalëkalimet janë sekret',
      text: 'Mos ia trego fjalëkalimet askujt, as shokut ose shoqes më të mirë. Të rriturit që kujdesen për ty mund të të ndihmojnë t’i mbash mend.',
    },
    'children-personal-info': {
      title: 'Mbaji të dhënat për vete',
      text: 'Emri yt i plotë, adresa, shkolla dhe numri i telefonit të përkasin vetëm ty. Pyet një të rritur para se t’i ndash diku në internet.',
    },
    'children-be-kind': {
      title: 'Trego mirësi në internet',
      text: 'Pas çdo ekrani është një njeri i vërtetë me ndjenja të vërteta. Dërgo vetëm mesazhe që do t’ia thoshe pa problem dikujt ballë për ballë.',
    },
    'children-strangers': {
      title: 'Jo të gjithë janë ata që thonë se janë',
      text: 'Njerëzit në internet mund të shtiren sikur janë dikush tjetër. Mos prano kurrë të takohesh me dikë që e njeh vetëm nga interneti.',
    },
    'children-true-or-not': {
      title: 'A është vërtet e saktë?',
      text: 'Jo gjithçka që sheh në internet është e vërtetë, edhe kur duket reale. Pyet një të rritur ose kontrollo diku tjetër para se ta besosh.',
    },
    'children-free-prizes': {
      title: 'Çmimet falas janë hile',
      text: 'Një mesazh që të thotë se ke fituar diçka zakonisht është hile. Mos kliko mbi të, por tregoja një të rrituri.',
    },
    'children-screen-breaks': {
      title: 'Bëj një pushim',
      text: 'Të luash dhe të shikosh është argëtuese, por edhe sytë dhe trupi yt kanë nevojë për pushim. Ndalo pak për të lëvizur, për të luajtur jashtë ose për të lexuar.',
    },
    'children-block-report': {
      title: 'Mund ta bllokosh dhe ta raportosh',
      text: 'Nëse dikush sillet keq me ty ose të bën të ndihesh në siklet, mund ta bllokosh dhe ta raportosh. Pastaj tregoji një të rrituri çfarë ndodhi.',
    },
    'children-photos': {
      title: 'Mendohu para se të ndash një foto',
      text: 'Një foto mund të kopjohet dhe të shpërndahet më tej. Para se të ndash foton e dikujt tjetër, pyete atë; para se të ndash një foto ku je ti, pyet një të rritur.',
    },
    'children-ai-helpers': {
      title: 'Asistentët e bisedës mund të gabojnë',
      text: 'Ndihmësit kompjuterikë që bisedojnë me ty mund të gabojnë, edhe kur flasin me shumë siguri. Kontrollo atë që thonë me një të rritur ose në një libër.',
    },
    'teens-digital-footprint': {
      title: 'Postimet e tua mbeten',
      text: 'Pamjet e ekranit jetojnë më gjatë se postimet e fshira. Para se të ndash diçka, pyet veten nëse do të ishe rehat që ta shohin të tjerët edhe pas pesë vjetësh.',
    },
    'teens-two-step': {
      title: 'Aktivizo hyrjen me dy hapa',
      text: 'Shto një hap të dytë te llogaritë e tua të rëndësishme, si një kod në telefon. Atëherë vetëm një fjalëkalim i vjedhur nuk mjafton për të hyrë.',
    },
    'teens-unique-passwords': {
      title: 'Një fjalëkalim për çdo llogari',
      text: 'Nëse fjalëkalimi yt rrjedh nga një faqe, çdo llogari që përdor të njëjtin fjalëkalim është në rrezik. Një menaxher fjalëkalimesh mund t’i mbajë mend të gjitha për ty.',
    },
    'teens-upstander': {
      title: 'Mos rri spektator',
      text: 'Kur sheh se dikush po ngacmohet, një mesazh privat mbështetjeje mund të ketë shumë vlerë. Raporto bullizmin në vend që ta shpërndash.',
    },
    'teens-nudes-pressure': {
      title: 'Presion për të dërguar foto',
      text: 'Askush nuk ka të drejtë të të bëjë presion që të dërgosh foto intime. Nëse ndodh kjo, ose nëse dikush shpërndan një foto ku je ti, nuk është faji yt: fol me dikë që i beson ose me një linjë ndihme.',
    },
    'teens-deepfakes': {
      title: 'Falsifikimet mund të duken të vërteta',
      text: 'Inteligjenca artificiale mund të falsifikojë foto, zëra dhe video që duken bindëse. Kontrollo fillimisht kush e ka postuar dhe nëse burime të besueshme japin të njëjtin lajm.',
    },
    'teens-sextortion-scams': {
      title: 'Kërcënimet janë mashtrim',
      text: 'Nëse dikush kërcënon se do të shpërndajë foto të tua po të mos paguash, mos i kthe më përgjigje, mos paguaj, ruaj provat dhe tregoji një të rrituri ose raportoje.',
    },
    'teens-too-good': {
      title: 'Shumë mirë për të qenë e vërtetë?',
      text: 'Monedha loje me çmim të ulët, ndjekës falas dhe oferta për para të lehta shpesh janë mashtrime që synojnë llogarinë ose të dhënat e tua. Nëse të kërkojnë të veprosh me ngut, ngadalëso.',
    },
    'teens-feed-feelings': {
      title: 'Vëre si ndikojnë postimet te ti',
      text: 'Nëse ndihesh më keq pasi shfleton postimet, vëri disa llogari në heshtje, ndalo t’i ndjekësh ose bëj një pushim. Ti vendos çfarë sheh.',
    },
    'teens-location': {
      title: 'Kontrollo cilësimet e vendndodhjes',
      text: 'Disa aplikacione tregojnë ku ndodhesh në hartë ose në të dhënat e fotove. Mbaje të fikur ndarjen e vendndodhjes, përveç kur të duhet vërtet, dhe ndaje vetëm me njerëz që i njeh.',
    },
    'teens-talk-it-through': {
      title: 'Nuk ke pse ta përballosh vetëm',
      text: 'Të flasësh me një shok, me dikë nga familja, me një mësues ose me një linjë ndihme mund t’i lehtësojë gjërat. Të kërkosh ndihmë është shenjë force.',
    },
    'parents-talk-early': {
      title: 'Flisni herët dhe shpesh',
      text: 'Pyeteni fëmijën tuaj se çfarë i pëlqen në internet, si dhe çfarë e shqetëson. Bisedat e rregullta e të qeta e bëjnë më të lehtë që ai t’ju drejtohet kur diçka shkon keq.',
    },
    'parents-stay-calm': {
      title: 'Ruani qetësinë kur fëmija ju tregon',
      text: 'Nëse fëmija ju tregon për diçka shqetësuese, para së gjithash falënderojeni që jua tregoi. Nëse ia merrni pajisjet, herën tjetër mund të mos jua tregojë.',
    },
    'parents-settings-together': {
      title: 'Konfiguroni aplikacionet së bashku',
      text: 'Kalojini cilësimet e privatësisë bashkë me fëmijën kur ai fillon të përdorë një aplikacion ose lojë të re. Shpjegoni pse ka rëndësi çdo cilësim, që ai të mësojë ta bëjë vetë.',
    },
    'parents-parental-controls': {
      title: 'Kontrolli prindëror si ndihmës',
      text: 'Filtrat dhe kufijtë e kohës ndihmojnë, sidomos për fëmijët më të vegjël, por asnjë mjet nuk i kap të gjitha. Kombinojini me biseda dhe me gjithnjë e më shumë besim ndërsa fëmija rritet.',
    },
    'parents-family-agreement': {
      title: 'Bini dakord për rregullat e familjes',
      text: 'Vendosni së bashku kur dhe ku përdoren pajisjet, për shembull pa ekrane gjatë ngrënies ose në dhomat e gjumit natën. Rregullat që vlejnë edhe për të rriturit zbatohen më lehtë.',
    },
    'parents-sharenting': {
      title: 'Mendohuni para se të postoni për fëmijën',
      text: 'Fotot dhe historitë që ndani sot bëhen pjesë e jetës së fëmijës suaj në internet. Pyetini fëmijët më të rritur para se të postoni për ta dhe shmangni detaje si emri i shkollës.',
    },
    'parents-scam-signs': {
      title: 'Njihni shenjat e mashtrimit',
      text: 'Nxitimi, fshehtësia dhe kërkesat për kode ose pagesa janë shenja paralajmëruese. Tregojini fëmijës si e kontrolloni një mesazh para se të veproni.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolloni blerjet brenda aplikacioneve',
      text: 'Shumë lojëra falas fitojnë para nga blerjet brenda lojës. Vendosni fjalëkalim për pagesat dhe flisni me fëmijën se si këto oferta janë krijuar për t’i joshur lojtarët.',
    },
    'parents-ai-tools': {
      title: 'Eksploroni së bashku inteligjencën artificiale',
      text: 'Provoni me fëmijën një asistent bisede ose një gjenerues imazhesh dhe flisni se çfarë bën mirë e ku gabon. Ndihmojeni ta shohë si një mjet që duhet vënë në pikëpyetje, jo si autoritet.',
    },
    'parents-model-habits': {
      title: 'Jini shembull',
      text: 'Fëmijët imitojnë atë që shohin. Kur e lini mënjanë telefonin tuaj gjatë kohës me familjen, u tregoni si duket një ekuilibër i shëndetshëm.',
    },
    'parents-bullied-online': {
      title: 'Nëse fëmija juaj përballet me bullizëm në internet',
      text: 'Dëgjojeni fillimisht, pastaj ndihmojeni të ruajë pamjet e ekranit, të bllokojë personat e përfshirë dhe ta raportojë. Njoftoni edhe shkollën dhe mos u përgjigjni me zemërim në emër të fëmijës.',
    },
    'parents-account-security': {
      title: 'Siguroni llogaritë e familjes',
      text: 'Përdorni një fjalëkalim të fortë e të ndryshëm për çdo llogari, me hyrje me dy hapa për postën elektronike dhe dyqanet e aplikacioneve. Tregojini fëmijës si ta bëjë të njëjtën gjë kur të ketë llogaritë e veta.',
    },
    'parents-know-reporting': {
      title: 'Dini si të raportoni',
      text: 'Mësoni si të bllokoni dhe të raportoni në aplikacionet që përdor fëmija juaj, si dhe ku gjenden linja kombëtare e ndihmës dhe linja për raportime. Kur i dini këto paraprakisht, kurseni kohë kur ka më shumë rëndësi.',
    },
    'educators-teach-evaluating': {
      title: 'Mësojini nxënësit të kontrollojnë burimet',
      text: 'Praktikoni leximin anësor: hapni skeda të reja për të zbuluar kush qëndron pas një pretendimi para se ta gjykoni. Ushtrimet e shkurtra dhe të rregullta funksionojnë më mirë se një mësim i gjatë.',
    },
    'educators-ai-literacy': {
      title: 'Bëjeni inteligjencën artificiale pjesë të edukimit mediatik',
      text: 'Tregojuni nxënësve shembuj tekstesh dhe imazhesh të krijuara nga inteligjenca artificiale, përfshirë gabime. Diskutoni si funksionojnë këto mjete, nga vijnë të dhënat e tyre dhe kur përdorimi i tyre është i drejtë.',
    },
    'educators-safe-space': {
      title: 'Ndihmojini nxënësit të flasin hapur',
      text: 'Tregojuni nxënësve me kë mund të flasin në shkollë dhe se do të dëgjohen. Ofroni një mënyrë diskrete për të raportuar, si një kuti pyetjesh ose një punonjës të caktuar.',
    },
    'educators-follow-procedure': {
      title: 'Ndiqni procedurën për mbrojtjen e fëmijëve',
      text: 'Nëse një nxënës ju tregon se është dëmtuar në internet, dëgjojeni, mos i premtoni fshehtësi dhe kalojani menjëherë rastin personit përgjegjës për mbrojtjen e fëmijëve në shkollën tuaj. Shënoni çfarë u tha me fjalët e nxënësit.',
    },
    'educators-cyberbullying-policy': {
      title: 'Përfshini sjelljen në internet në rregulloret tuaja',
      text: 'Sigurohuni që politikat kundër bullizmit dhe rregullat e sjelljes të përfshijnë edhe atë që ndodh në internet, edhe jashtë orarit të shkollës kur prek nxënësit. Ndajini ato me familjet.',
    },
    'educators-pupil-voice': {
      title: 'Lërini nxënësit të udhëheqin',
      text: 'Të rinjtë shpesh i njohin më mirë aplikacionet dhe trendet më të reja. Përfshijini në planifikimin e mësimeve për sigurinë në internet dhe në mësimin e nxënësve më të vegjël.',
    },
    'educators-privacy-classroom': {
      title: 'Mbroni të dhënat e nxënësve',
      text: 'Kontrolloni pëlqimin para se të publikoni punimet ose fotot e nxënësve dhe përdorni mjete të miratuara nga shkolla që respektojnë rregullat e mbrojtjes së të dhënave. Në klasë jini shembull i zakoneve të mira të privatësisë.',
    },
    'educators-accounts-security': {
      title: 'Siguroni llogaritë tuaja të shkollës',
      text: 'Përdorni fjalëkalime të forta e të ndryshme dhe hyrje me dy hapa për sistemet e shkollës. Kyçeni ekranin kur largoheni nga tavolina, qoftë edhe për një minutë.',
    },
    'educators-phishing': {
      title: 'Dalloni së bashku mesazhet mashtruese',
      text: 'Përdorni në klasë shembuj realë e të anonimizuar të mesazheve të rreme me postë elektronike dhe në aplikacione. Kërkojuni nxënësve të gjejnë shenjat, si adresat e çuditshme të dërguesit dhe presioni për të vepruar shpejt.',
    },
    'educators-wellbeing-balance': {
      title: 'Flisni për ekuilibrin, jo vetëm për kufijtë',
      text: 'Diskutoni si ndihen nxënësit gjatë aktiviteteve të ndryshme në internet dhe ndihmojini të kuptojnë kur është koha për pushim. Mos e paraqitni të gjithë kohën para ekranit si të dëmshme.',
    },
  },
  // CLDR's patterns, as Firefox ESR 153's ICU writes them: Chromium has no Intl data for this language
  intl: {
    date: '{weekday}, {day} {month} {year}',
    dateTime: '{weekday}, {day} {month} {year} në {hour}:{minute}',
    weekdays: ['e diel', 'e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë'],
    months: [
      'janar',
      'shkurt',
      'mars',
      'prill',
      'maj',
      'qershor',
      'korrik',
      'gusht',
      'shtator',
      'tetor',
      'nëntor',
      'dhjetor',
    ],
    list: '{0} dhe {1}',
    units: {
      day: { long: '{n} ditë', short: '{n} ditë', narrow: '{n} ditë' },
      hour: { long: '{n} orë', short: '{n} orë', narrow: '{n} orë' },
      minute: { long: { one: '{n} minutë', other: '{n} minuta' }, short: '{n} min.', narrow: '{n} min.' },
      second: { long: { one: '{n} sekondë', other: '{n} sekonda' }, short: '{n} sek.', narrow: '{n} sek.' },
    },
  },
} satisfies Translation;
