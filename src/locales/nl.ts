import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Safer Internet Centre Nederland (saferinternetcentre.nl/saferinternetday, 2024).
    dayName: 'Safer Internet Day',
    countdownUntil: 'Nog {duration} tot {name}, {date}',
    countdownToday: 'Vandaag is het {name}!',
    countdownHideSeconds: 'Seconden verbergen',
    countdownShowSeconds: 'Seconden tonen',
    countdownEnded: '{name} was op {date}.',
    eventUntil: 'Nog {duration} tot {date}',
    eventToday: 'Vandaag is het zover!',
    eventEnded: 'Dit vond plaats op {date}.',
    globalTheme: 'Samen voor een beter internet',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Scholen, gezinnen en organisaties in zo’n 190 landen doen mee. Vind een activiteit bij jou in de buurt.',
    bannerCta: 'Ontdek hoe je meedoet',
    bannerDismiss: 'Melding over {name} sluiten',
    carouselLabel: 'Tips om veilig online te zijn',
    carouselLabelFor: 'Tips voor {audiences} om veilig online te zijn',
    carouselAudienceChildren: 'kinderen',
    carouselAudienceTeens: 'tieners',
    carouselAudienceParents: 'ouders en verzorgers',
    carouselAudienceEducators: 'leraren',
    carouselRole: 'carrousel',
    carouselSlideRole: 'dia',
    carouselSlide: '{index} van {count}',
    carouselPrevious: 'Vorige tip',
    carouselNext: 'Volgende tip',
    carouselStop: 'Tips niet meer automatisch laten wisselen',
    carouselStart: 'Tips automatisch laten wisselen',
    carouselChildren: 'Voor kinderen',
    carouselTeens: 'Voor tieners',
    carouselParents: 'Voor ouders en verzorgers',
    carouselEducators: 'Voor leraren',
    calendarLink: 'Toevoegen aan agenda',
    helplineLine: 'Wil je met iemand praten? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Vertel het aan iemand die je vertrouwt',
      text: 'Maakt iets online je ongerust, verdrietig of in de war? Vertel het aan een volwassene die je vertrouwt. Je krijgt geen straf omdat je het vertelt.',
    },
    'children-password-secret': {
      title: 'Wachtwoorden zijn geheim',
      text: 'Houd je wachtwoorden voor jezelf, ook voor je beste vriend of vriendin. De volwassenen die voor je zorgen, kunnen je helpen ze te onthouden.',
    },
    'children-personal-info': {
      title: 'Houd je gegevens voor jezelf',
      text: 'Je volledige naam, je adres, je school en je telefoonnummer zijn van jou. Vraag het eerst aan een volwassene voordat je ze ergens online deelt.',
    },
    'children-be-kind': {
      title: 'Wees aardig online',
      text: 'Achter elk scherm zit een echt mens met echte gevoelens. Stuur alleen berichten die je ook gewoon in het echt tegen iemand zou zeggen.',
    },
    'children-strangers': {
      title: 'Niet iedereen is wie hij zegt te zijn',
      text: 'Mensen online kunnen doen alsof ze iemand anders zijn. Spreek nooit af met iemand die je alleen van internet kent.',
    },
    'children-true-or-not': {
      title: 'Is het echt waar?',
      text: 'Niet alles wat je online ziet, is waar, ook al lijkt het echt. Vraag het aan een volwassene of zoek het ergens anders op voordat je het gelooft.',
    },
    'children-free-prizes': {
      title: 'Gratis prijzen zijn een truc',
      text: 'Een bericht dat zegt dat je iets hebt gewonnen, is meestal een truc. Klik er niet op, maar laat het aan een volwassene zien.',
    },
    'children-screen-breaks': {
      title: 'Neem even pauze',
      text: 'Spelen en kijken is leuk, maar je ogen en je lijf hebben ook rust nodig. Stop even om te bewegen, buiten te spelen of te lezen.',
    },
    'children-block-report': {
      title: 'Je mag blokkeren en melden',
      text: 'Doet iemand gemeen of voel je je niet fijn door iemand? Dan kun je die persoon blokkeren en het melden. Vertel daarna aan een volwassene wat er is gebeurd.',
    },
    'children-photos': {
      title: 'Denk na voordat je een foto deelt',
      text: 'Een foto kan worden gekopieerd en doorgestuurd. Vraag het eerst voordat je een foto van iemand anders deelt, en vraag het aan een volwassene voordat je er een van jezelf deelt.',
    },
    'children-ai-helpers': {
      title: 'Chatbots kunnen zich vergissen',
      text: 'Computerhulpjes die met je chatten, kunnen fouten maken en toch heel zeker klinken. Kijk samen met een volwassene of in een boek of het klopt.',
    },
    'teens-digital-footprint': {
      title: 'Je posts blijven bestaan',
      text: 'Screenshots blijven bestaan als een post allang is verwijderd. Vraag jezelf voordat je iets deelt: vind ik het oké als iemand dit over vijf jaar ziet?',
    },
    'teens-two-step': {
      title: 'Zet tweestapsverificatie aan',
      text: 'Voeg bij je belangrijke accounts een tweede stap toe, zoals een code op je telefoon. Dan is alleen een gestolen wachtwoord niet genoeg om in te loggen.',
    },
    'teens-unique-passwords': {
      title: 'Eén wachtwoord per account',
      text: 'Lekt één site je wachtwoord, dan loopt elk account met datzelfde wachtwoord gevaar. Een wachtwoordmanager kan ze allemaal voor je onthouden.',
    },
    'teens-upstander': {
      title: 'Kom op voor een ander',
      text: 'Zie je dat iemand wordt gepest? Een privébericht met steun kan veel betekenen. Meld het pesten in plaats van het te delen.',
    },
    'teens-nudes-pressure': {
      title: 'Druk om foto’s te sturen',
      text: 'Niemand mag je onder druk zetten om intieme foto’s te sturen. Gebeurt het toch, of wordt er een beeld van jou gedeeld? Dan is het niet jouw schuld. Praat met iemand die je vertrouwt of met een hulplijn.',
    },
    'teens-deepfakes': {
      title: 'Nep kan er echt uitzien',
      text: 'AI kan foto’s, stemmen en video’s namaken die heel overtuigend lijken. Check eerst wie het heeft gepost en of betrouwbare bronnen hetzelfde melden.',
    },
    'teens-sextortion-scams': {
      title: 'Dreigementen zijn oplichting',
      text: 'Dreigt iemand beelden van je te delen als je niet betaalt? Stop met reageren, betaal niet, bewaar het bewijs en vertel het aan een volwassene of doe een melding.',
    },
    'teens-too-good': {
      title: 'Te mooi om waar te zijn?',
      text: 'Goedkope gamevaluta, gratis volgers en aanbiedingen voor makkelijk geld zijn vaak oplichting die het op je account of je gegevens heeft gemunt. Voel je je opgejaagd? Doe dan juist rustig aan.',
    },
    'teens-feed-feelings': {
      title: 'Let op wat je feed met je doet',
      text: 'Voel je je slechter na het scrollen? Demp accounts, ontvolg ze of neem een pauze. Jij bepaalt wat je te zien krijgt.',
    },
    'teens-location': {
      title: 'Check je locatie-instellingen',
      text: 'Sommige apps laten op een kaart of in fotogegevens zien waar je bent. Zet locatie delen uit, tenzij je het echt nodig hebt, en deel het alleen met mensen die je kent.',
    },
    'teens-talk-it-through': {
      title: 'Je hoeft het niet alleen op te lossen',
      text: 'Praten met een vriend, een familielid, een leraar of een hulplijn kan het makkelijker maken. Om hulp vragen is juist sterk.',
    },
    'parents-talk-early': {
      title: 'Praat vroeg en vaak',
      text: 'Vraag je kind wat het online leuk vindt en ook waar het zich zorgen over maakt. Regelmatige, rustige gesprekken maken het voor je kind makkelijker om naar je toe te komen als er iets misgaat.',
    },
    'parents-stay-calm': {
      title: 'Blijf rustig als je kind iets vertelt',
      text: 'Vertelt je kind over iets naars? Bedank je kind dan allereerst dat het je dit vertelt. Apparaten afpakken kan ervoor zorgen dat je kind het een volgende keer minder snel vertelt.',
    },
    'parents-settings-together': {
      title: 'Stel apps samen in',
      text: 'Loop de privacy-instellingen samen met je kind door als het een nieuwe app of game gaat gebruiken. Leg uit waarom elke instelling belangrijk is, zodat je kind het zelf leert.',
    },
    'parents-parental-controls': {
      title: 'Gebruik ouderlijk toezicht als hulpmiddel',
      text: 'Filters en tijdslimieten helpen, vooral bij jongere kinderen, maar geen enkele tool houdt alles tegen. Combineer ze met gesprekken en geef stap voor stap meer vertrouwen naarmate je kind ouder wordt.',
    },
    'parents-family-agreement': {
      title: 'Maak samen gezinsafspraken',
      text: 'Spreek samen af wanneer en waar apparaten worden gebruikt, bijvoorbeeld geen schermen aan tafel of ’s avonds op de slaapkamer. Regels die ook voor volwassenen gelden, zijn makkelijker vol te houden.',
    },
    'parents-sharenting': {
      title: 'Denk na voordat je over je kind post',
      text: 'Foto’s en verhalen die je nu deelt, worden deel van het online leven van je kind. Vraag oudere kinderen eerst of ze het goedvinden en vermijd details zoals de naam van de school.',
    },
    'parents-scam-signs': {
      title: 'Herken de signalen van oplichting',
      text: 'Haast, geheimzinnigheid en vragen om codes of betalingen zijn waarschuwingssignalen. Laat je kind zien hoe jij een bericht controleert voordat je er iets mee doet.',
    },
    'parents-in-app-purchases': {
      title: 'Houd grip op in-app-aankopen',
      text: 'Veel gratis games verdienen geld aan aankopen in het spel. Stel een wachtwoord in voor betalingen en bespreek hoe die aanbiedingen zijn bedacht om spelers te verleiden.',
    },
    'parents-ai-tools': {
      title: 'Ontdek samen AI-tools',
      text: 'Probeer samen met je kind een chatbot of beeldgenerator uit en bespreek wat er goed en fout gaat. Help je kind het te zien als hulpmiddel om kritisch naar te kijken, niet als autoriteit.',
    },
    'parents-model-habits': {
      title: 'Geef zelf het goede voorbeeld',
      text: 'Kinderen doen na wat ze zien. Leg je eigen telefoon weg als je tijd met het gezin doorbrengt: zo laat je zien hoe een gezonde balans eruitziet.',
    },
    'parents-bullied-online': {
      title: 'Als je kind online wordt gepest',
      text: 'Luister eerst. Help je kind daarna screenshots te bewaren, de betrokkenen te blokkeren en het te melden. Licht ook de school in en reageer niet boos namens je kind.',
    },
    'parents-account-security': {
      title: 'Beveilig de accounts van het gezin',
      text: 'Gebruik voor elk account een ander sterk wachtwoord, met tweestapsverificatie voor e-mail en appstores. Laat je kind zien hoe dat moet zodra het eigen accounts krijgt.',
    },
    'parents-know-reporting': {
      title: 'Weet hoe je iets meldt',
      text: 'Zoek uit hoe je blokkeert en meldt in de apps die je kind gebruikt, en waar de landelijke hulplijn en het meldpunt zijn. Als je dat vooraf weet, scheelt het tijd wanneer het erop aankomt.',
    },
    'educators-teach-evaluating': {
      title: 'Leer leerlingen bronnen checken',
      text: 'Oefen lateraal lezen: open nieuwe tabbladen om uit te zoeken wie er achter een bewering zit, voordat je erover oordeelt. Korte, regelmatige oefeningen werken beter dan één lange les.',
    },
    'educators-ai-literacy': {
      title: 'Maak AI onderdeel van mediawijsheid',
      text: 'Laat leerlingen voorbeelden zien van tekst en beelden die met AI zijn gemaakt, inclusief fouten. Bespreek hoe deze tools werken, waar hun data vandaan komen en wanneer het eerlijk is ze te gebruiken.',
    },
    'educators-safe-space': {
      title: 'Maak het makkelijk om iets te zeggen',
      text: 'Laat leerlingen weten bij wie ze op school terechtkunnen en dat er naar ze wordt geluisterd. Bied een discrete manier om iets te melden, zoals een vragenbus of een vaste contactpersoon.',
    },
    'educators-follow-procedure': {
      title: 'Volg de meldcode van je school',
      text: 'Vertelt een leerling dat hij online iets schadelijks heeft meegemaakt? Luister, beloof geen geheimhouding en geef het meteen door aan de aandachtsfunctionaris. Noteer wat er is gezegd, in de woorden van de leerling.',
    },
    'educators-cyberbullying-policy': {
      title: 'Neem online gedrag op in je beleid',
      text: 'Zorg dat het pestprotocol en het gedragsbeleid ook gelden voor wat online gebeurt, ook buiten schooltijd als het leerlingen raakt. Deel ze met de gezinnen.',
    },
    'educators-pupil-voice': {
      title: 'Laat leerlingen het voortouw nemen',
      text: 'Jongeren kennen de nieuwste apps en trends vaak het best. Betrek ze bij het plannen van lessen over online veiligheid en bij het lesgeven aan jongere leerlingen.',
    },
    'educators-privacy-classroom': {
      title: 'Bescherm de gegevens van leerlingen',
      text: 'Controleer of je toestemming hebt voordat je werk of foto’s van leerlingen online zet, en gebruik door school goedgekeurde tools die aan de privacyregels voldoen. Geef in de klas het goede voorbeeld op het gebied van privacy.',
    },
    'educators-accounts-security': {
      title: 'Beveilig je schoolaccounts',
      text: 'Gebruik sterke, unieke wachtwoorden en tweestapsverificatie voor schoolsystemen. Vergrendel je scherm als je van je bureau wegloopt, ook al is het maar voor een minuut.',
    },
    'educators-phishing': {
      title: 'Herken samen phishing',
      text: 'Gebruik in de klas echte, geanonimiseerde voorbeelden van nepmails en -berichten. Laat leerlingen de aanwijzingen zoeken, zoals vreemde afzenderadressen en druk om snel te handelen.',
    },
    'educators-wellbeing-balance': {
      title: 'Praat over balans, niet alleen over grenzen',
      text: 'Bespreek hoe leerlingen zich voelen bij verschillende online activiteiten, en help ze merken wanneer het tijd is voor een pauze. Doe niet alsof alle schermtijd schadelijk is.',
    },
  },
} satisfies Translation;
