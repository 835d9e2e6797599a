import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: European Commission, digital-strategy.ec.europa.eu/sl/news/safer-internet-day-2025 (2025), and its Representation in Slovenia (2021).
    dayName: 'Dan varnejšega interneta',
    countdownUntil: 'Še {duration} do dogodka {name}, {date}',
    countdownToday: 'Danes je {name}!',
    countdownHideSeconds: 'Skrij sekunde',
    countdownShowSeconds: 'Prikaži sekunde',
    countdownEnded: '{name} je bil {date}.',
    eventUntil: 'Še {duration} do dogodka: {date}',
    eventToday: 'Danes je ta dan!',
    eventEnded: 'Dogodek je že mimo: {date}.',
    globalTheme: 'Skupaj za boljši internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Sodelujejo šole, družine in organizacije iz približno 190 držav. Poišči dejavnost v svoji bližini.',
    bannerCta: 'Izvedi, kako lahko sodeluješ',
    bannerDismiss: 'Zapri obvestilo o dogodku {name}',
    carouselLabel: 'Nasveti za varnost na spletu',
    carouselLabelFor: 'Nasveti za varnost na spletu, namenjeni {audiences}',
    carouselAudienceChildren: 'otrokom',
    carouselAudienceTeens: 'najstnikom',
    carouselAudienceParents: 'staršem in skrbnikom',
    carouselAudienceEducators: 'učiteljem in vzgojiteljem',
    carouselRole: 'vrtiljak',
    carouselSlideRole: 'diapozitiv',
    carouselSlide: '{index} od {count}',
    carouselPrevious: 'Prejšnji nasvet',
    carouselNext: 'Naslednji nasvet',
    carouselStop: 'Ustavi samodejno menjavanje nasvetov',
    carouselStart: 'Zaženi samodejno menjavanje nasvetov',
    carouselChildren: 'Za otroke',
    carouselTeens: 'Za najstnike',
    carouselParents: 'Za starše in skrbnike',
    carouselEducators: 'Za učitelje in vzgojitelje',
    calendarLink: 'Dodaj v koledar',
    helplineLine: 'Želiš se z nekom pogovoriti? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Povej nekomu, ki mu zaupaš',
      text: 'Če te kaj na spletu skrbi, žalosti ali zmede, povej odraslemu, ki mu zaupaš. Nihče te ne bo kregal, če poveš.',
    },
    'children-password-secret': {
      title: 'Gesla so skrivnost',
      text: 'Gesel ne zaupaj nikomur, niti najboljšemu prijatelju. Odrasli, ki skrbijo zate, ti lahko pomagajo, da si jih zapomniš.',
    },
    'children-personal-info': {
      title: 'Svoje podatke obdrži zase',
      text: 'Tvoje ime in priimek, naslov, šola in telefonska številka so samo tvoji. Preden jih kjer koli na spletu deliš, vprašaj odraslega.',
    },
    'children-be-kind': {
      title: 'Prijaznost velja tudi na spletu',
      text: 'Za vsakim zaslonom je resnična oseba s pravimi čustvi. Pošiljaj samo sporočila, ki bi jih brez težav povedal tudi v obraz.',
    },
    'children-strangers': {
      title: 'Ni vsak tisti, za kogar se izdaja',
      text: 'Ljudje na spletu se lahko pretvarjajo, da so nekdo drug. Nikoli se ne dogovori za srečanje z nekom, ki ga poznaš samo s spleta.',
    },
    'children-true-or-not': {
      title: 'Je to res?',
      text: 'Ni vse, kar vidiš na spletu, res, tudi če je videti resnično. Preden verjameš, vprašaj odraslega ali preveri še kje drugje.',
    },
    'children-free-prizes': {
      title: 'Brezplačne nagrade so prevara',
      text: 'Sporočilo, ki pravi, da si nekaj zadel, je običajno prevara. Ne klikaj nanj, ampak ga raje pokaži odraslemu.',
    },
    'children-screen-breaks': {
      title: 'Vzemi si odmor',
      text: 'Igranje in gledanje sta zabavna, a tudi tvoje oči in telo potrebujejo počitek. Za nekaj časa nehaj in se razgibaj, igraj se zunaj ali beri.',
    },
    'children-block-report': {
      title: 'Lahko blokiraš in prijaviš',
      text: 'Če je kdo grd do tebe ali ti je ob njem nelagodno, ga lahko blokiraš in prijaviš. Nato povej odraslemu, kaj se je zgodilo.',
    },
    'children-photos': {
      title: 'Premisli, preden deliš fotografijo',
      text: 'Fotografijo lahko kdo kopira in pošlje naprej. Preden deliš sliko nekoga drugega, najprej vprašaj njega. Preden deliš svojo, vprašaj odraslega.',
    },
    'children-ai-helpers': {
      title: 'Klepetalni roboti se lahko zmotijo',
      text: 'Računalniški pomočniki, ki klepetajo s tabo, se lahko zmotijo, čeprav zvenijo zelo prepričano. Kar povedo, preveri pri odraslem ali v knjigi.',
    },
    'teens-digital-footprint': {
      title: 'Tvoje objave ostanejo',
      text: 'Posnetki zaslona preživijo izbrisane objave. Preden nekaj deliš, se vprašaj, ali bi bilo zate v redu, če bi to kdo videl čez pet let.',
    },
    'teens-two-step': {
      title: 'Vklopi preverjanje v dveh korakih',
      text: 'Pomembnim računom dodaj drugi korak, na primer kodo na telefonu. Ukradeno geslo potem samo po sebi ne bo dovolj za vstop.',
    },
    'teens-unique-passwords': {
      title: 'Za vsak račun svoje geslo',
      text: 'Če ena stran razkrije tvoje geslo, so ogroženi vsi računi, kjer ga uporabljaš. Upravitelj gesel si jih lahko zapomni namesto tebe.',
    },
    'teens-upstander': {
      title: 'Postavi se za druge',
      text: 'Ko vidiš, da se kdo spravlja na nekoga, lahko zasebno sporočilo podpore veliko pomeni. Nasilje prijavi, namesto da ga deliš naprej.',
    },
    'teens-nudes-pressure': {
      title: 'Pritisk, da pošlješ slike',
      text: 'Nihče nima pravice, da te sili v pošiljanje intimnih fotografij. Če se to zgodi ali če kdo deli tvojo sliko, to ni tvoja krivda: pogovori se z nekom, ki mu zaupaš, ali se obrni na svetovalno linijo.',
    },
    'teens-deepfakes': {
      title: 'Ponaredki so lahko videti pravi',
      text: 'UI lahko ustvari lažne fotografije, glasove in videe, ki delujejo prepričljivo. Najprej preveri, kdo je to objavil in ali zanesljivi viri poročajo enako.',
    },
    'teens-sextortion-scams': {
      title: 'Grožnje so prevara',
      text: 'Če ti kdo grozi, da bo delil slike, če ne plačaš, nehaj odgovarjati, ne plačaj, shrani dokaze in povej odraslemu ali to prijavi.',
    },
    'teens-too-good': {
      title: 'Predobro, da bi bilo res?',
      text: 'Poceni valuta za igre, brezplačni sledilci in ponudbe za lahek zaslužek so pogosto prevare, ki merijo na tvoj račun ali podatke. Če te kaj priganja, si vzemi čas.',
    },
    'teens-feed-feelings': {
      title: 'Opazi, kako se počutiš ob objavah',
      text: 'Če se po drsenju po objavah počutiš slabše, utišaj račune, jim prenehaj slediti ali si vzemi odmor. Ti odločaš, kaj vidiš.',
    },
    'teens-location': {
      title: 'Preveri nastavitve lokacije',
      text: 'Nekatere aplikacije pokažejo, kje si, na zemljevidu ali v podatkih fotografij. Deljenje lokacije imej izklopljeno, razen če ga res potrebuješ, in lokacijo deli le z ljudmi, ki jih poznaš.',
    },
    'teens-talk-it-through': {
      title: 'S tem se ti ni treba spopadati sam',
      text: 'Pogovor s prijateljem, družinskim članom, učiteljem ali svetovalno linijo ti lahko olajša stvari. Prositi za pomoč je znak moči.',
    },
    'parents-talk-early': {
      title: 'Pogovarjajte se zgodaj in pogosto',
      text: 'Otroka vprašajte, kaj ga na spletu veseli in kaj ga skrbi. Redni, mirni pogovori mu olajšajo, da se obrne na vas, ko gre kaj narobe.',
    },
    'parents-stay-calm': {
      title: 'Ostanite mirni, ko vam otrok pove',
      text: 'Če vam otrok pove o nečem, kar ga je vznemirilo, se mu najprej zahvalite, da vam je povedal. Če mu odvzamete naprave, vam naslednjič morda ne bo povedal.',
    },
    'parents-settings-together': {
      title: 'Aplikacije nastavite skupaj',
      text: 'Ko otrok začne uporabljati novo aplikacijo ali igro, z njim preglejte nastavitve zasebnosti. Pojasnite, zakaj je vsaka nastavitev pomembna, da se bo naučil to narediti sam.',
    },
    'parents-parental-controls': {
      title: 'Starševski nadzor naj bo v pomoč',
      text: 'Filtri in časovne omejitve pomagajo, zlasti pri mlajših otrocih, vendar nobeno orodje ne ujame vsega. Združite jih s pogovori in zaupanjem, ki z otrokovo starostjo postopoma raste.',
    },
    'parents-family-agreement': {
      title: 'Dogovorite se za družinska pravila',
      text: 'Skupaj določite, kdaj in kje se uporabljajo naprave, na primer brez zaslonov pri obrokih ali ponoči v spalnicah. Pravil, ki veljajo tudi za odrasle, se je lažje držati.',
    },
    'parents-sharenting': {
      title: 'Premislite, preden objavite kaj o otroku',
      text: 'Fotografije in zgodbe, ki jih delite danes, postanejo del otrokovega življenja na spletu. Starejše otroke vprašajte, preden objavite kaj o njih, in ne navajajte podrobnosti, kot je ime šole.',
    },
    'parents-scam-signs': {
      title: 'Prepoznajte znake prevare',
      text: 'Nujnost, tajnost in zahteve po kodah ali plačilu so opozorilni znaki. Otroku pokažite, kako preverite sporočilo, preden se nanj odzovete.',
    },
    'parents-in-app-purchases': {
      title: 'Nadzorujte nakupe v aplikacijah',
      text: 'Mnoge brezplačne igre služijo z nakupi znotraj igre. Za plačila zahtevajte geslo in se pogovorite o tem, kako so te ponudbe zasnovane, da bi igralce premamile.',
    },
    'parents-ai-tools': {
      title: 'Orodja UI raziskujte skupaj',
      text: 'Z otrokom preizkusite klepetalnega robota ali generator slik in se pogovorite, kaj naredi prav in kaj narobe. Pomagajte mu, da ga vidi kot orodje, ki ga je treba kritično presojati, ne kot avtoriteto.',
    },
    'parents-model-habits': {
      title: 'Bodite zgled',
      text: 'Otroci posnemajo, kar vidijo. Ko med družinskim časom odložite svoj telefon, jim pokažete, kako je videti zdravo ravnovesje.',
    },
    'parents-bullied-online': {
      title: 'Če je otrok žrtev spletnega nasilja',
      text: 'Najprej prisluhnite, nato mu pomagajte shraniti posnetke zaslona, blokirati vpletene in nasilje prijaviti. Obvestite tudi šolo in se v otrokovem imenu ne odzivajte v jezi.',
    },
    'parents-account-security': {
      title: 'Zavarujte družinske račune',
      text: 'Za vsak račun uporabite drugo močno geslo, za e-pošto in trgovine z aplikacijami pa tudi preverjanje v dveh korakih. Ko bo otrok dobil svoje račune, mu pokažite, kako to stori sam.',
    },
    'parents-know-reporting': {
      title: 'Spoznajte možnosti prijave',
      text: 'Naučite se blokirati in prijavljati v aplikacijah, ki jih uporablja otrok, in preverite, kje sta nacionalna svetovalna linija in prijavna točka. Če to veste vnaprej, prihranite čas, ko gre zares.',
    },
    'educators-teach-evaluating': {
      title: 'Naučite učence preverjati vire',
      text: 'Vadite lateralno branje: odprite nove zavihke in ugotovite, kdo stoji za trditvijo, preden jo presodite. Kratke, redne vaje so učinkovitejše od ene dolge učne ure.',
    },
    'educators-ai-literacy': {
      title: 'UI naj bo del medijske pismenosti',
      text: 'Učencem pokažite primere besedil in slik, ki jih je ustvarila UI, tudi z napakami. Pogovorite se, kako ta orodja delujejo, od kod so njihovi podatki in kdaj je njihova uporaba poštena.',
    },
    'educators-safe-space': {
      title: 'Omogočite učencem, da spregovorijo',
      text: 'Učencem povejte, s kom se lahko v šoli pogovorijo in da jih bodo poslušali. Ponudite diskreten način prijave, na primer skrinjico za vprašanja ali določenega zaposlenega.',
    },
    'educators-follow-procedure': {
      title: 'Ravnajte po protokolu za zaščito otrok',
      text: 'Če vam učenec zaupa, da je na spletu doživel kaj škodljivega, prisluhnite, ne obljubljajte molčečnosti in to takoj sporočite osebi, odgovorni za zaščito otrok. Zapišite, kaj je povedal, z njegovimi besedami.',
    },
    'educators-cyberbullying-policy': {
      title: 'Vključite spletno vedenje v pravila',
      text: 'Poskrbite, da pravila proti nasilju in vzgojni načrt zajemajo dogajanje na spletu, tudi zunaj pouka, kadar vpliva na učence. Z njimi seznanite družine.',
    },
    'educators-pupil-voice': {
      title: 'Naj vodijo učenci',
      text: 'Mladi pogosto najbolje poznajo najnovejše aplikacije in trende. Vključite jih v načrtovanje ur o varni rabi interneta in v poučevanje mlajših učencev.',
    },
    'educators-privacy-classroom': {
      title: 'Zaščitite podatke učencev',
      text: 'Pred objavo izdelkov ali fotografij učencev preverite soglasja in uporabljajte orodja, ki jih je odobrila šola in so skladna s pravili varstva podatkov. V razredu bodite zgled dobrih navad glede zasebnosti.',
    },
    'educators-accounts-security': {
      title: 'Zavarujte svoje šolske račune',
      text: 'Za šolske sisteme uporabljajte različna močna gesla in preverjanje v dveh korakih. Ko zapustite delovno mesto, zaklenite zaslon, tudi če greste le za minuto.',
    },
    'educators-phishing': {
      title: 'Skupaj prepoznajte lažna sporočila',
      text: 'Pri pouku uporabite resnične, anonimizirane primere lažnih e-poštnih in drugih sporočil. Naj učenci poiščejo namige, kot so nenavadni naslovi pošiljateljev in pritisk, da hitro ukrepajo.',
    },
    'educators-wellbeing-balance': {
      title: 'Govorite o ravnovesju, ne le o omejitvah',
      text: 'Pogovorite se, kako se učenci počutijo ob različnih dejavnostih na spletu, in jim pomagajte opaziti, kdaj je čas za odmor. Ne predstavljajte vsega časa pred zasloni kot škodljivega.',
    },
  },
} satisfies Translation;
