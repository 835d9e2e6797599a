import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: European Commission, digital-strategy.ec.europa.eu/sk/policies/safer-internet-day (2024); also digitalnakoalicia.sk (2025).
    dayName: 'Deň bezpečnejšieho internetu',
    countdownUntil: 'Ešte {duration} do podujatia {name}, {date}',
    countdownToday: 'Dnes je {name}!',
    countdownHideSeconds: 'Skryť sekundy',
    countdownShowSeconds: 'Zobraziť sekundy',
    countdownEnded: '{name} bol {date}.',
    eventUntil: 'Ešte {duration} do podujatia: {date}',
    eventToday: 'Dnes je ten deň!',
    eventEnded: 'Podujatie sa už konalo: {date}.',
    globalTheme: 'Spoločne za lepší internet',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Zapájajú sa školy, rodiny a organizácie v približne 190 krajinách. Nájdi si aktivitu vo svojom okolí.',
    bannerCta: 'Zisti, ako sa môžeš zapojiť',
    bannerDismiss: 'Zavrieť oznam o podujatí {name}',
    carouselLabel: 'Tipy, ako byť na internete v bezpečí',
    carouselLabelFor: 'Tipy, ako byť na internete v bezpečí, pre {audiences}',
    carouselAudienceChildren: 'deti',
    carouselAudienceTeens: 'tínedžerov',
    carouselAudienceParents: 'rodičov a opatrovateľov',
    carouselAudienceEducators: 'učiteľov a pedagógov',
    carouselRole: 'karusel',
    carouselSlideRole: 'snímka',
    carouselSlide: '{index} z {count}',
    carouselPrevious: 'Predchádzajúci tip',
    carouselNext: 'Ďalší tip',
    carouselStop: 'Zastaviť automatické striedanie tipov',
    carouselStart: 'Spustiť automatické striedanie tipov',
    carouselChildren: 'Pre deti',
    carouselTeens: 'Pre tínedžerov',
    carouselParents: 'Pre rodičov a opatrovateľov',
    carouselEducators: 'Pre učiteľov a pedagógov',
    calendarLink: 'Pridať do kalendára',
    helplineLine: 'Potrebuješ sa s niekým porozprávať? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Povedz to niekomu, komu veríš',
      text: 'Ak ťa niečo na internete znepokojí, zarmúti alebo zmätie, povedz to dospelému, ktorému veríš. Nedostaneš sa tým do problémov.',
    },
    'children-password-secret': {
      title: 'Heslá sú tajomstvo',
      text: 'Svoje heslá nikomu nehovor, ani najlepšiemu kamarátovi či kamarátke. Dospelí, ktorí sa o teba starajú, ti pomôžu zapamätať si ich.',
    },
    'children-personal-info': {
      title: 'Svoje údaje si nechaj pre seba',
      text: 'Tvoje celé meno, adresa, škola a telefónne číslo patria len tebe. Skôr než ich niekde na internete napíšeš, spýtaj sa dospelého.',
    },
    'children-be-kind': {
      title: 'Správaj sa na internete pekne',
      text: 'Za každou obrazovkou je skutočný človek so skutočnými pocitmi. Posielaj len správy, ktoré by ti nevadilo povedať aj do očí.',
    },
    'children-strangers': {
      title: 'Nie každý je tým, za koho sa vydáva',
      text: 'Ľudia na internete sa môžu vydávať za niekoho iného. Nikdy sa nedohoduj na stretnutí s niekým, koho poznáš len z internetu.',
    },
    'children-true-or-not': {
      title: 'Je to naozaj pravda?',
      text: 'Nie všetko, čo vidíš na internete, je pravda, aj keď to vyzerá ako skutočné. Spýtaj sa dospelého alebo si to over aj inde, než tomu uveríš.',
    },
    'children-free-prizes': {
      title: 'Výhry zadarmo sú pasca',
      text: 'Správa, ktorá tvrdí, že máš výhru, je väčšinou pasca. Neklikaj na ňu a radšej ju ukáž dospelému.',
    },
    'children-screen-breaks': {
      title: 'Daj si prestávku',
      text: 'Hrať sa a pozerať videá je zábava, ale aj tvoje oči a telo potrebujú oddych. Na chvíľu prestaň a choď sa hýbať, hrať sa von alebo si čítať.',
    },
    'children-block-report': {
      title: 'Môžeš zablokovať a nahlásiť',
      text: 'Ak je na teba niekto zlý alebo sa pri ňom necítiš dobre, môžeš ho zablokovať a nahlásiť. Potom povedz dospelému, čo sa stalo.',
    },
    'children-photos': {
      title: 'Rozmysli si, než pošleš fotku',
      text: 'Fotku môže niekto skopírovať a poslať ďalej. Skôr než pošleš fotku niekoho iného, spýtaj sa ho, a skôr než pošleš svoju, spýtaj sa dospelého.',
    },
    'children-ai-helpers': {
      title: 'Chatboty sa môžu mýliť',
      text: 'Počítačoví pomocníci, ktorí sa s tebou rozprávajú, sa môžu pomýliť, aj keď znejú veľmi isto. Over si, čo hovoria, u dospelého alebo v knihe.',
    },
    'teens-digital-footprint': {
      title: 'Tvoje príspevky zostávajú',
      text: 'Snímky obrazovky prežijú aj zmazané príspevky. Skôr než niečo zdieľaš, zamysli sa, či by ti nevadilo, keby to niekto videl aj o päť rokov.',
    },
    'teens-two-step': {
      title: 'Zapni dvojstupňové overenie',
      text: 'K dôležitým účtom pridaj druhý krok, napríklad kód v mobile. Samotné ukradnuté heslo potom na prihlásenie nestačí.',
    },
    'teens-unique-passwords': {
      title: 'Jedno heslo pre každý účet',
      text: 'Ak tvoje heslo unikne z jednej stránky, ohrozené sú všetky účty, kde ho používaš. Správca hesiel si ich všetky zapamätá za teba.',
    },
    'teens-upstander': {
      title: 'Postav sa na stranu obete',
      text: 'Keď vidíš, že sa niekto stal terčom posmechu, súkromná správa s podporou môže veľa znamenať. Šikanu nahlás, nepreposielaj ju ďalej.',
    },
    'teens-nudes-pressure': {
      title: 'Nátlak na posielanie fotiek',
      text: 'Nikto nemá právo nútiť ťa posielať intímne fotky. Ak sa to stane alebo niekto zdieľa tvoju fotku, nie je to tvoja vina: porozprávaj sa s niekým, komu veríš, alebo sa obráť na linku pomoci.',
    },
    'teens-deepfakes': {
      title: 'Falošný obsah môže vyzerať ako skutočný',
      text: 'Umelá inteligencia dokáže vytvoriť presvedčivé falošné fotky, hlasy aj videá. Najprv zisti, kto to zverejnil a či to isté uvádzajú aj dôveryhodné zdroje.',
    },
    'teens-sextortion-scams': {
      title: 'Vyhrážky sú podvod',
      text: 'Ak sa ti niekto vyhráža, že zverejní fotky, pokiaľ nezaplatíš, prestaň odpovedať, neplať, uschovaj dôkazy a povedz to dospelému alebo to nahlás.',
    },
    'teens-too-good': {
      title: 'Príliš dobré na to, aby to bola pravda?',
      text: 'Lacná herná mena, sledovatelia zadarmo či ponuky ľahkého zárobku sú často podvody, ktorým ide o tvoj účet alebo údaje. Ak ťa niečo súri, spomaľ.',
    },
    'teens-feed-feelings': {
      title: 'Všímaj si, ako sa cítiš na sociálnych sieťach',
      text: 'Ak ti je po prezeraní sietí horšie, stlm účty, prestaň ich sledovať alebo si daj pauzu. O tom, čo vidíš, rozhoduješ ty.',
    },
    'teens-location': {
      title: 'Skontroluj nastavenia polohy',
      text: 'Niektoré aplikácie ukazujú, kde si, na mape alebo v údajoch fotiek. Zdieľanie polohy nechaj vypnuté, pokiaľ ho naozaj nepotrebuješ, a polohu zdieľaj len s ľuďmi, ktorých poznáš.',
    },
    'teens-talk-it-through': {
      title: 'Nemusíš to zvládať bez pomoci',
      text: 'Rozhovor s kamarátom, niekým z rodiny, učiteľom alebo linkou pomoci môže veci uľahčiť. Požiadať o pomoc je prejav sily.',
    },
    'parents-talk-early': {
      title: 'Rozprávajte sa včas a často',
      text: 'Pýtajte sa dieťaťa, čo ho na internete baví aj čo ho trápi. Pravidelné pokojné rozhovory mu uľahčia prísť za vami, keď bude mať problém.',
    },
    'parents-stay-calm': {
      title: 'Keď sa vám zverí, zostaňte pokojní',
      text: 'Ak vám dieťa povie o niečom znepokojujúcom, najprv mu poďakujte, že sa vám zverilo. Ak mu vezmete zariadenia, nabudúce vám to možno nepovie.',
    },
    'parents-settings-together': {
      title: 'Nastavte aplikácie spoločne',
      text: 'Keď dieťa začne používať novú aplikáciu alebo hru, prejdite s ním nastavenia súkromia. Vysvetlite mu, prečo je každé nastavenie dôležité, aby sa to naučilo samo.',
    },
    'parents-parental-controls': {
      title: 'Rodičovská kontrola ako pomocník',
      text: 'Filtre a časové limity pomáhajú najmä pri mladších deťoch, ale žiadny nástroj nezachytí všetko. Kombinujte ich s rozhovormi a s dôverou, ktorá rastie spolu s dieťaťom.',
    },
    'parents-family-agreement': {
      title: 'Dohodnite si rodinné pravidlá',
      text: 'Spoločne sa rozhodnite, kedy a kde sa zariadenia používajú, napríklad žiadne obrazovky pri jedle ani v spálni v noci. Pravidlá, ktoré platia aj pre dospelých, sa dodržiavajú ľahšie.',
    },
    'parents-sharenting': {
      title: 'Zvážte, čo o dieťati zverejníte',
      text: 'Fotky a príbehy, ktoré dnes zdieľate, sa stávajú súčasťou digitálneho života vášho dieťaťa. Staršie deti požiadajte o súhlas, než o nich niečo zverejníte, a vyhnite sa detailom, ako je názov školy.',
    },
    'parents-scam-signs': {
      title: 'Spoznajte znaky podvodu',
      text: 'Naliehavosť, požiadavky na utajenie a žiadosti o kódy či platby sú varovné signály. Ukážte dieťaťu, ako si správu overujete, skôr než na ňu zareagujete.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolujte nákupy v aplikáciách',
      text: 'Mnohé bezplatné hry zarábajú na nákupoch priamo v hre. Nastavte heslo na platby a hovorte s dieťaťom o tom, ako sú tieto ponuky navrhnuté tak, aby hráčov lákali.',
    },
    'parents-ai-tools': {
      title: 'Skúšajte umelú inteligenciu spoločne',
      text: 'Vyskúšajte s dieťaťom chatbota alebo generátor obrázkov a rozprávajte sa o tom, čo robí dobre a v čom sa mýli. Pomôžte mu vnímať ho ako nástroj, ktorý treba preverovať, nie ako autoritu.',
    },
    'parents-model-habits': {
      title: 'Buďte príkladom',
      text: 'Deti napodobňujú to, čo vidia. Keď počas rodinného času odložíte vlastný telefón, ukážete im, ako vyzerá zdravá rovnováha.',
    },
    'parents-bullied-online': {
      title: 'Ak vaše dieťa šikanujú na internete',
      text: 'Najprv počúvajte, potom mu pomôžte uložiť snímky obrazovky, zablokovať ľudí, ktorí sú do toho zapojení, a nahlásiť to. Informujte aj školu a neodpovedajte v jeho mene nahnevane.',
    },
    'parents-account-security': {
      title: 'Zabezpečte rodinné účty',
      text: 'Na každý účet používajte iné silné heslo a pre e-mail a obchody s aplikáciami zapnite dvojstupňové overenie. Keď bude mať dieťa vlastné účty, ukážte mu, ako to urobiť tiež.',
    },
    'parents-know-reporting': {
      title: 'Zistite, ako nahlasovať',
      text: 'Naučte sa blokovať a nahlasovať v aplikáciách, ktoré dieťa používa, a zistite, kde nájdete národnú linku pomoci a linku na nahlasovanie nezákonného obsahu. Ak to viete vopred, v dôležitej chvíli ušetríte čas.',
    },
    'educators-teach-evaluating': {
      title: 'Učte, ako overovať zdroje',
      text: 'Precvičujte laterálne čítanie: otvorte nové karty a zistite, kto stojí za tvrdením, skôr než ho posúdite. Krátke pravidelné cvičenia fungujú lepšie ako jedna dlhá hodina.',
    },
    'educators-ai-literacy': {
      title: 'Umelá inteligencia ako súčasť mediálnej výchovy',
      text: 'Ukážte žiakom príklady textov a obrázkov vytvorených umelou inteligenciou, aj s chybami. Diskutujte o tom, ako tieto nástroje fungujú, odkiaľ berú dáta a kedy je ich používanie férové.',
    },
    'educators-safe-space': {
      title: 'Uľahčite žiakom ozvať sa',
      text: 'Dajte žiakom vedieť, s kým sa môžu v škole porozprávať a že ich vypočujú. Ponúknite diskrétny spôsob nahlasovania, napríklad schránku na otázky alebo konkrétneho zamestnanca.',
    },
    'educators-follow-procedure': {
      title: 'Dodržiavajte postup na ochranu detí',
      text: 'Ak sa vám žiak zverí, že mu na internete niekto ublížil, vypočujte ho, nesľubujte mlčanlivosť a hneď to oznámte určenej osobe zodpovednej za ochranu detí. Zapíšte, čo povedal, jeho slovami.',
    },
    'educators-cyberbullying-policy': {
      title: 'Zahrňte online správanie do pravidiel',
      text: 'Uistite sa, že pravidlá proti šikane a školský poriadok pokrývajú aj dianie online vrátane času mimo vyučovania, ak to žiakov ovplyvňuje. Oboznámte s nimi rodiny.',
    },
    'educators-pupil-voice': {
      title: 'Nechajte žiakov viesť',
      text: 'Mladí ľudia často najlepšie poznajú najnovšie aplikácie a trendy. Zapojte ich do plánovania hodín o bezpečnosti na internete aj do učenia mladších žiakov.',
    },
    'educators-privacy-classroom': {
      title: 'Chráňte údaje žiakov',
      text: 'Pred zverejnením prác alebo fotiek žiakov si overte súhlas a používajte školou schválené nástroje, ktoré spĺňajú pravidlá ochrany údajov. Buďte v triede príkladom dobrých návykov v oblasti súkromia.',
    },
    'educators-accounts-security': {
      title: 'Zabezpečte svoje školské účty',
      text: 'Do školských systémov používajte silné jedinečné heslá a dvojstupňové overenie. Keď odchádzate od stola, zamknite obrazovku, aj keď len na minútu.',
    },
    'educators-phishing': {
      title: 'Odhaľujte phishing spoločne',
      text: 'Na hodine použite skutočné anonymizované príklady falošných e-mailov a správ. Nechajte žiakov hľadať stopy, napríklad zvláštne adresy odosielateľa a nátlak na rýchle konanie.',
    },
    'educators-wellbeing-balance': {
      title: 'Hovorte o rovnováhe, nielen o limitoch',
      text: 'Rozprávajte sa o tom, ako sa žiaci cítia pri rôznych činnostiach na internete, a pomôžte im rozpoznať, kedy si dať prestávku. Nevykresľujte každý čas pri obrazovke ako škodlivý.',
    },
  },
} satisfies Translation;
