import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: European Commission, digital-strategy.ec.europa.eu/mt/policies/safer-internet-day (2024).
    dayName: 'Jum għal Internet Aktar Sikur',
    countdownUntil: 'Fadal {duration} għal {name}, {date}',
    countdownToday: 'Illum huwa {name}!',
    countdownHideSeconds: 'Aħbi s-sekondi',
    countdownShowSeconds: 'Uri s-sekondi',
    countdownEnded: '{name} ġie ċċelebrat nhar {date}.',
    eventUntil: 'Fadal {duration} għall-avveniment, {date}',
    eventToday: 'Illum huwa l-jum il-kbir!',
    eventEnded: 'L-avveniment sar nhar {date}.',
    globalTheme: 'Flimkien għal internet aħjar',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Jieħdu sehem skejjel, familji u organizzazzjonijiet f’madwar 190 pajjiż. Sib attività qrib tiegħek.',
    bannerCta: 'Skopri kif tieħu sehem',
    bannerDismiss: 'Agħlaq l-avviż dwar {name}',
    carouselLabel: 'Pariri għas-sigurtà onlajn',
    carouselLabelFor: 'Pariri għas-sigurtà onlajn għal {audiences}',
    carouselAudienceChildren: 'tfal',
    carouselAudienceTeens: 'żgħażagħ',
    carouselAudienceParents: 'ġenituri',
    carouselAudienceEducators: 'għalliema',
    carouselRole: 'karużell',
    carouselSlideRole: 'slajd',
    carouselSlide: '{index} minn {count}',
    carouselPrevious: 'Il-parir ta’ qabel',
    carouselNext: 'Il-parir li jmiss',
    carouselStop: 'Waqqaf il-bdil awtomatiku tal-pariri',
    carouselStart: 'Ibda l-bdil awtomatiku tal-pariri',
    carouselChildren: 'Għat-tfal',
    carouselTeens: 'Għaż-żgħażagħ',
    carouselParents: 'Għall-ġenituri',
    carouselEducators: 'Għall-għalliema',
    calendarLink: 'Żid mal-kalendarju',
    helplineLine: 'Għandek bżonn titkellem ma’ xi ħadd? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Għid lil xi ħadd li tafdah',
      text: "Jekk tara xi ħaġa fuq l-internet li tinkwetak, iddejqek jew ma tifhimhiex, għid lil adult li tafdah. Mhux se tidħol f'inkwiet talli tkellimt.",
    },
    'children-password-secret': {
      title: 'Il-password hija sigriet',
      text: 'Tgħidx il-passwords tiegħek lil ħadd, lanqas lill-aqwa ħabib jew ħabiba tiegħek. L-adulti li jieħdu ħsiebek jistgħu jgħinuk tiftakarhom.',
    },
    'children-personal-info': {
      title: 'Żomm id-dettalji tiegħek għalik',
      text: "Ismek u kunjomok, l-indirizz, l-iskola u n-numru tat-telefon tiegħek huma tiegħek biss. Staqsi lil adult qabel ma taqsamhom x'imkien fuq l-internet.",
    },
    'children-be-kind': {
      title: 'Kun ġentili fuq l-internet',
      text: "Wara kull skrin hemm persuna vera b'sentimenti veri. Ibgħat biss messaġġi li ma tiddejjaqx tgħidhom lil xi ħadd wiċċ imb wiċċ.",
    },
    'children-strangers': {
      title: 'Mhux kulħadd hu min jgħid li hu',
      text: "In-nies fuq l-internet jistgħu jagħmlu finta li huma xi ħadd ieħor. Qatt m'għandek taqbel li tiltaqa' ma' xi ħadd li taf biss mill-internet.",
    },
    'children-true-or-not': {
      title: 'Dan veru tassew?',
      text: "Mhux kull ma tara fuq l-internet huwa veru, anki jekk jidher reali. Staqsi lil adult jew iċċekkja f'post ieħor qabel ma temmnu.",
    },
    'children-free-prizes': {
      title: "Il-premjijiet b'xejn huma nassa",
      text: 'Messaġġ li jgħidlek li rbaħt xi ħaġa normalment ikun nassa. Tikklikkjax fuqu, u minflok urih lil adult.',
    },
    'children-screen-breaks': {
      title: 'Ħu ftit mistrieħ',
      text: 'Li tilgħab u tara l-filmati huwa gost kbir, imma għajnejk u ġismek ukoll għandhom bżonn jistrieħu. Ieqaf għal ftit biex tiċċaqlaq, tilgħab barra jew taqra.',
    },
    'children-block-report': {
      title: "Tista' timblokka u tirrapporta",
      text: "Jekk xi ħadd ikun ħażin miegħek jew idejqek, tista' timblokkah u tirrapporta. Imbagħad għid lil adult x'ġara.",
    },
    'children-photos': {
      title: 'Aħseb qabel taqsam ritratt',
      text: "Ritratt jista' jiġi kkopjat u mgħoddi lil ħaddieħor. Qabel taqsam ritratt ta' xi ħadd ieħor, staqsih l-ewwel. Qabel taqsam ritratt tiegħek, staqsi lil adult.",
    },
    'children-ai-helpers': {
      title: 'Iċ-chatbots jistgħu jiżbaljaw',
      text: "Il-programmi tal-kompjuter li jitkellmu miegħek jistgħu jiżbaljaw, anki meta jidhru ċerti ħafna. Iċċekkja dak li jgħidu ma' adult jew fi ktieb.",
    },
    'teens-digital-footprint': {
      title: 'Il-posts tiegħek jibqgħu hemm',
      text: 'Is-screenshots jibqgħu anki wara li tħassar il-post. Qabel taqsam xi ħaġa, staqsi lilek innifsek jekk tiddejjaqx li xi ħadd jaraha fi żmien ħames snin.',
    },
    'teens-two-step': {
      title: "Ixgħel l-awtentikazzjoni b'żewġ passi",
      text: "Żid pass ieħor mal-kontijiet importanti tiegħek, bħal kodiċi fuq il-mowbajl. B'hekk password misruqa waħedha ma tkunx biżżejjed biex xi ħadd jidħol.",
    },
    'teens-unique-passwords': {
      title: 'Password differenti għal kull kont',
      text: "Jekk il-password tiegħek tinkixef minn sit wieħed, kull kont fejn tużaha jkun f'riskju. Maniġer tal-passwords jista' jiftakarhom kollha għalik.",
    },
    'teens-upstander': {
      title: 'Tibqax tħares biss',
      text: "Meta tara lil xi ħadd jiġi bbuljat, messaġġ privat ta' appoġġ jista' jfisser ħafna. Irrapporta l-bullying minflok ma taqsmu.",
    },
    'teens-nudes-pressure': {
      title: 'Pressjoni biex tibgħat ritratti',
      text: "Ħadd m'għandu d-dritt jagħmel pressjoni fuqek biex tibgħat ritratti intimi. Jekk jiġri, jew jekk jinqasam ritratt tiegħek, mhux tort tiegħek: kellem lil xi ħadd li tafdah jew lil linja ta' għajnuna.",
    },
    'teens-deepfakes': {
      title: 'Il-foloz jistgħu jidhru veri',
      text: "L-IA tista' tiffalsifika ritratti, ilħna u vidjows li jidhru konvinċenti. L-ewwel iċċekkja min tellgħu u jekk sorsi affidabbli jgħidux l-istess ħaġa.",
    },
    'teens-sextortion-scams': {
      title: 'It-theddid huwa frodi',
      text: 'Jekk xi ħadd jhedded li jaqsam ritratti tiegħek sakemm ma tħallasx, tibqax twieġbu, tħallasx, żomm l-evidenza u kellem lil adult jew irrapporta.',
    },
    'teens-too-good': {
      title: 'Tajjeb wisq biex ikun veru?',
      text: "Munita tal-logħob irħisa, segwaċi b'xejn u offerti ta' flus faċli ħafna drabi huma frodi biex jieħdu l-kont jew id-dettalji tiegħek. Jekk tħoss li qed jgħaġġluk, ħudha bil-mod.",
    },
    'teens-feed-feelings': {
      title: 'Innota kif iġegħlek tħossok il-feed',
      text: "Jekk wara li tgħaddi mill-feed tħossok agħar, sikket xi kontijiet, tibqax issegwihom jew ħu pawża. Int tiddeċiedi x'tara.",
    },
    'teens-location': {
      title: 'Iċċekkja l-issettjar tal-lokazzjoni',
      text: "Xi applikazzjonijiet juru fejn int fuq mappa jew fid-data tar-ritratti. Żomm il-qsim tal-lokazzjoni mitfi sakemm ma tkunx verament teħtieġu, u aqsmu biss ma' nies li tafhom.",
    },
    'teens-talk-it-through': {
      title: "M'għandekx għalfejn tiffaċċjaha waħdek",
      text: "Li tkellem ħabib, xi ħadd mill-familja, għalliem jew linja ta' għajnuna jista' jagħmel l-affarijiet aktar faċli. Li titlob l-għajnuna juri s-saħħa.",
    },
    'parents-talk-early': {
      title: 'Kellem lil uliedek kmieni u spiss',
      text: "Staqsi lil uliedek x'jieħdu gost jagħmlu fuq l-internet, u x'jinkwetahom ukoll. Taħdidiet regolari u kalmi jagħmluha aktar faċli għalihom li jiġu għandek meta xi ħaġa tmur ħażin.",
    },
    'parents-stay-calm': {
      title: 'Żomm il-kalma meta jgħidulek',
      text: "Jekk uliedek jgħidulek b'xi ħaġa li dejqithom, l-ewwel nett irringrazzjahom talli qalulek. Jekk tneħħilhom l-apparati, jistgħu jkunu inqas lesti jgħidulek id-darba li jmiss.",
    },
    'parents-settings-together': {
      title: 'Issettjaw l-applikazzjonijiet flimkien',
      text: "Għaddi mill-issettjar tal-privatezza ma' wliedek meta jibdew jużaw applikazzjoni jew logħba ġdida. Spjega għaliex kull issettjar huwa importanti, biex jitgħallmu jagħmluh huma stess.",
    },
    'parents-parental-controls': {
      title: 'Uża l-kontrolli tal-ġenituri bħala għajnuna',
      text: "Il-filtri u l-limiti tal-ħin jgħinu, speċjalment għat-tfal iżgħar, imma l-ebda għodda ma taqbad kollox. Għaqqadhom ma' taħdit miftuħ u agħti aktar fiduċja bil-mod il-mod hekk kif jikbru wliedek.",
    },
    'parents-family-agreement': {
      title: 'Aqblu fuq regoli tal-familja',
      text: 'Iddeċiedu flimkien meta u fejn jintużaw l-apparati, pereżempju ebda skrin waqt l-ikel jew fil-kmamar tas-sodda bil-lejl. Regoli li japplikaw ukoll għall-adulti jinżammu aktar faċilment.',
    },
    'parents-sharenting': {
      title: 'Aħseb qabel tippubblika dwar uliedek',
      text: "Ir-ritratti u l-istejjer li taqsam illum isiru parti mill-ħajja diġitali ta' wliedek. Staqsi lit-tfal akbar qabel tippubblika dwarhom u evita dettalji bħall-isem tal-iskola.",
    },
    'parents-scam-signs': {
      title: "Agħraf is-sinjali ta' frodi",
      text: "L-għaġla, is-segretezza u t-talbiet għal kodiċijiet jew ħlasijiet huma sinjali ta' twissija. Uri lil uliedek kif tiċċekkja messaġġ qabel ma tagħmel dak li jitlob.",
    },
    'parents-in-app-purchases': {
      title: 'Ikkontrolla x-xiri fl-applikazzjonijiet',
      text: "Ħafna logħob b'xejn jagħmel il-flus mix-xiri ġewwa l-logħba. Issettja l-ħlasijiet biex jeħtieġu password, u tkellem ma' wliedek dwar kif dawn l-offerti huma mfassla biex iħajru lil min jilgħab.",
    },
    'parents-ai-tools': {
      title: 'Esploraw flimkien l-għodod tal-IA',
      text: "Ipprova chatbot jew ġeneratur tal-immaġini ma' wliedek u tkellmu dwar x'jagħmel sew u fejn jiżbalja. Għinhom jarawh bħala għodda li jistgħu jiddubitaw minnha, mhux bħala awtorità.",
    },
    'parents-model-habits': {
      title: "Kun ta' eżempju",
      text: "It-tfal jimitaw dak li jaraw. Meta twarrab il-mowbajl tiegħek waqt il-ħin mal-familja, turihom kif jidher bilanċ b'saħħtu.",
    },
    'parents-bullied-online': {
      title: 'Jekk uliedek jiġu bbuljati fuq l-internet',
      text: "L-ewwel isma', imbagħad għinhom iżommu screenshots, jimblokkaw lin-nies involuti u jirrapportaw. Għarraf ukoll lill-iskola, u evita li twieġeb bir-rabja f'isem uliedek.",
    },
    'parents-account-security': {
      title: 'Ipproteġi l-kontijiet tal-familja',
      text: "Uża password b'saħħitha u differenti għal kull kont, bl-awtentikazzjoni b'żewġ passi fuq l-email u l-ħwienet tal-applikazzjonijiet. Uri lil uliedek kif jagħmlu l-istess meta jkollhom kontijiet tagħhom.",
    },
    'parents-know-reporting': {
      title: 'Kun af kif tirrapporta',
      text: "Tgħallem kif timblokka u tirrapporta fl-applikazzjonijiet li jużaw uliedek, u fejn tinsab il-linja ta' għajnuna nazzjonali u fejn tirrapporta kontenut illegali. Jekk tkun taf minn qabel, tiffranka l-ħin meta jkun hemm bżonn.",
    },
    'educators-teach-evaluating': {
      title: 'Għallem kif jiċċekkjaw is-sorsi',
      text: 'Ħarreġ lill-istudenti fil-qari laterali: jiftħu tabs ġodda biex isiru jafu min hemm wara stqarrija qabel jiġġudikawha. Eżerċizzji qosra u regolari jaħdmu aħjar minn lezzjoni twila waħda.',
    },
    'educators-ai-literacy': {
      title: 'Daħħal l-IA fil-litteriżmu medjatiku',
      text: "Uri lill-istudenti eżempji ta' test u stampi ġġenerati mill-IA, inklużi żbalji. Iddiskuti kif jaħdmu dawn l-għodod, minn fejn tiġi d-data tagħhom u meta jkun ġust li jintużaw.",
    },
    'educators-safe-space': {
      title: 'Agħmilha faċli biex jitkellmu',
      text: "Għarraf lill-istudenti ma' min jistgħu jitkellmu fl-iskola u li se jkun hemm min jismagħhom. Offri mod diskret biex jirrapportaw, bħal kaxxa tal-mistoqsijiet jew membru tal-persunal magħruf b'ismu.",
    },
    'educators-follow-procedure': {
      title: 'Segwi l-proċedura tal-protezzjoni tat-tfal',
      text: "Jekk student jiżvela li ġarrab xi ħsara fuq l-internet, isma', twegħidx li se żżommha sigriet, u għaddiha minnufih lill-persuna nnominata għall-protezzjoni tat-tfal. Niżżel dak li ntqal bi kliemu stess.",
    },
    'educators-cyberbullying-policy': {
      title: 'Inkludi l-imġiba fuq l-internet fil-politiki',
      text: 'Aċċerta ruħek li l-politiki kontra l-bullying u dwar l-imġiba jkopru dak li jiġri fuq l-internet, anki barra l-ħinijiet tal-iskola meta jolqot lill-istudenti. Aqsamhom mal-familji.',
    },
    'educators-pupil-voice': {
      title: 'Ħalli lill-istudenti jmexxu',
      text: "Iż-żgħażagħ spiss ikunu jafu l-aħjar l-applikazzjonijiet u x-xejriet l-aktar ġodda. Inkludihom fl-ippjanar tal-lezzjonijiet dwar is-sigurtà fuq l-internet u fit-tagħlim ta' studenti iżgħar.",
    },
    'educators-privacy-classroom': {
      title: 'Ipproteġi d-data tal-istudenti',
      text: "Iċċekkja l-kunsens qabel tippubblika xogħol jew ritratti tal-istudenti, u uża għodod approvati mill-iskola li jħarsu r-regoli tal-protezzjoni tad-data. Agħti eżempju tajjeb ta' privatezza fil-klassi.",
    },
    'educators-accounts-security': {
      title: 'Ipproteġi l-kontijiet tal-iskola tiegħek',
      text: "Uża passwords b'saħħithom u uniċi u l-awtentikazzjoni b'żewġ passi għas-sistemi tal-iskola. Sakkar l-iskrin meta titlaq mill-iskrivanija, anki għal minuta.",
    },
    'educators-phishing': {
      title: 'Agħrfu l-phishing flimkien',
      text: "Uża eżempji veri u anonimizzati ta' emails u messaġġi foloz fil-klassi. Itlob lill-istudenti jsibu l-indizji, bħal indirizzi strambi tal-mittent u pressjoni biex jaġixxu malajr.",
    },
    'educators-wellbeing-balance': {
      title: 'Tkellem dwar bilanċ, mhux limiti biss',
      text: "Iddiskuti mal-istudenti kif iħossuhom b'attivitajiet differenti fuq l-internet, u għinhom jintebħu meta għandhom jieħdu pawża. Tippreżentax il-ħin kollu quddiem l-iskrin bħala ħażin.",
    },
  },
  // CLDR's patterns, for browsers whose Intl has no data for this language (Chromium has none)
  intl: {
    date: '{weekday}, {day} ta’ {month} {year}',
    dateTime: '{weekday}, {day} ta’ {month} {year} {hour}:{minute}',
    weekdays: ['Il-Ħadd', 'It-Tnejn', 'It-Tlieta', 'L-Erbgħa', 'Il-Ħamis', 'Il-Ġimgħa', 'Is-Sibt'],
    months: [
      'Jannar',
      'Frar',
      'Marzu',
      'April',
      'Mejju',
      'Ġunju',
      'Lulju',
      'Awwissu',
      'Settembru',
      'Ottubru',
      'Novembru',
      'Diċembru',
    ],
    list: '{0} u {1}',
    units: {
      day: { long: '{n} d', short: '{n} d', narrow: '{n} d' },
      hour: { long: '{n} h', short: '{n} h', narrow: '{n} h' },
      minute: { long: '{n} min', short: '{n} min', narrow: '{n} min' },
      second: { long: '{n} s', short: '{n} s', narrow: '{n} s' },
    },
  },
} satisfies Translation;
