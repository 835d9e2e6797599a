import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: Tanzania Safer Internet Committee (saferinternet.or.tz).
    dayName: 'Siku ya Usalama Mtandaoni',
    countdownUntil: 'Bado {duration} hadi {name}, {date}',
    countdownToday: 'Leo ni {name}!',
    countdownHideSeconds: 'Ficha sekunde',
    countdownShowSeconds: 'Onyesha sekunde',
    countdownEnded: '{name} ilikuwa {date}.',
    eventUntil: 'Bado {duration} hadi {date}',
    eventToday: 'Leo ndiyo siku yenyewe!',
    eventEnded: 'Tukio hili lilifanyika {date}.',
    globalTheme: 'Pamoja kwa intaneti bora',
    bannerDay: '{name} {year}',
    bannerMessage: 'Shule, familia na mashirika katika takriban nchi 190 hushiriki. Tafuta shughuli iliyo karibu nawe.',
    bannerCta: 'Jua jinsi ya kushiriki',
    bannerDismiss: 'Funga tangazo la {name}',
    carouselLabel: 'Vidokezo vya usalama mtandaoni',
    carouselLabelFor: 'Vidokezo vya usalama mtandaoni kwa {audiences}',
    carouselAudienceChildren: 'watoto',
    carouselAudienceTeens: 'vijana',
    carouselAudienceParents: 'wazazi na walezi',
    carouselAudienceEducators: 'walimu na waelimishaji',
    carouselRole: 'onyesho la slaidi',
    carouselSlideRole: 'slaidi',
    carouselSlide: '{index} kati ya {count}',
    carouselPrevious: 'Kidokezo kilichotangulia',
    carouselNext: 'Kidokezo kinachofuata',
    carouselStop: 'Acha kuonyesha vidokezo kimoja baada ya kingine',
    carouselStart: 'Anza kuonyesha vidokezo kimoja baada ya kingine',
    carouselChildren: 'Kwa watoto',
    carouselTeens: 'Kwa vijana',
    carouselParents: 'Kwa wazazi na walezi',
    carouselEducators: 'Kwa walimu na waelimishaji',
    calendarLink: 'Ongeza kwenye kalenda',
    helplineLine: 'Je, unahitaji kuzungumza na mtu? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Mwambie mtu unayemwamini',
      text: 'Kama kitu fulani mtandaoni kinakufanya uwe na wasiwasi, uhuzunike au uchanganyikiwe, mwambie mtu mzima unayemwamini. Hutaingia matatani kwa kumwambia.',
    },
    'children-password-secret': {
      title: 'Manenosiri ni siri',
      text: 'Usimwambie mtu yeyote manenosiri yako, hata rafiki yako wa karibu kabisa. Watu wazima wanaokutunza wanaweza kukusaidia kuyakumbuka.',
    },
    'children-personal-info': {
      title: 'Linda taarifa zako binafsi',
      text: 'Jina lako kamili, anwani yako, shule yako na namba yako ya simu ni taarifa zako binafsi. Muulize mtu mzima kabla ya kuzishiriki popote mtandaoni.',
    },
    'children-be-kind': {
      title: 'Kuwa mwema mtandaoni',
      text: 'Nyuma ya kila skrini kuna mtu halisi mwenye hisia halisi. Tuma tu ujumbe ambao ungekuwa tayari kuusema ana kwa ana.',
    },
    'children-strangers': {
      title: 'Si kila mtu ni yule anayedai kuwa',
      text: 'Watu mtandaoni wanaweza kujifanya kuwa mtu mwingine. Usikubali kamwe kukutana na mtu unayemjua kupitia intaneti tu.',
    },
    'children-true-or-not': {
      title: 'Je, ni kweli kabisa?',
      text: 'Si kila kitu unachokiona mtandaoni ni kweli, hata kama kinaonekana halisi. Muulize mtu mzima au angalia mahali pengine kabla ya kukiamini.',
    },
    'children-free-prizes': {
      title: 'Zawadi za bure ni mtego',
      text: 'Ujumbe unaosema umeshinda kitu mara nyingi ni mtego. Usiubofye; badala yake, mwonyeshe mtu mzima.',
    },
    'children-screen-breaks': {
      title: 'Pumzika kidogo',
      text: 'Kucheza na kutazama kunafurahisha, lakini macho yako na mwili wako vinahitaji kupumzika pia. Acha kwa muda: tembea, cheza nje au soma kitabu.',
    },
    'children-block-report': {
      title: 'Unaweza kuzuia na kuripoti',
      text: 'Mtu akikutendea vibaya au akikufanya usijisikie vizuri, unaweza kumzuia na kuripoti jambo hilo. Kisha mwambie mtu mzima kilichotokea.',
    },
    'children-photos': {
      title: 'Fikiri kabla ya kushiriki picha',
      text: 'Picha inaweza kunakiliwa na kusambazwa. Omba ruhusa kabla ya kushiriki picha ya mtu mwingine, na muulize mtu mzima kabla ya kushiriki picha yako.',
    },
    'children-ai-helpers': {
      title: 'Programu za gumzo zinaweza kukosea',
      text: 'Programu za kompyuta zinazopiga gumzo nawe zinaweza kukosea, hata zikisikika kuwa na uhakika sana. Hakikisha kama kile zinachosema ni kweli kwa kumuuliza mtu mzima au kwa kuangalia kitabuni.',
    },
    'teens-digital-footprint': {
      title: 'Machapisho yako hudumu',
      text: 'Picha za skrini hudumu kuliko machapisho yaliyofutwa. Kabla ya kushiriki, jiulize kama ungeridhika watu wakiliona chapisho hilo baada ya miaka mitano.',
    },
    'teens-two-step': {
      title: 'Washa uthibitishaji wa hatua mbili',
      text: 'Ongeza hatua ya pili, kama msimbo unaotumwa kwenye simu yako, kwenye akaunti zako muhimu. Hivyo nenosiri lililoibiwa peke yake halitatosha kuingia.',
    },
    'teens-unique-passwords': {
      title: 'Nenosiri moja kwa kila akaunti',
      text: 'Tovuti moja ikivujisha nenosiri lako, kila akaunti inayotumia nenosiri hilo iko hatarini. Programu ya kuhifadhi manenosiri inaweza kuyakumbuka yote kwa niaba yako.',
    },
    'teens-upstander': {
      title: 'Simama upande wa anayeonewa',
      text: 'Ukiona mtu anaonewa, ujumbe wa faragha wa kumuunga mkono unaweza kumaanisha mengi kwake. Ripoti uonevu badala ya kuusambaza.',
    },
    'teens-nudes-pressure': {
      title: 'Shinikizo la kutuma picha',
      text: 'Hakuna mwenye haki ya kukushinikiza utume picha za faragha. Ikitokea hivyo, au picha yako ikisambazwa, si kosa lako: zungumza na mtu unayemwamini au piga simu ya msaada.',
    },
    'teens-deepfakes': {
      title: 'Vitu vya kughushi vinaweza kuonekana halisi',
      text: 'Akili bandia inaweza kutengeneza picha, sauti na video za kughushi zinazoshawishi. Kwanza angalia ni nani aliyechapisha, na kama vyanzo vinavyoaminika vinasema jambo hilohilo.',
    },
    'teens-sextortion-scams': {
      title: 'Vitisho ni utapeli',
      text: 'Mtu akikutishia kusambaza picha usipomlipa, acha kumjibu, usilipe, hifadhi ushahidi, kisha mwambie mtu mzima au uripoti jambo hilo.',
    },
    'teens-too-good': {
      title: 'Ofa nzuri kupita kiasi?',
      text: 'Sarafu za michezo kwa bei rahisi, wafuasi wa bure na ofa za kupata pesa kirahisi mara nyingi ni utapeli unaolenga akaunti yako au taarifa zako. Ukihisi unaharakishwa, tulia na uchukue muda.',
    },
    'teens-feed-feelings': {
      title: 'Tambua jinsi mitandao inavyokufanya ujisikie',
      text: 'Kama kutazama mitandao ya kijamii kunakuacha ukijisikia vibaya zaidi, nyamazisha akaunti, acha kuzifuata au pumzika. Wewe ndiye unayeamua unachokiona.',
    },
    'teens-location': {
      title: 'Kagua mipangilio ya mahali ulipo',
      text: 'Baadhi ya programu huonyesha ulipo kwenye ramani au kwenye taarifa za picha. Zima kipengele cha kushiriki mahali ulipo, isipokuwa kama unakihitaji kweli, na hata hapo shiriki na watu unaowajua tu.',
    },
    'teens-talk-it-through': {
      title: 'Si lazima ukabiliane nalo peke yako',
      text: 'Kuzungumza na rafiki, mtu wa familia au mwalimu, au kupiga simu ya msaada, kunaweza kurahisisha mambo. Kuomba msaada ni ishara ya nguvu.',
    },
    'parents-talk-early': {
      title: 'Zungumza mapema na mara kwa mara',
      text: 'Muulize mtoto wako anachofurahia mtandaoni na pia kinachomtia wasiwasi. Mazungumzo ya mara kwa mara na ya utulivu humrahisishia kukujia kunapotokea tatizo.',
    },
    'parents-stay-calm': {
      title: 'Tulia anapokueleza',
      text: 'Mtoto wako akikueleza jambo lililomsumbua, kwanza kabisa mshukuru kwa kukueleza. Kumnyang’anya vifaa kunaweza kumfanya asite kukueleza wakati ujao.',
    },
    'parents-settings-together': {
      title: 'Weka mipangilio pamoja na mtoto',
      text: 'Pitia mipangilio ya faragha pamoja na mtoto wako anapoanza kutumia programu au mchezo mpya. Mweleze kwa nini kila mpangilio ni muhimu, ili ajifunze kufanya hivyo mwenyewe.',
    },
    'parents-parental-controls': {
      title: 'Tumia udhibiti wa wazazi kama msaada',
      text: 'Vichujio na vikomo vya muda husaidia, hasa kwa watoto wadogo, lakini hakuna zana inayoweza kunasa kila kitu. Vitumie pamoja na mazungumzo, na umwamini mtoto wako zaidi hatua kwa hatua kadiri anavyokua.',
    },
    'parents-family-agreement': {
      title: 'Kubaliana na familia kuhusu sheria',
      text: 'Amua pamoja na familia yako ni lini na wapi vifaa vitatumika, kwa mfano, hakuna skrini wakati wa kula wala chumbani usiku. Sheria zinazowahusu watu wazima pia ni rahisi zaidi kufuatwa.',
    },
    'parents-sharenting': {
      title: 'Fikiri kabla ya kuchapisha kuhusu mtoto wako',
      text: 'Picha na hadithi unazoshiriki leo huwa sehemu ya maisha ya mtoto wako mtandaoni. Waulize watoto wakubwa kabla ya kuchapisha chochote kuwahusu, na epuka maelezo kama jina la shule.',
    },
    'parents-scam-signs': {
      title: 'Tambua dalili za utapeli',
      text: 'Haraka, usiri na maombi ya misimbo au malipo ni ishara za hatari. Mwonyeshe mtoto wako jinsi unavyokagua ujumbe kabla ya kuchukua hatua.',
    },
    'parents-in-app-purchases': {
      title: 'Dhibiti ununuzi ndani ya programu',
      text: 'Michezo mingi ya bure hupata pesa kupitia ununuzi ndani ya mchezo. Weka nenosiri kwa kila malipo, na zungumza na mtoto wako kuhusu jinsi ofa hizi zinavyoundwa ili kuwavutia wachezaji.',
    },
    'parents-ai-tools': {
      title: 'Jaribu zana za akili bandia pamoja na mtoto',
      text: 'Jaribu programu ya gumzo au ya kutengeneza picha pamoja na mtoto wako, na uzungumze naye kuhusu inachopatia na inachokosea. Msaidie aione kama zana ambayo majibu yake yanahitaji kuhojiwa, si kama mamlaka.',
    },
    'parents-model-habits': {
      title: 'Kuwa mfano',
      text: 'Watoto huiga wanachokiona. Ukiweka simu yako kando mnapokuwa pamoja kama familia, unawaonyesha jinsi uwiano mzuri unavyoonekana.',
    },
    'parents-bullied-online': {
      title: 'Mtoto wako akionewa mtandaoni',
      text: 'Msikilize kwanza, kisha msaidie kuhifadhi picha za skrini, kuwazuia wahusika na kuripoti. Ijulishe shule pia, na epuka kujibu kwa hasira kwa niaba ya mtoto wako.',
    },
    'parents-account-security': {
      title: 'Linda akaunti za familia',
      text: 'Tumia nenosiri imara na tofauti kwa kila akaunti, pamoja na uthibitishaji wa hatua mbili kwenye barua pepe na maduka ya programu. Mwonyeshe mtoto wako jinsi ya kufanya vivyo hivyo anapopata akaunti zake mwenyewe.',
    },
    'parents-know-reporting': {
      title: 'Jua jinsi ya kuripoti',
      text: 'Jifunze jinsi ya kuzuia na kuripoti kwenye programu anazotumia mtoto wako, na ujue simu ya msaada na huduma ya kuripoti maudhui haramu katika nchi yako. Kujua mapema huokoa muda wakati wa dharura.',
    },
    'educators-teach-evaluating': {
      title: 'Fundisha jinsi ya kukagua vyanzo',
      text: 'Fanya mazoezi ya kusoma kwa upana: fungua vichupo vipya ili kujua ni nani aliye nyuma ya dai fulani kabla ya kulihukumu. Mazoezi mafupi ya mara kwa mara hufaa zaidi kuliko somo moja refu.',
    },
    'educators-ai-literacy': {
      title: 'Fanya akili bandia kuwa sehemu ya elimu ya vyombo vya habari',
      text: 'Waonyeshe wanafunzi mifano ya maandishi na picha zilizotengenezwa na akili bandia, pamoja na makosa yake. Jadili nao jinsi zana hizi zinavyofanya kazi, data zake zinatoka wapi, na ni lini ni haki kuzitumia.',
    },
    'educators-safe-space': {
      title: 'Fanya iwe rahisi kwa wanafunzi kusema',
      text: 'Wajulishe wanafunzi ni nani wanaweza kuzungumza naye shuleni, na kwamba watasikilizwa. Weka njia ya faragha ya kuripoti, kama sanduku la maswali au mfanyakazi maalum anayejulikana kwa jina.',
    },
    'educators-follow-procedure': {
      title: 'Fuata utaratibu wa ulinzi wa mtoto',
      text: 'Mwanafunzi akikueleza kuwa amedhurika mtandaoni, msikilize, usiahidi kutunza siri, na mjulishe mara moja afisa wa ulinzi wa watoto aliyeteuliwa shuleni. Andika alichosema kwa maneno yake mwenyewe.',
    },
    'educators-cyberbullying-policy': {
      title: 'Jumuisha tabia za mtandaoni katika sera zako',
      text: 'Hakikisha sera za kupinga uonevu na za nidhamu zinashughulikia yanayotokea mtandaoni, hata nje ya saa za shule yanapowaathiri wanafunzi. Zishiriki na familia za wanafunzi.',
    },
    'educators-pupil-voice': {
      title: 'Waache wanafunzi waongoze',
      text: 'Vijana mara nyingi ndio wanaozijua vizuri zaidi programu na mitindo mipya. Washirikishe katika kupanga masomo ya usalama mtandaoni na katika kuwafundisha wanafunzi wadogo.',
    },
    'educators-privacy-classroom': {
      title: 'Linda taarifa za wanafunzi',
      text: 'Hakikisha kuna ridhaa kabla ya kuchapisha kazi au picha za wanafunzi, na tumia zana zilizoidhinishwa na shule zinazotii sheria za ulinzi wa taarifa binafsi. Onyesha tabia nzuri za faragha darasani.',
    },
    'educators-accounts-security': {
      title: 'Linda akaunti zako za shule',
      text: 'Tumia manenosiri imara na ya kipekee, pamoja na uthibitishaji wa hatua mbili kwa mifumo ya shule. Funga skrini yako unapoondoka mezani, hata kwa dakika moja.',
    },
    'educators-phishing': {
      title: 'Tambua jumbe za utapeli pamoja na darasa',
      text: 'Tumia darasani mifano halisi ya barua pepe na jumbe za kughushi, zilizoondolewa taarifa za utambulisho. Waombe wanafunzi watafute dalili, kama anwani za ajabu za mtumaji na shinikizo la kuchukua hatua haraka.',
    },
    'educators-wellbeing-balance': {
      title: 'Zungumzia uwiano, si vikomo tu',
      text: 'Jadili na wanafunzi jinsi shughuli mbalimbali za mtandaoni zinavyowafanya wajisikie, na uwasaidie kutambua wakati wa kupumzika. Epuka kuonyesha muda wote wa kutumia skrini kuwa una madhara.',
    },
  },
} satisfies Translation;
