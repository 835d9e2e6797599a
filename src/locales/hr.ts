import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Strukovna škola Đurđevac (ss-strukovna-djurdjevac.skole.hr, 2016), pointing to Croatia's Centar za sigurniji internet; also cropc.net (2015).
    dayName: 'Dan sigurnijeg interneta',
    countdownUntil: '{duration} do događaja „{name}”, {date}',
    countdownToday: 'Danas je {name}!',
    countdownHideSeconds: 'Sakrij sekunde',
    countdownShowSeconds: 'Prikaži sekunde',
    countdownEnded: '{name} održan je ({date}).',
    eventUntil: '{duration} do događaja, {date}',
    eventToday: 'Danas je taj dan!',
    eventEnded: 'Događaj je održan ({date}).',
    globalTheme: 'Zajedno za bolji internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Sudjeluju škole, obitelji i organizacije iz oko 190 zemalja. Pronađite aktivnost u svojoj blizini.',
    bannerCta: 'Saznajte kako sudjelovati',
    bannerDismiss: 'Zatvori obavijest: {name}',
    carouselLabel: 'Savjeti za sigurnost na internetu',
    carouselLabelFor: 'Savjeti za sigurnost na internetu za {audiences}',
    carouselAudienceChildren: 'djecu',
    carouselAudienceTeens: 'mlade',
    carouselAudienceParents: 'roditelje',
    carouselAudienceEducators: 'učitelje',
    carouselRole: 'vrtuljak',
    carouselSlideRole: 'slajd',
    carouselSlide: '{index} od {count}',
    carouselPrevious: 'Prethodni savjet',
    carouselNext: 'Sljedeći savjet',
    carouselStop: 'Zaustavi automatsku izmjenu savjeta',
    carouselStart: 'Pokreni automatsku izmjenu savjeta',
    carouselChildren: 'Za djecu',
    carouselTeens: 'Za mlade',
    carouselParents: 'Za roditelje',
    carouselEducators: 'Za učitelje',
    calendarLink: 'Dodaj u kalendar',
    helplineLine: 'Trebaš li s nekim razgovarati? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Reci nekome kome vjeruješ',
      text: 'Ako te nešto na internetu zabrine, rastuži ili zbuni, reci to odrasloj osobi kojoj vjeruješ. Nitko te neće kazniti ako to kažeš.',
    },
    'children-password-secret': {
      title: 'Lozinke su tajna',
      text: 'Ne govori nikome svoje lozinke, čak ni najboljem prijatelju ili prijateljici. Odrasli koji se brinu o tebi mogu ti pomoći da ih zapamtiš.',
    },
    'children-personal-info': {
      title: 'Čuvaj svoje podatke',
      text: 'Tvoje ime i prezime, adresa, škola i broj telefona pripadaju samo tebi. Pitaj odraslu osobu prije nego što ih igdje podijeliš na internetu.',
    },
    'children-be-kind': {
      title: 'Lijepo se ponašaj na internetu',
      text: 'Iza svakog ekrana nalazi se stvarna osoba sa stvarnim osjećajima. Šalji samo poruke koje možeš reći i licem u lice.',
    },
    'children-strangers': {
      title: 'Nije svatko onaj za koga se izdaje',
      text: 'Ljudi na internetu mogu se pretvarati da su netko drugi. Nikada ne pristaj na susret s nekim koga poznaješ samo s interneta.',
    },
    'children-true-or-not': {
      title: 'Je li to stvarno istina?',
      text: 'Nije istina sve što vidiš na internetu, čak i kad izgleda stvarno. Pitaj odraslu osobu ili provjeri na drugom mjestu prije nego što povjeruješ.',
    },
    'children-free-prizes': {
      title: 'Besplatne nagrade su trik',
      text: 'Poruka u kojoj piše da te čeka nagrada obično je trik. Nemoj kliknuti na nju, nego je pokaži odrasloj osobi.',
    },
    'children-screen-breaks': {
      title: 'Napravi pauzu',
      text: 'Igranje i gledanje videa su zabavni, ali i tvojim očima i tijelu treba odmor. Zastani malo da se razgibaš, igraš vani ili čitaš.',
    },
    'children-block-report': {
      title: 'Možeš blokirati i prijaviti',
      text: 'Ako je netko zločest prema tebi ili se zbog njega osjećaš nelagodno, možeš ga blokirati i prijaviti. Zatim reci odrasloj osobi što se dogodilo.',
    },
    'children-photos': {
      title: 'Razmisli prije nego što podijeliš fotografiju',
      text: 'Fotografija se može kopirati i poslati dalje. Prije nego što podijeliš fotografiju na kojoj je netko drugi, pitaj tu osobu, a za fotografiju na kojoj si ti pitaj odraslu osobu.',
    },
    'children-ai-helpers': {
      title: 'Chatbotovi mogu pogriješiti',
      text: 'Računalni pomoćnici koji razgovaraju s tobom mogu pogriješiti, a pritom zvučati vrlo sigurno. Provjeri ono što kažu s odraslom osobom ili u knjizi.',
    },
    'teens-digital-footprint': {
      title: 'Tvoje objave ostaju',
      text: 'Snimke zaslona traju dulje od izbrisanih objava. Prije nego što nešto podijeliš, pitaj se bi li ti bilo u redu da to netko vidi za pet godina.',
    },
    'teens-two-step': {
      title: 'Uključi prijavu u dva koraka',
      text: 'Svojim važnim računima dodaj drugi korak, primjerice kod na mobitelu. Tada sama ukradena lozinka nije dovoljna za ulaz.',
    },
    'teens-unique-passwords': {
      title: 'Jedna lozinka za svaki račun',
      text: 'Ako ti lozinka procuri s jedne stranice, ugrožen je svaki račun na kojem je koristiš. Upravitelj lozinki može ih sve zapamtiti umjesto tebe.',
    },
    'teens-upstander': {
      title: 'Nemoj samo promatrati',
      text: 'Kad vidiš da je netko meta zadirkivanja, privatna poruka podrške može puno značiti. Prijavi nasilje umjesto da ga dijeliš dalje.',
    },
    'teens-nudes-pressure': {
      title: 'Pritisak da pošalješ slike',
      text: 'Nitko nema pravo vršiti pritisak na tebe da šalješ intimne fotografije. Ako se to dogodi ili se podijeli tvoja slika, to nije tvoja krivnja: razgovaraj s nekim kome vjeruješ ili se javi savjetodavnoj liniji.',
    },
    'teens-deepfakes': {
      title: 'Lažno može izgledati stvarno',
      text: 'Umjetna inteligencija može stvoriti uvjerljive lažne fotografije, glasove i videozapise. Prvo provjeri tko je to objavio i prenose li isto pouzdani izvori.',
    },
    'teens-sextortion-scams': {
      title: 'Prijetnje su prijevara',
      text: 'Ako ti netko prijeti da će podijeliti slike ako ne platiš, prestani odgovarati, ne plaćaj, sačuvaj dokaze i reci odrasloj osobi ili to prijavi.',
    },
    'teens-too-good': {
      title: 'Predobro da bi bilo istinito?',
      text: 'Jeftina valuta za igre, besplatni pratitelji i ponude lake zarade često su prijevare koje ciljaju tvoj račun ili podatke. Ako te netko požuruje, uspori.',
    },
    'teens-feed-feelings': {
      title: 'Primijeti kako se osjećaš uz svoj feed',
      text: 'Ako se nakon skrolanja osjećaš lošije, utišaj, prestani pratiti ili napravi pauzu. Ti odlučuješ što gledaš.',
    },
    'teens-location': {
      title: 'Provjeri postavke lokacije',
      text: 'Neke aplikacije pokazuju gdje si na karti ili u podacima fotografije. Drži dijeljenje lokacije isključenim osim ako ti zaista treba, i to samo s ljudima koje poznaješ.',
    },
    'teens-talk-it-through': {
      title: 'Ne moraš se s tim nositi bez pomoći',
      text: 'Razgovor s prijateljem, članom obitelji, nastavnikom ili savjetodavnom linijom može olakšati stvari. Tražiti pomoć znak je snage.',
    },
    'parents-talk-early': {
      title: 'Razgovarajte rano i često',
      text: 'Pitajte dijete što voli raditi na internetu, ali i što ga brine. Redoviti, mirni razgovori olakšavaju mu da vam se obrati kad nešto pođe po zlu.',
    },
    'parents-stay-calm': {
      title: 'Ostanite mirni kad vam se povjeri',
      text: 'Ako vam dijete ispriča nešto uznemirujuće, najprije mu zahvalite što vam je reklo. Oduzimanje uređaja može ga odvratiti od toga da vam se sljedeći put povjeri.',
    },
    'parents-settings-together': {
      title: 'Postavite aplikacije zajedno',
      text: 'Prođite s djetetom kroz postavke privatnosti kad počne koristiti novu aplikaciju ili igru. Objasnite zašto je svaka postavka važna, kako bi to naučilo raditi samostalno.',
    },
    'parents-parental-controls': {
      title: 'Roditeljski nadzor kao pomoć',
      text: 'Filtri i vremenska ograničenja pomažu, osobito kod mlađe djece, ali nijedan alat ne zaustavlja sve. Kombinirajte ih s razgovorom i sve većim povjerenjem kako dijete raste.',
    },
    'parents-family-agreement': {
      title: 'Dogovorite obiteljska pravila',
      text: 'Zajedno odlučite kada i gdje se koriste uređaji, primjerice bez ekrana za stolom ili u spavaćim sobama noću. Pravila koja vrijede i za odrasle lakše se poštuju.',
    },
    'parents-sharenting': {
      title: 'Razmislite prije objave o djetetu',
      text: 'Fotografije i priče koje danas podijelite postaju dio djetetova života na internetu. Pitajte stariju djecu prije nego što objavite nešto o njima i izbjegavajte podatke poput imena škole.',
    },
    'parents-scam-signs': {
      title: 'Prepoznajte znakove prijevare',
      text: 'Žurba, tajnovitost i traženje kodova ili plaćanja znakovi su upozorenja. Pokažite djetetu kako provjeravate poruku prije nego što nešto poduzmete.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolirajte kupnje u aplikacijama',
      text: 'Mnoge besplatne igre zarađuju na kupnjama unutar igre. Uvedite lozinku za plaćanja i razgovarajte o tome kako su te ponude osmišljene da mame igrače.',
    },
    'parents-ai-tools': {
      title: 'Zajedno istražite alate umjetne inteligencije',
      text: 'Isprobajte s djetetom chatbot ili generator slika i razgovarajte o tome što radi dobro, a u čemu griješi. Pomozite mu da ga vidi kao alat koji treba propitivati, a ne kao autoritet.',
    },
    'parents-model-habits': {
      title: 'Budite primjer',
      text: 'Djeca oponašaju ono što vide. Kad odložite svoj mobitel tijekom obiteljskog vremena, pokazujete im kako izgleda zdrava ravnoteža.',
    },
    'parents-bullied-online': {
      title: 'Ako vaše dijete trpi nasilje na internetu',
      text: 'Najprije ga saslušajte, a zatim mu pomozite da spremi snimke zaslona, blokira umiješane osobe i prijavi nasilje. Obavijestite i školu te ne odgovarajte ljutito u djetetovo ime.',
    },
    'parents-account-security': {
      title: 'Zaštitite obiteljske račune',
      text: 'Za svaki račun koristite drugu jaku lozinku, a za e-poštu i trgovine aplikacija uključite prijavu u dva koraka. Pokažite djetetu kako to učiniti kad dobije vlastite račune.',
    },
    'parents-know-reporting': {
      title: 'Znajte kako prijaviti',
      text: 'Naučite kako blokirati i prijaviti u aplikacijama koje vaše dijete koristi te gdje su nacionalna savjetodavna linija i linija za prijavu sadržaja. Ako to znate unaprijed, uštedjet ćete vrijeme kad bude važno.',
    },
    'educators-teach-evaluating': {
      title: 'Poučite učenike kako provjeravati izvore',
      text: 'Vježbajte lateralno čitanje: otvorite nove kartice da biste saznali tko stoji iza neke tvrdnje prije nego što je procijenite. Kratke, redovite vježbe djeluju bolje od jednog dugog sata.',
    },
    'educators-ai-literacy': {
      title: 'Uključite UI u medijsku pismenost',
      text: 'Pokažite učenicima primjere teksta i slika koje je stvorila umjetna inteligencija, uključujući pogreške. Razgovarajte o tome kako ti alati rade, odakle dolaze njihovi podaci i kada ih je pošteno koristiti.',
    },
    'educators-safe-space': {
      title: 'Olakšajte učenicima da progovore',
      text: 'Neka učenici znaju kome se u školi mogu obratiti i da će ih se saslušati. Ponudite diskretan način prijave, poput kutije za pitanja ili imenovane osobe iz škole.',
    },
    'educators-follow-procedure': {
      title: 'Slijedite postupak zaštite djece',
      text: 'Ako vam učenik povjeri da mu je netko na internetu naudio, saslušajte ga, ne obećavajte tajnost i odmah obavijestite osobu zaduženu za zaštitu djece. Zapišite što je rekao, njegovim riječima.',
    },
    'educators-cyberbullying-policy': {
      title: 'Uključite ponašanje na internetu u pravilnike',
      text: 'Pobrinite se da pravila protiv vršnjačkog nasilja i pravilnik o ponašanju obuhvaćaju i ono što se događa na internetu, i izvan nastave kad to utječe na učenike. Podijelite ih s obiteljima.',
    },
    'educators-pupil-voice': {
      title: 'Neka učenici vode',
      text: 'Mladi često najbolje poznaju najnovije aplikacije i trendove. Uključite ih u planiranje sati o sigurnosti na internetu i u poučavanje mlađih učenika.',
    },
    'educators-privacy-classroom': {
      title: 'Zaštitite podatke učenika',
      text: 'Provjerite privolu prije objave učeničkih radova ili fotografija i koristite alate koje je odobrila škola i koji poštuju propise o zaštiti podataka. Na nastavi budite primjer dobrih navika u zaštiti privatnosti.',
    },
    'educators-accounts-security': {
      title: 'Zaštitite školske račune',
      text: 'Koristite jake, jedinstvene lozinke i prijavu u dva koraka za školske sustave. Zaključajte zaslon kad odlazite od stola, makar i na minutu.',
    },
    'educators-phishing': {
      title: 'Zajedno prepoznajte phishing',
      text: 'Na nastavi koristite stvarne, anonimizirane primjere lažnih e-poruka i poruka. Zamolite učenike da pronađu tragove, poput čudnih adresa pošiljatelja i pritiska da se brzo reagira.',
    },
    'educators-wellbeing-balance': {
      title: 'Govorite o ravnoteži, ne samo o ograničenjima',
      text: 'Razgovarajte o tome kako se učenici osjećaju pri različitim aktivnostima na internetu i pomozite im da primijete kad je vrijeme za pauzu. Nemojte svako vrijeme provedeno pred ekranom prikazivati kao štetno.',
    },
  },
} satisfies Translation;
