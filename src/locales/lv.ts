import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: dzirkstele.lv (2018), on the forum of the Latvian Safer Internet Centre Drossinternets.lv.
    dayName: 'Drošāka interneta diena',
    countdownUntil: 'Līdz pasākumam “{name}” vēl {duration}, {date}',
    countdownToday: 'Šodien ir {name}!',
    countdownHideSeconds: 'Paslēpt sekundes',
    countdownShowSeconds: 'Rādīt sekundes',
    countdownEnded: 'Pasākums “{name}” jau ir noticis: {date}.',
    eventUntil: 'Līdz pasākumam vēl {duration}, {date}',
    eventToday: 'Šodien ir lielā diena!',
    eventEnded: 'Pasākums jau ir noticis: {date}.',
    globalTheme: 'Kopā par labāku internetu',
    bannerDay: '{name} {year}',
    bannerMessage: 'Piedalās skolas, ģimenes un organizācijas aptuveni 190 valstīs. Atrodiet pasākumu savā tuvumā.',
    bannerCta: 'Uzziniet, kā piedalīties',
    bannerDismiss: 'Aizvērt paziņojumu: {name}',
    carouselLabel: 'Padomi drošai interneta lietošanai',
    carouselLabelFor: 'Padomi {audiences} drošai interneta lietošanai',
    carouselAudienceChildren: 'bērniem',
    carouselAudienceTeens: 'jauniešiem',
    carouselAudienceParents: 'vecākiem un aizbildņiem',
    carouselAudienceEducators: 'skolotājiem un pedagogiem',
    carouselRole: 'karuselis',
    carouselSlideRole: 'slaids',
    carouselSlide: '{index} no {count}',
    carouselPrevious: 'Iepriekšējais padoms',
    carouselNext: 'Nākamais padoms',
    carouselStop: 'Apturēt padomu automātisko maiņu',
    carouselStart: 'Sākt padomu automātisko maiņu',
    carouselChildren: 'Bērniem',
    carouselTeens: 'Jauniešiem',
    carouselParents: 'Vecākiem un aizbildņiem',
    carouselEducators: 'Skolotājiem un pedagogiem',
    calendarLink: 'Pievienot kalendāram',
    helplineLine: 'Vajag ar kādu aprunāties? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Pastāsti kādam, kam uzticies',
      text: 'Ja kaut kas internetā tev liek uztraukties, skumt vai apjukt, pastāsti par to pieaugušajam, kuram uzticies. Tev nebūs nepatikšanu par to, ka pastāstīji.',
    },
    'children-password-secret': {
      title: 'Paroles ir noslēpums',
      text: 'Nesaki savas paroles nevienam, pat ne labākajam draugam. Pieaugušie, kas par tevi rūpējas, var palīdzēt tev tās atcerēties.',
    },
    'children-personal-info': {
      title: 'Sargā savus datus',
      text: 'Tavs pilnais vārds, adrese, skola un tālruņa numurs ir tikai tev. Pirms dalies ar tiem kaut kur internetā, pajautā pieaugušajam.',
    },
    'children-be-kind': {
      title: 'Internetā izturies laipni',
      text: 'Aiz katra ekrāna ir īsts cilvēks ar īstām jūtām. Sūti tikai tādas ziņas, kuras tu labprāt pateiktu arī aci pret aci.',
    },
    'children-strangers': {
      title: 'Ne visi ir tie, par ko uzdodas',
      text: 'Internetā cilvēki var izlikties par kādu citu. Nekad nepiekrīti satikties ar kādu, ko pazīsti tikai no interneta.',
    },
    'children-true-or-not': {
      title: 'Vai tā tiešām ir taisnība?',
      text: 'Ne viss, ko redzi internetā, ir patiesība, pat ja tas izskatās īsts. Pirms notici, pajautā pieaugušajam vai pārbaudi citur.',
    },
    'children-free-prizes': {
      title: 'Bezmaksas balvas ir viltība',
      text: 'Ziņa, kurā teikts, ka tev ir laimests, parasti ir viltība. Neklikšķini uz tās, bet parādi to pieaugušajam.',
    },
    'children-screen-breaks': {
      title: 'Paņem pauzi',
      text: 'Spēlēt un skatīties ir jautri, bet arī tavām acīm un ķermenim vajag atpūtu. Uz brīdi apstājies, lai izkustētos, paspēlētos ārā vai palasītu.',
    },
    'children-block-report': {
      title: 'Tu vari bloķēt un ziņot',
      text: 'Ja kāds ir nejauks vai liek tev justies neērti, tu vari viņu bloķēt un par to ziņot. Pēc tam izstāsti pieaugušajam, kas notika.',
    },
    'children-photos': {
      title: 'Padomā, pirms sūti bildi',
      text: 'Bildi var nokopēt un sūtīt tālāk. Pirms dalies ar kāda cita bildi, pajautā viņam, un pirms dalies ar bildi, kurā esi tu, pajautā pieaugušajam.',
    },
    'children-ai-helpers': {
      title: 'Tērzēšanas roboti var kļūdīties',
      text: 'Datora palīgi, kas ar tevi sarunājas, var kļūdīties un izklausīties ļoti pārliecināti. Pārbaudi, ko tie saka, kopā ar pieaugušo vai grāmatā.',
    },
    'teens-digital-footprint': {
      title: 'Tas, ko publicē, paliek',
      text: 'Ekrānuzņēmumi paliek arī tad, kad ieraksts ir izdzēsts. Pirms kaut ko publicē, pajautā sev, vai tev būtu pieņemami, ja to redzētu arī pēc pieciem gadiem.',
    },
    'teens-two-step': {
      title: 'Ieslēdz divpakāpju pieteikšanos',
      text: 'Pievieno saviem svarīgākajiem kontiem otru soli, piemēram, kodu telefonā. Tad ar nozagtu paroli vien nepietiks, lai tiktu iekšā.',
    },
    'teens-unique-passwords': {
      title: 'Katram kontam sava parole',
      text: 'Ja kāda vietne nopludina tavu paroli, apdraudēts ir katrs konts, kurā tā tiek izmantota. Paroļu pārvaldnieks var tās visas atcerēties tavā vietā.',
    },
    'teens-upstander': {
      title: 'Nestāvi malā',
      text: 'Ja redzi, ka kādu apceļ, privāta atbalsta ziņa var nozīmēt ļoti daudz. Ziņo par ņirgāšanos, nevis izplati to tālāk.',
    },
    'teens-nudes-pressure': {
      title: 'Spiediens sūtīt intīmus attēlus',
      text: 'Nevienam nav tiesību tevi spiest sūtīt intīmus foto. Ja tā notiek vai kāds izplata tavu attēlu, tā nav tava vaina: runā ar kādu, kam uzticies, vai sazinies ar uzticības tālruni.',
    },
    'teens-deepfakes': {
      title: 'Viltojumi var izskatīties īsti',
      text: 'Mākslīgais intelekts var viltot foto, balsis un video, kas izskatās pārliecinoši. Vispirms pārbaudi, kurš to publicēja un vai uzticami avoti ziņo to pašu.',
    },
    'teens-sextortion-scams': {
      title: 'Draudi ir krāpšana',
      text: 'Ja kāds prasa naudu un draud citādi izplatīt tavus attēlus, pārtrauc atbildēt, nemaksā, saglabā pierādījumus un pastāsti pieaugušajam vai ziņo par to.',
    },
    'teens-too-good': {
      title: 'Pārāk labi, lai būtu patiesi?',
      text: 'Lēta spēļu valūta, bezmaksas sekotāji un solījumi par vieglu naudu bieži ir krāpšana, kuras mērķis ir tavs konts vai dati. Ja jūti, ka tevi steidzina, nesteidzies.',
    },
    'teens-feed-feelings': {
      title: 'Pamani, kā tava plūsma tevi ietekmē',
      text: 'Ja pēc ritināšanas jūties sliktāk, apklusini, pārtrauc sekot vai paņem pauzi. Tieši tu nosaki, ko redzi.',
    },
    'teens-location': {
      title: 'Pārbaudi atrašanās vietas iestatījumus',
      text: 'Dažas lietotnes parāda, kur tu atrodies, kartē vai foto datos. Turi atrašanās vietas kopīgošanu izslēgtu, ja vien tā tiešām nav vajadzīga, un dalies tikai ar cilvēkiem, kurus pazīsti.',
    },
    'teens-talk-it-through': {
      title: 'Tev nav ar to jātiek galā vienatnē',
      text: 'Saruna ar draugu, ģimenes locekli, skolotāju vai uzticības tālruni var visu atvieglot. Lūgt palīdzību ir spēka pazīme.',
    },
    'parents-talk-early': {
      title: 'Runājiet laikus un bieži',
      text: 'Jautājiet bērnam, kas viņam internetā patīk un kas viņu uztrauc. Regulāras, mierīgas sarunas palīdz viņam vieglāk vērsties pie jums, kad kaut kas noiet greizi.',
    },
    'parents-stay-calm': {
      title: 'Saglabājiet mieru, kad bērns stāsta',
      text: 'Ja bērns jums pastāsta par kaut ko satraucošu, vispirms pateicieties, ka viņš pastāstīja. Ja atņemsiet ierīces, nākamreiz viņš, iespējams, neko nestāstīs.',
    },
    'parents-settings-together': {
      title: 'Iestatiet lietotnes kopā',
      text: 'Kad bērns sāk lietot jaunu lietotni vai spēli, kopā izejiet cauri privātuma iestatījumiem. Paskaidrojiet, kāpēc katrs iestatījums ir svarīgs, lai viņš iemācītos to darīt pats.',
    },
    'parents-parental-controls': {
      title: 'Vecāku kontrole kā palīgs',
      text: 'Filtri un laika ierobežojumi palīdz, īpaši mazākiem bērniem, bet neviens rīks nenoķer visu. Apvienojiet tos ar sarunām un pakāpeniski lielāku uzticēšanos, bērnam augot.',
    },
    'parents-family-agreement': {
      title: 'Vienojieties par ģimenes noteikumiem',
      text: 'Kopā izlemiet, kad un kur ierīces tiek lietotas, piemēram, bez ekrāniem pie galda vai guļamistabās naktī. Noteikumus, kas attiecas arī uz pieaugušajiem, ir vieglāk ievērot.',
    },
    'parents-sharenting': {
      title: 'Padomājiet, pirms publicējat par bērnu',
      text: 'Foto un stāsti, ar kuriem dalāties šodien, kļūst par daļu no jūsu bērna dzīves internetā. Pajautājiet lielākiem bērniem, pirms publicējat par viņiem, un neminiet tādas detaļas kā skolas nosaukumu.',
    },
    'parents-scam-signs': {
      title: 'Atpazīstiet krāpšanas pazīmes',
      text: 'Steidzināšana, slepenība un koda vai maksājuma prasīšana ir brīdinājuma zīmes. Parādiet bērnam, kā jūs pārbaudāt ziņu, pirms kaut ko darāt.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolējiet pirkumus lietotnēs',
      text: 'Daudzas bezmaksas spēles pelna ar pirkumiem spēles iekšienē. Iestatiet paroli maksājumiem un runājiet par to, kā šie piedāvājumi veidoti, lai kārdinātu spēlētājus.',
    },
    'parents-ai-tools': {
      title: 'Kopā izpētiet mākslīgā intelekta rīkus',
      text: 'Izmēģiniet kopā ar bērnu tērzēšanas robotu vai attēlu ģeneratoru un pārrunājiet, kas tam izdodas un kur tas kļūdās. Palīdziet bērnam to uztvert kā rīku, kas jāapšauba, nevis kā autoritāti.',
    },
    'parents-model-habits': {
      title: 'Rādiet piemēru',
      text: 'Bērni atdarina to, ko redz. Noliekot malā savu telefonu ģimenes laikā, jūs viņiem parādāt, kā izskatās veselīgs līdzsvars.',
    },
    'parents-bullied-online': {
      title: 'Ja jūsu bērnu apceļ internetā',
      text: 'Vispirms uzklausiet, tad palīdziet saglabāt ekrānuzņēmumus, bloķēt iesaistītos un ziņot. Informējiet arī skolu un neatbildiet dusmās bērna vārdā.',
    },
    'parents-account-security': {
      title: 'Aizsargājiet ģimenes kontus',
      text: 'Katram kontam izmantojiet citu stipru paroli, bet e-pastam un lietotņu veikaliem ieslēdziet arī divpakāpju pieteikšanos. Parādiet bērnam, kā darīt tāpat, kad viņam būs savi konti.',
    },
    'parents-know-reporting': {
      title: 'Ziniet, kā ziņot',
      text: 'Uzziniet, kā bloķēt un ziņot lietotnēs, ko lieto jūsu bērns, un kur atrodams jūsu valsts uzticības tālrunis un ziņošanas līnija. Ja to zināt iepriekš, izšķirīgā brīdī ietaupīsiet laiku.',
    },
    'educators-teach-evaluating': {
      title: 'Māciet pārbaudīt avotus',
      text: 'Trenējiet „sānisko lasīšanu“: atveriet jaunas cilnes, lai noskaidrotu, kas stāv aiz apgalvojuma, pirms to vērtējat. Īsi, regulāri vingrinājumi dod vairāk nekā viena gara nodarbība.',
    },
    'educators-ai-literacy': {
      title: 'Mākslīgais intelekts medijpratībā',
      text: 'Parādiet skolēniem MI radītu tekstu un attēlu piemērus, arī ar kļūdām. Pārrunājiet, kā šie rīki darbojas, no kurienes nāk to dati un kad to izmantošana ir godīga.',
    },
    'educators-safe-space': {
      title: 'Lai skolēniem ir viegli runāt',
      text: 'Dariet skolēniem zināmu, ar ko skolā viņi var runāt un ka viņos ieklausīsies. Piedāvājiet diskrētu veidu, kā ziņot, piemēram, jautājumu kastīti vai konkrētu darbinieku.',
    },
    'educators-follow-procedure': {
      title: 'Ievērojiet bērnu aizsardzības kārtību',
      text: 'Ja skolēns atklāj, ka internetā cietis, uzklausiet, nesoliet glabāt noslēpumu un nekavējoties informējiet par bērnu aizsardzību atbildīgo personu. Pierakstiet teikto paša skolēna vārdiem.',
    },
    'educators-cyberbullying-policy': {
      title: 'Iekļaujiet noteikumos uzvedību internetā',
      text: 'Pārliecinieties, ka noteikumi pret ņirgāšanos un uzvedības noteikumi aptver arī to, kas notiek internetā, arī ārpus mācību laika, ja tas skar skolēnus. Iepazīstiniet ar tiem ģimenes.',
    },
    'educators-pupil-voice': {
      title: 'Ļaujiet skolēniem vadīt',
      text: 'Jaunieši bieži vislabāk pārzina jaunākās lietotnes un tendences. Iesaistiet viņus interneta drošības nodarbību plānošanā un jaunāko skolēnu mācīšanā.',
    },
    'educators-privacy-classroom': {
      title: 'Aizsargājiet skolēnu datus',
      text: 'Pirms publicējat skolēnu darbus vai foto, pārliecinieties par piekrišanu un izmantojiet skolas apstiprinātus rīkus, kas atbilst datu aizsardzības prasībām. Rādiet klasē labu privātuma piemēru.',
    },
    'educators-accounts-security': {
      title: 'Aizsargājiet savus skolas kontus',
      text: 'Skolas sistēmās izmantojiet stipras, unikālas paroles un divpakāpju pieteikšanos. Bloķējiet ekrānu, kad atstājat darba vietu, pat uz minūti.',
    },
    'educators-phishing': {
      title: 'Kopā atpazīstiet pikšķerēšanu',
      text: 'Izmantojiet stundās īstus, anonimizētus viltotu e-pastu un ziņu piemērus. Aiciniet skolēnus atrast pazīmes, piemēram, dīvainas sūtītāja adreses un spiedienu rīkoties ātri.',
    },
    'educators-wellbeing-balance': {
      title: 'Līdzsvars, ne tikai ierobežojumi',
      text: 'Pārrunājiet, kā dažādas darbības internetā liek skolēniem justies, un palīdziet viņiem pamanīt, kad vajag pauzi. Neattēlojiet visu ekrāna laiku kā kaitīgu.',
    },
  },
} satisfies Translation;
