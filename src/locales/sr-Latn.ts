import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: Serbian Ministry of Information and Telecommunications (arhiva.mtt.gov.rs; pametnoibezbedno.gov.rs).
    dayName: 'Dan bezbednog interneta',
    countdownUntil: 'Još {duration} do obeležavanja „{name}“, {date}',
    countdownToday: 'Danas je {name}!',
    countdownHideSeconds: 'Sakrij sekunde',
    countdownShowSeconds: 'Prikaži sekunde',
    countdownEnded: '{name} je obeležen ({date}).',
    eventUntil: 'Još {duration} do događaja, {date}',
    eventToday: 'Danas je taj dan!',
    eventEnded: 'Događaj je održan ({date}).',
    globalTheme: 'Zajedno za bolji internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Učestvuju škole, porodice i organizacije iz oko 190 zemalja. Pronađite aktivnost u svojoj blizini.',
    bannerCta: 'Saznajte kako da učestvujete',
    bannerDismiss: 'Zatvori obaveštenje: {name}',
    carouselLabel: 'Saveti za bezbednost na internetu',
    carouselLabelFor: 'Saveti za bezbednost na internetu namenjeni {audiences}',
    carouselAudienceChildren: 'deci',
    carouselAudienceTeens: 'mladima',
    carouselAudienceParents: 'roditeljima i starateljima',
    carouselAudienceEducators: 'nastavnicima i edukatorima',
    carouselRole: 'vrteška',
    carouselSlideRole: 'slajd',
    carouselSlide: '{index} od {count}',
    carouselPrevious: 'Prethodni savet',
    carouselNext: 'Sledeći savet',
    carouselStop: 'Zaustavi automatsko smenjivanje saveta',
    carouselStart: 'Pokreni automatsko smenjivanje saveta',
    carouselChildren: 'Za decu',
    carouselTeens: 'Za mlade',
    carouselParents: 'Za roditelje i staratelje',
    carouselEducators: 'Za nastavnike i edukatore',
    calendarLink: 'Dodaj u kalendar',
    helplineLine: 'Treba ti neko za razgovor? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Reci nekome kome veruješ',
      text: 'Ako te nešto na internetu zabrine, rastuži ili zbuni, reci to odrasloj osobi kojoj veruješ. Niko te neće kazniti zato što govoriš o tome.',
    },
    'children-password-secret': {
      title: 'Lozinke su tajna',
      text: 'Ne govori nikome svoje lozinke, čak ni najboljem drugu ili drugarici. Odrasli koji brinu o tebi mogu da ti pomognu da ih zapamtiš.',
    },
    'children-personal-info': {
      title: 'Čuvaj svoje podatke',
      text: 'Tvoje ime i prezime, adresa, škola i broj telefona pripadaju samo tebi. Pitaj odraslu osobu pre nego što ih bilo gde podeliš na internetu.',
    },
    'children-be-kind': {
      title: 'Lepo se ponašaj na internetu',
      text: 'Iza svakog ekrana nalazi se prava osoba sa pravim osećanjima. Šalji samo poruke koje bi ti bilo prijatno da kažeš i licem u lice.',
    },
    'children-strangers': {
      title: 'Nije svako onaj za koga se predstavlja',
      text: 'Ljudi na internetu mogu da se pretvaraju da su neko drugi. Nikada ne pristaj da se nađeš sa nekim koga poznaješ samo sa interneta.',
    },
    'children-true-or-not': {
      title: 'Da li je to zaista istina?',
      text: 'Nije istina sve što vidiš na internetu, čak i kad izgleda stvarno. Pitaj odraslu osobu ili proveri na drugom mestu pre nego što poveruješ.',
    },
    'children-free-prizes': {
      title: 'Besplatne nagrade su trik',
      text: 'Poruka u kojoj piše da te čeka nagrada obično je trik. Nemoj da klikneš na nju, već je pokaži odrasloj osobi.',
    },
    'children-screen-breaks': {
      title: 'Napravi pauzu',
      text: 'Igranje i gledanje video-snimaka je zabavno, ali i tvojim očima i telu treba odmor. Prekini na neko vreme: razmrdaj se, igraj se napolju ili čitaj.',
    },
    'children-block-report': {
      title: 'Možeš da blokiraš i prijaviš',
      text: 'Ako se neko ružno ponaša prema tebi ili ti je zbog njega neprijatno, možeš da ga blokiraš i prijaviš. Onda reci odrasloj osobi šta se desilo.',
    },
    'children-photos': {
      title: 'Razmisli pre nego što podeliš fotografiju',
      text: 'Fotografija može da se kopira i pošalje dalje. Pre nego što podeliš nečiju fotografiju, pitaj tu osobu za dozvolu, a pre nego što podeliš fotografiju na kojoj si ti, pitaj odraslu osobu.',
    },
    'children-ai-helpers': {
      title: 'Četbotovi mogu da pogreše',
      text: 'Računarski pomoćnici koji se dopisuju s tobom mogu da pogreše, a da pri tome zvuče kao da su potpuno sigurni. Zato pitaj odraslu osobu ili proveri u knjizi da li je tačno to što kažu.',
    },
    'teens-digital-footprint': {
      title: 'Objave ostaju',
      text: 'Snimci ekrana traju duže od obrisanih objava. Pre nego što nešto podeliš, zapitaj se da li bi ti bilo u redu da to neko vidi i za pet godina.',
    },
    'teens-two-step': {
      title: 'Uključi verifikaciju u dva koraka',
      text: 'Svojim važnim nalozima dodaj drugi korak, na primer kod na telefonu. Tada ukradena lozinka sama po sebi nije dovoljna da neko uđe u nalog.',
    },
    'teens-unique-passwords': {
      title: 'Posebna lozinka za svaki nalog',
      text: 'Ako tvoja lozinka procuri sa jednog sajta, u opasnosti je svaki nalog na kome je koristiš. Menadžer lozinki može da ih zapamti sve umesto tebe.',
    },
    'teens-upstander': {
      title: 'Ne budi samo posmatrač',
      text: 'Kad vidiš da nekog maltretiraju, privatna poruka podrške može mnogo da znači. Prijavi maltretiranje umesto da ga širiš dalje.',
    },
    'teens-nudes-pressure': {
      title: 'Pritisak da šalješ slike',
      text: 'Niko nema pravo da te pritiska da šalješ intimne fotografije. Ako se to desi ili neko podeli tvoju sliku, to nije tvoja krivica: razgovaraj sa nekim kome veruješ ili se obrati liniji za pomoć.',
    },
    'teens-deepfakes': {
      title: 'Lažno može da izgleda stvarno',
      text: 'Veštačka inteligencija može da napravi lažne fotografije, glasove i video-snimke koji deluju ubedljivo. Prvo proveri ko je to objavio i da li pouzdani izvori prenose isto.',
    },
    'teens-sextortion-scams': {
      title: 'Pretnje su prevara',
      text: 'Ako ti neko preti da će podeliti slike ukoliko ne platiš, prestani da odgovaraš, nemoj da plaćaš, sačuvaj dokaze i reci odrasloj osobi ili to prijavi.',
    },
    'teens-too-good': {
      title: 'Previše dobro da bi bilo istinito?',
      text: 'Jeftina valuta za igrice, besplatni pratioci i ponude za laku zaradu često su prevare kojima je cilj tvoj nalog ili tvoji podaci. Ako osećaš da te požuruju, uspori.',
    },
    'teens-feed-feelings': {
      title: 'Primeti kako se osećaš zbog objava koje gledaš',
      text: 'Ako se posle skrolovanja osećaš lošije, utišaj naloge, prestani da ih pratiš ili napravi pauzu. Ti odlučuješ šta ćeš da gledaš.',
    },
    'teens-location': {
      title: 'Proveri podešavanja lokacije',
      text: 'Neke aplikacije pokazuju gde se nalaziš, na mapi ili u podacima fotografija. Drži deljenje lokacije isključenim osim ako ti zaista treba, i deli je samo sa ljudima koje poznaješ.',
    },
    'teens-talk-it-through': {
      title: 'Ne moraš to da rešavaš bez ičije pomoći',
      text: 'Može da ti bude lakše kad porazgovaraš sa prijateljem, nekim iz porodice ili nastavnikom, ili kad se obratiš liniji za pomoć. Tražiti pomoć je znak snage.',
    },
    'parents-talk-early': {
      title: 'Razgovarajte rano i često',
      text: 'Pitajte dete šta voli da radi na internetu, ali i šta ga brine. Redovni, mirni razgovori olakšavaju detetu da vam se obrati kad nešto krene naopako.',
    },
    'parents-stay-calm': {
      title: 'Ostanite mirni kad vam dete nešto ispriča',
      text: 'Ako vam dete ispriča nešto uznemirujuće, pre svega mu zahvalite što vam je reklo. Ako mu oduzmete uređaje, možda vam sledeći put neće reći.',
    },
    'parents-settings-together': {
      title: 'Podesite aplikacije zajedno',
      text: 'Prođite sa detetom kroz podešavanja privatnosti kada počne da koristi novu aplikaciju ili igricu. Objasnite zašto je svako podešavanje važno, da bi dete naučilo da to radi samo.',
    },
    'parents-parental-controls': {
      title: 'Roditeljska kontrola kao pomoć',
      text: 'Filteri i vremenska ograničenja pomažu, naročito kod mlađe dece, ali nijedan alat ne može sve da zaustavi. Kombinujte ih sa razgovorom i sa sve više poverenja kako dete raste.',
    },
    'parents-family-agreement': {
      title: 'Dogovorite porodična pravila',
      text: 'Zajedno odlučite kada i gde se koriste uređaji, na primer bez ekrana tokom obroka ili u spavaćim sobama noću. Pravila koja važe i za odrasle lakše se poštuju.',
    },
    'parents-sharenting': {
      title: 'Razmislite pre nego što objavite nešto o detetu',
      text: 'Fotografije i priče koje danas delite postaju deo detetovog života na internetu. Pitajte stariju decu pre nego što objavite nešto o njima i izbegavajte detalje kao što je naziv škole.',
    },
    'parents-scam-signs': {
      title: 'Prepoznajte znake prevare',
      text: 'Žurba, tajnovitost i traženje kodova ili plaćanja znaci su upozorenja. Pokažite detetu kako proveravate poruku pre nego što bilo šta uradite.',
    },
    'parents-in-app-purchases': {
      title: 'Kontrolišite kupovinu u aplikacijama',
      text: 'Mnoge besplatne igrice zarađuju od kupovine unutar igre. Podesite da se za svako plaćanje traži lozinka i razgovarajte o tome kako su te ponude smišljene da namame igrače.',
    },
    'parents-ai-tools': {
      title: 'Istražite zajedno alate veštačke inteligencije',
      text: 'Isprobajte sa detetom četbot ili generator slika i razgovarajte o tome šta radi dobro, a gde greši. Pomozite detetu da u tome vidi alat koji treba preispitivati, a ne autoritet.',
    },
    'parents-model-habits': {
      title: 'Budite primer',
      text: 'Deca oponašaju ono što vide. Kad odložite svoj telefon dok ste sa porodicom, pokazujete im kako izgleda zdrava ravnoteža.',
    },
    'parents-bullied-online': {
      title: 'Ako dete trpi nasilje na internetu',
      text: 'Prvo saslušajte dete, a onda mu pomozite da sačuva snimke ekrana, blokira umešane osobe i prijavi nasilje. Obavestite i školu i nemojte u ljutnji da odgovarate u ime deteta.',
    },
    'parents-account-security': {
      title: 'Zaštitite porodične naloge',
      text: 'Za svaki nalog koristite posebnu jaku lozinku, a za imejl i prodavnice aplikacija uključite verifikaciju u dva koraka. Pokažite detetu kako da uradi isto kad dobije svoje naloge.',
    },
    'parents-know-reporting': {
      title: 'Saznajte kako se prijavljuje',
      text: 'Naučite kako se blokira i prijavljuje u aplikacijama koje vaše dete koristi i saznajte koja je nacionalna linija za pomoć i gde se prijavljuje nezakonit sadržaj. Kad to znate unapred, uštedećete vreme kad je najvažnije.',
    },
    'educators-teach-evaluating': {
      title: 'Naučite učenike da proveravaju izvore',
      text: 'Vežbajte lateralno čitanje: u novim karticama saznajte ko stoji iza neke tvrdnje pre nego što je procenite. Kratke, redovne vežbe deluju bolje od jednog dugog časa.',
    },
    'educators-ai-literacy': {
      title: 'Uključite veštačku inteligenciju u medijsku pismenost',
      text: 'Pokažite učenicima primere tekstova i slika koje je napravila veštačka inteligencija, uključujući i greške. Razgovarajte o tome kako ti alati rade, odakle potiču njihovi podaci i kada je pošteno koristiti ih.',
    },
    'educators-safe-space': {
      title: 'Olakšajte učenicima da progovore',
      text: 'Recite učenicima sa kim u školi mogu da razgovaraju i da će ih neko saslušati. Ponudite diskretan način prijavljivanja, na primer kutiju za pitanja ili osobu iz škole koja je zadužena za to.',
    },
    'educators-follow-procedure': {
      title: 'Poštujte školski protokol o zaštiti',
      text: 'Ako vam učenik poveri da mu je na internetu naneta šteta, saslušajte ga, ne obećavajte tajnost i odmah to prenesite osobi zaduženoj za zaštitu učenika u vašoj školi. Zabeležite šta je rekao, njegovim rečima.',
    },
    'educators-cyberbullying-policy': {
      title: 'Obuhvatite ponašanje na internetu školskim pravilima',
      text: 'Postarajte se da pravila protiv vršnjačkog nasilja i pravila ponašanja obuhvate i ono što se dešava na internetu, i van nastave kad to pogađa učenike. Upoznajte porodice sa tim pravilima.',
    },
    'educators-pupil-voice': {
      title: 'Neka učenici preuzmu vođstvo',
      text: 'Mladi često najbolje poznaju najnovije aplikacije i trendove. Uključite ih u planiranje časova o bezbednosti na internetu i u podučavanje mlađih učenika.',
    },
    'educators-privacy-classroom': {
      title: 'Zaštitite podatke učenika',
      text: 'Proverite da li imate saglasnost pre nego što objavite radove ili fotografije učenika i koristite alate koje je škola odobrila i koji poštuju propise o zaštiti podataka. Na času svojim primerom pokazujte dobre navike u čuvanju privatnosti.',
    },
    'educators-accounts-security': {
      title: 'Zaštitite svoje školske naloge',
      text: 'Za školske sisteme koristite jake, jedinstvene lozinke i verifikaciju u dva koraka. Zaključajte ekran kad ustanete od stola, čak i na minut.',
    },
    'educators-phishing': {
      title: 'Zajedno prepoznajte fišing',
      text: 'Na času koristite stvarne, anonimizovane primere lažnih imejlova i poruka. Zamolite učenike da pronađu tragove, kao što su čudne adrese pošiljalaca i pritisak da se brzo reaguje.',
    },
    'educators-wellbeing-balance': {
      title: 'Govorite o ravnoteži, ne samo o ograničenjima',
      text: 'Razgovarajte o tome kako se učenici osećaju pri različitim aktivnostima na internetu i pomozite im da primete kad treba da naprave pauzu. Nemojte svo vreme provedeno pred ekranom predstavljati kao štetno.',
    },
  },
} satisfies Translation;
