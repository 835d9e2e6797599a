import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: the Targalt Internetis project (Estonian Safer Internet Centre) at Lastekaitse Liit (ajakiri.lastekaitseliit.ee, 2019; lastekaitseliit.ee, 2012).
    dayName: 'Turvalise interneti päev',
    countdownUntil: '{duration} on jäänud, kuni saabub {name}, {date}',
    countdownToday: 'Täna on {name}!',
    countdownHideSeconds: 'Peida sekundid',
    countdownShowSeconds: 'Kuva sekundid',
    countdownEnded: '{name} oli {date}.',
    eventUntil: '{duration} on jäänud, kuni saabub {date}',
    eventToday: 'Täna on see päev!',
    eventEnded: 'Sündmus toimus ({date}).',
    globalTheme: 'Koos parema interneti nimel',
    bannerDay: '{name} {year}',
    bannerMessage: 'Kaasa löövad koolid, pered ja organisatsioonid umbes 190 riigist. Leia tegevus enda lähedal.',
    bannerCta: 'Vaata, kuidas osaleda',
    bannerDismiss: 'Sulge teade: {name}',
    carouselLabel: 'Nõuanded turvaliseks internetikasutuseks',
    carouselLabelFor: 'Nõuanded {audiences} turvaliseks internetikasutuseks',
    carouselAudienceChildren: 'lastele',
    carouselAudienceTeens: 'noortele',
    carouselAudienceParents: 'lapsevanematele',
    carouselAudienceEducators: 'õpetajatele',
    carouselRole: 'karussell',
    carouselSlideRole: 'slaid',
    carouselSlide: '{index} / {count}',
    carouselPrevious: 'Eelmine nõuanne',
    carouselNext: 'Järgmine nõuanne',
    carouselStop: 'Peata nõuannete automaatne vahetumine',
    carouselStart: 'Käivita nõuannete automaatne vahetumine',
    carouselChildren: 'Lastele',
    carouselTeens: 'Noortele',
    carouselParents: 'Lapsevanematele',
    carouselEducators: 'Õpetajatele',
    calendarLink: 'Lisa kalendrisse',
    helplineLine: 'Kas sul on vaja kellegagi rääkida? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Räägi kellelegi, keda usaldad',
      text: 'Kui miski internetis tekitab sinus muret, kurbust või segadust, räägi sellest täiskasvanule, keda usaldad. Sind ei karistata selle eest, et rääkisid.',
    },
    'children-password-secret': {
      title: 'Paroolid on saladused',
      text: 'Ära ütle oma paroole kellelegi, isegi mitte parimale sõbrale. Täiskasvanud, kes sinu eest hoolitsevad, aitavad sul neid meeles pidada.',
    },
    'children-personal-info': {
      title: 'Hoia oma andmed enda teada',
      text: 'Sinu täisnimi, aadress, kool ja telefoninumber on ainult sinu jaoks. Enne kui neid kuskil internetis jagad, küsi täiskasvanult.',
    },
    'children-be-kind': {
      title: 'Ole internetis sõbralik',
      text: 'Iga ekraani taga on päris inimene päris tunnetega. Saada ainult selliseid sõnumeid, mida ütleksid hea meelega ka silmast silma.',
    },
    'children-strangers': {
      title: 'Igaüks ei ole see, kelleks end nimetab',
      text: 'Internetis võivad inimesed teeselda, et nad on keegi teine. Ära kunagi nõustu kohtuma kellegagi, keda tunned ainult internetist.',
    },
    'children-true-or-not': {
      title: 'Kas see on ikka tõsi?',
      text: 'Kõik, mida internetis näed, ei ole tõsi, isegi kui see näeb välja nagu päris. Küsi täiskasvanult või kontrolli mujalt, enne kui seda usud.',
    },
    'children-free-prizes': {
      title: 'Tasuta auhind on lõks',
      text: 'Sõnum, mis ütleb, et oled midagi võitnud, on tavaliselt pettus. Ära sellele klõpsa, vaid näita seda hoopis täiskasvanule.',
    },
    'children-screen-breaks': {
      title: 'Tee paus',
      text: 'Mängida ja vaadata on lõbus, aga ka sinu silmad ja keha vajavad puhkust. Tee vahepeal pausi, et liikuda, õues mängida või lugeda.',
    },
    'children-block-report': {
      title: 'Sa saad blokeerida ja teatada',
      text: 'Kui keegi on õel või tekitab sinus ebamugavust, saad ta blokeerida ja sellest teatada. Siis räägi täiskasvanule, mis juhtus.',
    },
    'children-photos': {
      title: 'Mõtle enne, kui pilti jagad',
      text: 'Pilti saab kopeerida ja edasi saata. Küsi enne luba, kui jagad kellegi teise pilti, ja küsi täiskasvanult, enne kui jagad pilti endast.',
    },
    'children-ai-helpers': {
      title: 'Vestlusrobotid võivad eksida',
      text: 'Arvutiabilised, kes sinuga vestlevad, võivad teha vigu ja kõlada väga kindlalt. Kontrolli nende juttu koos täiskasvanuga või raamatust.',
    },
    'teens-digital-footprint': {
      title: 'Sinu postitused jäävad alles',
      text: 'Ekraanipildid elavad kauem kui kustutatud postitused. Enne jagamist küsi endalt, kas oleksid nõus, et seda nähakse ka viie aasta pärast.',
    },
    'teens-two-step': {
      title: 'Lülita sisse kaheastmeline sisselogimine',
      text: 'Lisa oma tähtsatele kontodele teine samm, näiteks kood telefonis. Siis ei piisa sissepääsuks ainult varastatud paroolist.',
    },
    'teens-unique-passwords': {
      title: 'Iga konto jaoks oma parool',
      text: 'Kui mõni leht su parooli lekitab, on ohus kõik kontod, kus sa seda kasutad. Paroolihaldur suudab need kõik sinu eest meeles pidada.',
    },
    'teens-upstander': {
      title: 'Ära jää kõrvaltvaatajaks',
      text: 'Kui näed, et kedagi kiusatakse, võib toetav privaatsõnum palju tähendada. Teata kiusamisest, selle asemel et seda edasi jagada.',
    },
    'teens-nudes-pressure': {
      title: 'Surve intiimpilte saata',
      text: 'Kellelgi pole õigust survestada sind intiimpilte saatma. Kui see juhtub või sinu pilti jagatakse, pole see sinu süü: räägi kellegagi, keda usaldad, või pöördu abitelefoni poole.',
    },
    'teens-deepfakes': {
      title: 'Võltsingud võivad näida ehtsad',
      text: 'Tehisintellekt suudab võltsida pilte, hääli ja videoid, mis tunduvad usutavad. Kontrolli kõigepealt, kes selle postitas ja kas usaldusväärsed allikad räägivad sama.',
    },
    'teens-sextortion-scams': {
      title: 'Ähvardused on pettus',
      text: 'Kui keegi nõuab raha ja ähvardab muidu sinu pilte jagada, lõpeta vastamine, ära maksa, hoia tõendid alles ja räägi täiskasvanule või teata sellest.',
    },
    'teens-too-good': {
      title: 'Liiga hea, et olla tõsi?',
      text: 'Odav mänguraha, tasuta jälgijad ja kerge raha pakkumised on sageli pettused, mille eesmärk on saada kätte sinu konto või andmed. Kui tundub, et sind kiirustatakse tagant, võta hoog maha.',
    },
    'teens-feed-feelings': {
      title: 'Pane tähele, mida su voog sinus tekitab',
      text: 'Kui pärast kerimist on tuju halvem, vaigista, lõpeta jälgimine või tee paus. Sina otsustad, mida näed.',
    },
    'teens-location': {
      title: 'Kontrolli asukohaseadeid',
      text: 'Mõni rakendus näitab sinu asukohta kaardil või fotode andmetes. Hoia asukoha jagamine väljas, kui sul seda päriselt vaja pole, ja jaga seda ainult tuttavatega.',
    },
    'teens-talk-it-through': {
      title: 'Sa ei pea sellega üksi hakkama saama',
      text: 'Rääkimine sõbra, pereliikme, õpetaja või abitelefoniga võib asja kergemaks teha. Abi küsimine näitab jõudu.',
    },
    'parents-talk-early': {
      title: 'Rääkige varakult ja sageli',
      text: 'Küsige lapselt, mis talle internetis meeldib ja mis teeb muret. Regulaarsed ja rahulikud vestlused aitavad tal teie poole pöörduda, kui midagi valesti läheb.',
    },
    'parents-stay-calm': {
      title: 'Jääge rahulikuks, kui laps räägib',
      text: 'Kui laps räägib teile millestki häirivast, tänage teda kõigepealt, et ta rääkis. Kui võtate seadmed ära, ei pruugi ta järgmisel korral enam rääkida.',
    },
    'parents-settings-together': {
      title: 'Seadistage rakendused koos',
      text: 'Vaadake privaatsusseaded lapsega koos üle, kui ta hakkab kasutama uut rakendust või mängu. Selgitage, miks iga säte on oluline, et ta õpiks seda ise tegema.',
    },
    'parents-parental-controls': {
      title: 'Vanemlik kontroll kui abiline',
      text: 'Filtrid ja ajapiirangud aitavad, eriti nooremate laste puhul, kuid ükski tööriist ei suuda kõike tõkestada. Kasutage neid koos vestlustega ja usaldage last tema kasvades järjest rohkem.',
    },
    'parents-family-agreement': {
      title: 'Leppige kokku pere reeglid',
      text: 'Otsustage koos, millal ja kus seadmeid kasutatakse, näiteks ei mingeid ekraane söögilauas ega öösel magamistubades. Reegleid, mis kehtivad ka täiskasvanutele, on lihtsam järgida.',
    },
    'parents-sharenting': {
      title: 'Mõelge enne, kui lapsest postitate',
      text: 'Täna jagatud fotod ja lood saavad osaks teie lapse elust internetis. Küsige vanematelt lastelt enne nende kohta postitamist luba ja vältige selliseid üksikasju nagu kooli nimi.',
    },
    'parents-scam-signs': {
      title: 'Tundke ära pettuse märgid',
      text: 'Kiirustamine, saladuslikkus ning koodide või makse küsimine on ohumärgid. Näidake lapsele, kuidas te sõnumit enne tegutsemist kontrollite.',
    },
    'parents-in-app-purchases': {
      title: 'Hoidke rakendusesisesed ostud kontrolli all',
      text: 'Paljud tasuta mängud teenivad raha mängusiseste ostudega. Seadke maksetele parool ja rääkige, kuidas need pakkumised on loodud mängijaid ahvatlema.',
    },
    'parents-ai-tools': {
      title: 'Avastage tehisintellekti tööriistu koos',
      text: 'Proovige koos lapsega vestlusrobotit või pildigeneraatorit ja arutage, mida see teeb õigesti ja mida valesti. Aidake tal näha selles tööriista, mida tuleb kahtluse alla seada, mitte autoriteeti.',
    },
    'parents-model-habits': {
      title: 'Olge eeskujuks',
      text: 'Lapsed teevad järele seda, mida näevad. Kui panete pereajal oma telefoni ära, näitate neile, kuidas tervislik tasakaal välja näeb.',
    },
    'parents-bullied-online': {
      title: 'Kui last kiusatakse internetis',
      text: 'Kõigepealt kuulake, siis aidake tal salvestada ekraanipilte, blokeerida asjaosalised ja kiusamisest teatada. Andke teada ka koolile ning ärge vastake lapse eest vihaselt.',
    },
    'parents-account-security': {
      title: 'Kaitske pere kontosid',
      text: 'Kasutage igal kontol erinevat tugevat parooli ning e-posti ja rakenduste poodide jaoks kaheastmelist sisselogimist. Näidake lapsele, kuidas sama teha, kui ta hakkab ise kontosid looma.',
    },
    'parents-know-reporting': {
      title: 'Teadke, kuidas teatada',
      text: 'Uurige, kuidas blokeerida ja teatada rakendustes, mida teie laps kasutab, ning kust leida oma riigi abitelefon ja vihjeliin. Kui teate seda ette, säästate olulisel hetkel aega.',
    },
    'educators-teach-evaluating': {
      title: 'Õpetage allikaid kontrollima',
      text: 'Harjutage külgsuunalist lugemist: avage uusi vahekaarte, et enne väite hindamist uurida, kes selle taga on. Lühikesed regulaarsed harjutused toimivad paremini kui üks pikk tund.',
    },
    'educators-ai-literacy': {
      title: 'Tehisintellekt osaks meediapädevusest',
      text: 'Näidake õpilastele tehisintellekti loodud tekstide ja piltide näiteid, ka vigu. Arutage, kuidas need tööriistad töötavad, kust nende andmed pärinevad ja millal on nende kasutamine aus.',
    },
    'educators-safe-space': {
      title: 'Tehke rääkimine lihtsaks',
      text: 'Andke õpilastele teada, kellega nad koolis rääkida saavad ja et neid kuulatakse. Pakkuge diskreetset võimalust teatada, näiteks küsimuste kasti või kindlat töötajat.',
    },
    'educators-follow-procedure': {
      title: 'Järgige lastekaitse korda',
      text: 'Kui õpilane räägib internetis kogetud kahjust, kuulake, ärge lubage saladust hoida ja andke info kohe edasi selleks määratud vastutavale isikule. Pange kirja, mida ta ütles, tema enda sõnadega.',
    },
    'educators-cyberbullying-policy': {
      title: 'Lisage reeglitesse ka veebikäitumine',
      text: 'Veenduge, et kiusamisvastased reeglid ja käitumisreeglid hõlmaksid ka internetis toimuvat, sealhulgas väljaspool kooliaega, kui see õpilasi mõjutab. Jagage neid peredega.',
    },
    'educators-pupil-voice': {
      title: 'Laske õpilastel juhtida',
      text: 'Noored tunnevad uusimaid rakendusi ja trende sageli kõige paremini. Kaasake nad internetiohutuse tundide kavandamisse ja nooremate õpilaste õpetamisse.',
    },
    'educators-privacy-classroom': {
      title: 'Kaitske õpilaste andmeid',
      text: 'Kontrollige nõusolekut enne õpilaste tööde või fotode avaldamist ning kasutage kooli heakskiidetud tööriistu, mis vastavad andmekaitsereeglitele. Näidake klassis privaatsuse hoidmisel head eeskuju.',
    },
    'educators-accounts-security': {
      title: 'Kaitske oma koolikontosid',
      text: 'Kasutage koolisüsteemides tugevaid ja kordumatuid paroole ning kaheastmelist sisselogimist. Lukustage ekraan, kui lahkute laua tagant, kas või minutiks.',
    },
    'educators-phishing': {
      title: 'Õppige koos õngitsust ära tundma',
      text: 'Kasutage tunnis tegelikke, anonüümseks muudetud näiteid võltsitud e-kirjadest ja sõnumitest. Laske õpilastel leida vihjeid, näiteks kummalisi saatja aadresse ja survet kiiresti tegutseda.',
    },
    'educators-wellbeing-balance': {
      title: 'Tasakaal, mitte ainult piirangud',
      text: 'Arutage, milliseid tundeid erinevad tegevused internetis õpilastes tekitavad, ja aidake neil märgata, millal on aeg puhata. Ärge esitage kogu ekraaniaega kahjulikuna.',
    },
  },
} satisfies Translation;
