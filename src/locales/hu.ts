import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: the Hungarian Safer Internet Programme led by Nemzetközi Gyermekmentő Szolgálat, as reported by computerworld.hu (2017).
    dayName: 'Biztonságos Internet Nap',
    countdownUntil: '{duration} van hátra: {name}, {date}',
    countdownToday: 'Ma van a {name}!',
    countdownHideSeconds: 'Másodpercek elrejtése',
    countdownShowSeconds: 'Másodpercek megjelenítése',
    countdownEnded: 'A {name} időpontja {date} volt.',
    eventUntil: '{duration} van hátra az eseményig: {date}',
    eventToday: 'Ma van a nagy nap!',
    eventEnded: 'Az esemény időpontja {date} volt.',
    globalTheme: 'Együtt egy jobb internetért',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Iskolák, családok és szervezetek vesznek részt mintegy 190 országban. Keress egy programot a közeledben!',
    bannerCta: 'Nézd meg, hogyan csatlakozhatsz',
    bannerDismiss: 'Értesítés bezárása: {name}',
    carouselLabel: 'Tippek a biztonságos internetezéshez',
    carouselLabelFor: 'Tippek a biztonságos internetezéshez {audiences} számára',
    carouselAudienceChildren: 'gyerekek',
    carouselAudienceTeens: 'tinik',
    carouselAudienceParents: 'szülők és gondviselők',
    carouselAudienceEducators: 'pedagógusok',
    carouselRole: 'körhinta',
    carouselSlideRole: 'dia',
    carouselSlide: '{index}/{count}',
    carouselPrevious: 'Előző tipp',
    carouselNext: 'Következő tipp',
    carouselStop: 'Tippek automatikus váltásának leállítása',
    carouselStart: 'Tippek automatikus váltásának indítása',
    carouselChildren: 'Gyerekeknek',
    carouselTeens: 'Tiniknek',
    carouselParents: 'Szülőknek és gondviselőknek',
    carouselEducators: 'Pedagógusoknak',
    calendarLink: 'Hozzáadás a naptárhoz',
    helplineLine: 'Szeretnél beszélni valakivel? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Szólj valakinek, akiben megbízol',
      text: 'Ha valami az interneten aggaszt, elszomorít vagy összezavar, mondd el egy felnőttnek, akiben megbízol. Nem kerülsz bajba azért, mert elmondtad.',
    },
    'children-password-secret': {
      title: 'A jelszó titok',
      text: 'Ne mondd el senkinek a jelszavaidat, még a legjobb barátodnak sem. A felnőttek, akik vigyáznak rád, segíthetnek megjegyezni őket.',
    },
    'children-personal-info': {
      title: 'Az adataid csak a tieid',
      text: 'A teljes neved, a lakcímed, az iskolád és a telefonszámod csak rád tartozik. Mielőtt bárhol megosztod őket az interneten, kérdezz meg egy felnőttet.',
    },
    'children-be-kind': {
      title: 'Légy kedves az interneten',
      text: 'Minden képernyő mögött egy igazi ember van, igazi érzésekkel. Csak olyan üzenetet küldj, amit szemtől szemben is szívesen elmondanál.',
    },
    'children-strangers': {
      title: 'Nem mindenki az, akinek mondja magát',
      text: 'Az interneten bárki kiadhatja magát valaki másnak. Soha ne egyezz bele, hogy találkozz valakivel, akit csak az internetről ismersz.',
    },
    'children-true-or-not': {
      title: 'Tényleg igaz?',
      text: 'Nem minden igaz, amit az interneten látsz, még ha valódinak is tűnik. Mielőtt elhiszed, kérdezz meg egy felnőttet, vagy nézz utána máshol is.',
    },
    'children-free-prizes': {
      title: 'Az ingyen nyeremény csapda',
      text: 'Ha egy üzenet azt írja, hogy nyertél valamit, az általában csak trükk. Ne kattints rá, inkább mutasd meg egy felnőttnek.',
    },
    'children-screen-breaks': {
      title: 'Tarts szünetet',
      text: 'Játszani és videót nézni jó móka, de a szemednek és a testednek is kell a pihenés. Állj meg egy kicsit, és mozogj, játssz a szabadban vagy olvass.',
    },
    'children-block-report': {
      title: 'Letilthatod és jelentheted',
      text: 'Ha valaki csúnyán viselkedik veled, vagy rossz érzést kelt benned, letilthatod és jelentheted. Utána mondd el egy felnőttnek, mi történt.',
    },
    'children-photos': {
      title: 'Gondold át, mielőtt megosztasz egy fotót',
      text: 'Egy fotót le lehet másolni és tovább lehet küldeni. Ha valaki másról osztanál meg képet, előbb kérdezd meg őt, ha magadról, akkor egy felnőttet.',
    },
    'children-ai-helpers': {
      title: 'A chatbotok is tévedhetnek',
      text: 'A számítógépes segítők, amelyek beszélgetnek veled, hibázhatnak, és közben nagyon magabiztosnak tűnhetnek. Amit mondanak, nézd meg egy könyvben, vagy kérdezz rá egy felnőttnél.',
    },
    'teens-digital-footprint': {
      title: 'A posztjaid megmaradnak',
      text: 'A képernyőképek túlélik a törölt posztokat. Mielőtt megosztasz valamit, gondold végig: rendben lenne, ha öt év múlva is látnák?',
    },
    'teens-two-step': {
      title: 'Kapcsold be a kétlépcsős azonosítást',
      text: 'A fontos fiókjaidhoz adj hozzá egy második lépést, például egy kódot a telefonodon. Így egy ellopott jelszó önmagában nem elég a belépéshez.',
    },
    'teens-unique-passwords': {
      title: 'Minden fiókhoz külön jelszó',
      text: 'Ha egy oldalról kiszivárog a jelszavad, minden olyan fiókod veszélyben van, ahol ugyanazt használod. Egy jelszókezelő mindet meg tudja jegyezni helyetted.',
    },
    'teens-upstander': {
      title: 'Ne csak nézd, állj ki!',
      text: 'Ha látod, hogy valakit piszkálnak, egy támogató privát üzenet sokat jelenthet neki. A zaklatást jelentsd, ne oszd tovább.',
    },
    'teens-nudes-pressure': {
      title: 'Ha nyomást gyakorolnak rád, hogy képet küldj',
      text: 'Senkinek nincs joga nyomást gyakorolni rád, hogy intim fotókat küldj. Ha mégis megtörténik, vagy megosztanak rólad egy képet, az nem a te hibád: beszélj valakivel, akiben megbízol, vagy hívj egy segélyvonalat.',
    },
    'teens-deepfakes': {
      title: 'A hamisítvány is tűnhet valódinak',
      text: 'A mesterséges intelligencia meggyőző hamis fotókat, hangokat és videókat tud készíteni. Először nézd meg, ki tette közzé, és hogy megbízható források is ugyanezt írják-e.',
    },
    'teens-sextortion-scams': {
      title: 'A fenyegetés átverés',
      text: 'Ha valaki azzal fenyeget, hogy képeket oszt meg, ha nem fizetsz, ne válaszolj többet, ne fizess, őrizd meg a bizonyítékokat, és szólj egy felnőttnek vagy jelentsd.',
    },
    'teens-too-good': {
      title: 'Túl szép, hogy igaz legyen?',
      text: 'Az olcsó játékpénz, az ingyen követők és a könnyű pénz ígérete gyakran átverés, ami a fiókodra vagy az adataidra pályázik. Ha siettetnek, lassíts.',
    },
    'teens-feed-feelings': {
      title: 'Figyeld, hogyan hat rád a hírfolyamod',
      text: 'Ha a görgetés után rosszabbul érzed magad, némíts, szüntesd meg a követést, vagy tarts szünetet. Te döntöd el, mit látsz.',
    },
    'teens-location': {
      title: 'Ellenőrizd a helymeghatározási beállításokat',
      text: 'Egyes appok térképen vagy a fotók adataiban megmutatják, hol vagy. A helymegosztást tartsd kikapcsolva, hacsak nincs rá tényleg szükséged, és akkor is csak ismerősökkel oszd meg.',
    },
    'teens-talk-it-through': {
      title: 'Nem kell egyedül megbirkóznod vele',
      text: 'Ha beszélsz egy baráttal, egy családtaggal, egy tanárral vagy egy segélyvonallal, az sokat könnyíthet a helyzeteden. Segítséget kérni az erő jele.',
    },
    'parents-talk-early': {
      title: 'Beszélgessen korán és gyakran',
      text: 'Kérdezze meg gyermekét, mit szeret az interneten, és mi aggasztja. A rendszeres, nyugodt beszélgetéseknek köszönhetően könnyebben fordul majd Önhöz, ha valami baj van.',
    },
    'parents-stay-calm': {
      title: 'Maradjon nyugodt, ha elmondja',
      text: 'Ha gyermeke valami felkavaró dolgot mesél el, mindenekelőtt köszönje meg neki, hogy elmondta. Ha elveszi tőle az eszközeit, legközelebb talán nem mer szólni.',
    },
    'parents-settings-together': {
      title: 'Állítsák be együtt az appokat',
      text: 'Nézze át gyermekével az adatvédelmi beállításokat, amikor új appot vagy játékot kezd használni. Magyarázza el, miért fontosak az egyes beállítások, hogy megtanulja önállóan is elvégezni őket.',
    },
    'parents-parental-controls': {
      title: 'Használja segítségként a szülői felügyeletet',
      text: 'A szűrők és időkorlátok segítenek, főleg a kisebbeknél, de egyetlen eszköz sem szűr ki mindent. Egészítse ki őket beszélgetéssel és – ahogy gyermeke nagyobb lesz – fokozatosan több bizalommal.',
    },
    'parents-family-agreement': {
      title: 'Állapodjanak meg családi szabályokban',
      text: 'Döntsék el közösen, mikor és hol használnak eszközöket, például étkezéskor és éjszaka a hálószobában ne legyen képernyő. A felnőttekre is érvényes szabályokat könnyebb betartani.',
    },
    'parents-sharenting': {
      title: 'Gondolja át, mielőtt posztol a gyermekéről',
      text: 'A ma megosztott fotók és történetek gyermeke online életének részévé válnak. A nagyobbakat kérdezze meg, mielőtt posztol róluk, és kerülje az olyan részleteket, mint az iskola neve.',
    },
    'parents-scam-signs': {
      title: 'Ismerje fel a csalás jeleit',
      text: 'A sürgetés, a titkolózás és a kódok vagy fizetés kérése figyelmeztető jelek. Mutassa meg gyermekének, hogyan ellenőriz egy üzenetet, mielőtt reagál rá.',
    },
    'parents-in-app-purchases': {
      title: 'Tartsa kézben az appon belüli vásárlást',
      text: 'Sok ingyenes játék a játékon belüli vásárlásokból keres pénzt. Fizetni csak jelszóval lehessen, és beszélje meg gyermekével, hogyan csalogatják ezek az ajánlatok szándékosan a játékosokat.',
    },
    'parents-ai-tools': {
      title: 'Fedezzék fel együtt az MI-eszközöket',
      text: 'Próbáljon ki gyermekével egy chatbotot vagy képgenerátort, és beszélje meg vele, mit talál el és miben téved. Segítsen neki úgy tekinteni rá, mint eszközre, amelyet kritikusan kell kezelni, nem mint tekintélyre.',
    },
    'parents-model-habits': {
      title: 'Mutasson példát',
      text: 'A gyerekek azt utánozzák, amit látnak. Ha a családdal töltött időben Ön is félreteszi a telefonját, megmutatja nekik, milyen az egészséges egyensúly.',
    },
    'parents-bullied-online': {
      title: 'Ha gyermekét online zaklatják',
      text: 'Először hallgassa meg, aztán segítsen neki képernyőképeket menteni, letiltani az érintetteket és jelenteni az esetet. Szóljon az iskolának is, és ne válaszoljon dühösen gyermeke nevében.',
    },
    'parents-account-security': {
      title: 'Védje a család fiókjait',
      text: 'Minden fiókhoz használjon más erős jelszót, az e-mailhez és az alkalmazásboltokhoz pedig kétlépcsős azonosítást. Mutassa meg gyermekének, hogyan teheti ugyanezt, ha majd saját fiókjai lesznek.',
    },
    'parents-know-reporting': {
      title: 'Tudja, hogyan lehet jelenteni',
      text: 'Ismerje meg, hogyan lehet letiltani és jelenteni a gyermeke által használt appokban, és hol találja az országos segélyvonalat és bejelentő szolgálatot. Ha előre tudja, időt nyer, amikor számít.',
    },
    'educators-teach-evaluating': {
      title: 'Tanítsa meg a források ellenőrzését',
      text: 'Gyakoroltassa az oldalirányú olvasást: új lapokon nézzenek utána, ki áll egy állítás mögött, mielőtt megítélik. A rövid, rendszeres gyakorlatok jobban beválnak, mint egy hosszú óra.',
    },
    'educators-ai-literacy': {
      title: 'Legyen az MI a médiatudatosság része',
      text: 'Mutasson a diákoknak MI által készített szövegeket és képeket, hibákkal együtt. Beszélje meg velük, hogyan működnek ezek az eszközök, honnan származnak az adataik, és mikor tisztességes a használatuk.',
    },
    'educators-safe-space': {
      title: 'Könnyítse meg, hogy szóljanak',
      text: 'Tudassa a diákokkal, kihez fordulhatnak az iskolában, és hogy meghallgatják őket. Kínáljon diszkrét bejelentési lehetőséget, például kérdésdobozt vagy egy megnevezett munkatársat.',
    },
    'educators-follow-procedure': {
      title: 'Kövesse a gyermekvédelmi eljárásrendet',
      text: 'Ha egy diák elmondja, hogy online sérelem érte, hallgassa meg, ne ígérjen titoktartást, és azonnal jelezze a kijelölt gyermekvédelmi felelősnek. Jegyezze fel, amit mondott, az ő szavaival.',
    },
    'educators-cyberbullying-policy': {
      title: 'Az online viselkedés is legyen a szabályzatban',
      text: 'Gondoskodjon róla, hogy a zaklatásellenes és a magatartási szabályzat is kiterjedjen az online történésekre, tanítási időn kívül is, ha az a diákokat érinti. Ossza meg őket a családokkal.',
    },
    'educators-pupil-voice': {
      title: 'Hagyja, hogy a diákok vezessenek',
      text: 'A fiatalok gyakran ismerik legjobban a legújabb appokat és trendeket. Vonja be őket az online biztonsági órák tervezésébe és a fiatalabb diákok tanításába.',
    },
    'educators-privacy-classroom': {
      title: 'Védje a diákok adatait',
      text: 'Ellenőrizze a hozzájárulást, mielőtt diákok munkáit vagy fotóit közzéteszi, és használjon az iskola által jóváhagyott, adatvédelmi szabályoknak megfelelő eszközöket. Az órán mutasson jó példát az adatvédelemben.',
    },
    'educators-accounts-security': {
      title: 'Védje iskolai fiókjait',
      text: 'Használjon erős, egyedi jelszavakat és kétlépcsős azonosítást az iskolai rendszerekhez. Zárolja a képernyőjét, ha feláll az asztaltól, akár csak egy percre is.',
    },
    'educators-phishing': {
      title: 'Ismerjék fel együtt az adathalászatot',
      text: 'Használjon az órán valódi, anonimizált példákat hamis e-mailekre és üzenetekre. Kérje meg a diákokat, hogy keressék a jeleket, például a furcsa feladócímet vagy a gyors cselekvésre való sürgetést.',
    },
    'educators-wellbeing-balance': {
      title: 'Beszéljen egyensúlyról, ne csak korlátokról',
      text: 'Beszélje meg a diákokkal, milyen érzéseket keltenek bennük a különböző online tevékenységek, és segítsen nekik észrevenni, mikor kell szünet. Ne állítsa be a képernyőidőt eleve ártalmasnak.',
    },
  },
} satisfies Translation;
