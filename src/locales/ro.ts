import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Moldova's Ministry of Labour and Social Protection, as quoted by zdg.md (2026); also cugetliber.ro (undated).
    dayName: 'Ziua Siguranței pe Internet',
    countdownUntil: '{duration} până la {name}, {date}',
    countdownToday: 'Astăzi este {name}!',
    countdownHideSeconds: 'Ascunde secundele',
    countdownShowSeconds: 'Afișează secundele',
    countdownEnded: '{name} a avut loc {date}.',
    eventUntil: '{duration} până la {date}',
    eventToday: 'Astăzi este ziua cea mare!',
    eventEnded: 'Evenimentul a avut loc {date}.',
    globalTheme: 'Împreună pentru un internet mai bun',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Participă școli, familii și organizații din aproximativ 190 de țări. Găsește o activitate lângă tine.',
    bannerCta: 'Află cum poți participa',
    bannerDismiss: 'Închide anunțul despre {name}',
    carouselLabel: 'Sfaturi pentru siguranța online',
    carouselLabelFor: 'Sfaturi pentru siguranța online destinate {audiences}',
    carouselAudienceChildren: 'copiilor',
    carouselAudienceTeens: 'adolescenților',
    carouselAudienceParents: 'părinților',
    carouselAudienceEducators: 'profesorilor',
    carouselRole: 'carusel',
    carouselSlideRole: 'diapozitiv',
    carouselSlide: '{index} din {count}',
    carouselPrevious: 'Sfatul anterior',
    carouselNext: 'Sfatul următor',
    carouselStop: 'Oprește schimbarea automată a sfaturilor',
    carouselStart: 'Pornește schimbarea automată a sfaturilor',
    carouselChildren: 'Pentru copii',
    carouselTeens: 'Pentru adolescenți',
    carouselParents: 'Pentru părinți',
    carouselEducators: 'Pentru profesori',
    calendarLink: 'Adaugă în calendar',
    helplineLine: 'Ai nevoie să vorbești cu cineva? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Spune unui adult de încredere',
      text: 'Dacă ceva de pe internet te îngrijorează, te întristează sau te încurcă, spune-i unui adult în care ai încredere. Nu o să ai probleme pentru că ai spus.',
    },
    'children-password-secret': {
      title: 'Parolele sunt secrete',
      text: 'Nu le spune nimănui parolele tale, nici măcar celui mai bun prieten. Adulții care au grijă de tine te pot ajuta să ți le amintești.',
    },
    'children-personal-info': {
      title: 'Datele tale sunt doar ale tale',
      text: 'Numele tău complet, adresa, școala și numărul de telefon sunt doar ale tale. Întreabă un adult înainte să le scrii undeva pe internet.',
    },
    'children-be-kind': {
      title: 'Poartă-te frumos pe internet',
      text: 'În spatele fiecărui ecran e un om adevărat, cu sentimente adevărate. Trimite doar mesaje pe care le-ai spune liniștit și față în față.',
    },
    'children-strangers': {
      title: 'Nu toți sunt cine spun că sunt',
      text: 'Pe internet, oamenii se pot da drept altcineva. Nu accepta niciodată să te întâlnești cu cineva pe care îl știi doar de pe internet.',
    },
    'children-true-or-not': {
      title: 'Chiar e adevărat?',
      text: 'Nu tot ce vezi pe internet e adevărat, chiar dacă pare real. Întreabă un adult sau verifică și în alt loc înainte să crezi.',
    },
    'children-free-prizes': {
      title: 'Premiile gratis sunt o păcăleală',
      text: 'Un mesaj care spune că ai câștigat ceva e de obicei o păcăleală. Nu apăsa pe el, ci arată-l unui adult.',
    },
    'children-screen-breaks': {
      title: 'Ia o pauză',
      text: 'E distractiv să te joci și să te uiți la ecran, dar și ochii și corpul tău au nevoie de odihnă. Oprește-te puțin ca să te miști, să te joci afară sau să citești.',
    },
    'children-block-report': {
      title: 'Poți să blochezi și să raportezi',
      text: 'Dacă cineva e rău cu tine sau te face să nu te simți bine, îl poți bloca și raporta. Apoi spune-i unui adult ce s-a întâmplat.',
    },
    'children-photos': {
      title: 'Gândește-te înainte să trimiți o poză',
      text: 'O poză poate fi copiată și trimisă mai departe. Întreabă persoana înainte să trimiți o poză cu ea și cere voie unui adult înainte să trimiți una cu tine.',
    },
    'children-ai-helpers': {
      title: 'Chatboții pot greși',
      text: 'Programele de pe calculator care vorbesc cu tine pot greși, chiar dacă par foarte sigure pe ele. Verifică ce spun cu un adult sau într-o carte.',
    },
    'teens-digital-footprint': {
      title: 'Postările tale rămân',
      text: 'Capturile de ecran rămân și după ce ștergi o postare. Înainte să postezi, întreabă-te dacă ai fi de acord să fie văzută și peste cinci ani.',
    },
    'teens-two-step': {
      title: 'Activează autentificarea în doi pași',
      text: 'Adaugă un al doilea pas la conturile importante, de exemplu un cod pe telefon. Așa, o parolă furată nu mai e de ajuns ca cineva să intre.',
    },
    'teens-unique-passwords': {
      title: 'O parolă pentru fiecare cont',
      text: 'Dacă parola ta se scurge de pe un site, toate conturile care o folosesc sunt în pericol. Un manager de parole le poate ține minte pe toate în locul tău.',
    },
    'teens-upstander': {
      title: 'Ia atitudine',
      text: 'Când vezi că cineva e luat la țintă, un mesaj privat de susținere poate conta mult. Raportează bullyingul în loc să-l dai mai departe.',
    },
    'teens-nudes-pressure': {
      title: 'Presiuni să trimiți poze',
      text: 'Nimeni nu are dreptul să te preseze să trimiți poze intime. Dacă se întâmplă sau dacă o poză cu tine e distribuită, nu e vina ta: vorbește cu cineva de încredere sau cu o linie de ajutor.',
    },
    'teens-deepfakes': {
      title: 'Falsurile pot părea reale',
      text: 'Inteligența artificială poate crea poze, voci și clipuri false foarte convingătoare. Verifică mai întâi cine a postat și dacă surse de încredere spun același lucru.',
    },
    'teens-sextortion-scams': {
      title: 'Amenințările sunt o înșelătorie',
      text: 'Dacă cineva te amenință că va distribui imagini în cazul în care nu plătești, nu mai răspunde, nu plăti, păstrează dovezile și spune-i unui adult sau raportează.',
    },
    'teens-too-good': {
      title: 'Prea frumos ca să fie adevărat?',
      text: 'Monedele de joc ieftine, urmăritorii gratis și ofertele de bani ușori sunt adesea înșelătorii care îți vizează contul sau datele. Dacă cineva te grăbește, ia-o mai încet.',
    },
    'teens-feed-feelings': {
      title: 'Cum te simți după ce derulezi?',
      text: 'Dacă derulatul te face să te simți mai rău, ascunde conturi, nu le mai urmări sau ia o pauză. Tu decizi ce vezi.',
    },
    'teens-location': {
      title: 'Verifică setările de localizare',
      text: 'Unele aplicații arată unde ești pe o hartă sau în datele pozelor. Ține partajarea locației oprită dacă nu ai neapărat nevoie de ea și activeaz-o doar pentru oameni pe care îi cunoști.',
    },
    'teens-talk-it-through': {
      title: 'Nu trebuie să treci prin asta fără ajutor',
      text: 'Să vorbești cu un prieten, cu cineva din familie, cu un profesor sau cu o linie de ajutor poate face lucrurile mai ușoare. E un semn de putere să ceri ajutor.',
    },
    'parents-talk-early': {
      title: 'Vorbiți devreme și des',
      text: 'Întrebați-vă copilul ce îi place pe internet, dar și ce îl îngrijorează. Discuțiile calme și regulate îl ajută să vină mai ușor la dumneavoastră când ceva nu merge bine.',
    },
    'parents-stay-calm': {
      title: 'Păstrați-vă calmul când vă spune',
      text: 'Dacă copilul vă povestește ceva supărător, mai întâi mulțumiți-i că v-a spus. Dacă îi luați dispozitivele, s-ar putea să nu vă mai spună data viitoare.',
    },
    'parents-settings-together': {
      title: 'Configurați aplicațiile împreună',
      text: 'Treceți prin setările de confidențialitate împreună cu copilul când începe să folosească o aplicație sau un joc nou. Explicați-i de ce contează fiecare, ca să învețe să le facă singur.',
    },
    'parents-parental-controls': {
      title: 'Controlul parental e un ajutor',
      text: 'Filtrele și limitele de timp ajută, mai ales la copiii mici, dar niciun instrument nu prinde tot. Combinați-le cu discuții și cu tot mai multă încredere pe măsură ce copilul crește.',
    },
    'parents-family-agreement': {
      title: 'Stabiliți reguli în familie',
      text: 'Hotărâți împreună când și unde se folosesc dispozitivele, de exemplu fără ecrane la masă sau în dormitoare noaptea. Regulile valabile și pentru adulți se respectă mai ușor.',
    },
    'parents-sharenting': {
      title: 'Atenție la ce postați despre copil',
      text: 'Pozele și poveștile pe care le distribuiți azi devin parte din viața online a copilului. Întrebați copiii mai mari înainte să postați despre ei și evitați detalii precum numele școlii.',
    },
    'parents-scam-signs': {
      title: 'Recunoașteți semnele unei înșelătorii',
      text: 'Graba, cererea de a păstra secretul și solicitările de coduri sau plăți sunt semne de alarmă. Arătați-i copilului cum verificați un mesaj înainte să faceți ceva.',
    },
    'parents-in-app-purchases': {
      title: 'Controlați achizițiile din aplicații',
      text: 'Multe jocuri gratuite câștigă bani din achizițiile făcute în joc. Activați solicitarea parolei pentru plăți și discutați cum sunt gândite aceste oferte ca să-i tenteze pe jucători.',
    },
    'parents-ai-tools': {
      title: 'Explorați împreună instrumente de IA',
      text: 'Încercați cu copilul un chatbot sau un generator de imagini și discutați ce face bine și unde greșește. Ajutați-l să vadă aceste instrumente ca pe ceva de pus la îndoială, nu ca pe o autoritate.',
    },
    'parents-model-habits': {
      title: 'Fiți un exemplu',
      text: 'Copiii copiază ce văd. Când lăsați telefonul deoparte în timpul petrecut în familie, le arătați cum arată un echilibru sănătos.',
    },
    'parents-bullied-online': {
      title: 'Dacă copilul e hărțuit online',
      text: 'Mai întâi ascultați, apoi ajutați-l să păstreze capturi de ecran, să-i blocheze pe cei implicați și să raporteze. Anunțați și școala și evitați să răspundeți furios în numele copilului.',
    },
    'parents-account-security': {
      title: 'Securizați conturile familiei',
      text: 'Folosiți câte o parolă puternică și diferită pentru fiecare cont, cu autentificare în doi pași pe e-mail și în magazinele de aplicații. Arătați-i copilului cum să facă la fel când are conturi proprii.',
    },
    'parents-know-reporting': {
      title: 'Aflați cum să raportați',
      text: 'Aflați cum se blochează și se raportează în aplicațiile folosite de copil și care sunt liniile naționale de ajutor și de raportare. Dacă știți dinainte, câștigați timp când contează.',
    },
    'educators-teach-evaluating': {
      title: 'Învățați-i să verifice sursele',
      text: 'Exersați lectura laterală: deschideți file noi ca să aflați cine se află în spatele unei afirmații înainte de a o judeca. Exercițiile scurte și regulate merg mai bine decât o lecție lungă.',
    },
    'educators-ai-literacy': {
      title: 'Includeți IA în educația media',
      text: 'Arătați-le elevilor exemple de texte și imagini generate de IA, inclusiv greșeli. Discutați cum funcționează aceste instrumente, de unde provin datele lor și când e corect să fie folosite.',
    },
    'educators-safe-space': {
      title: 'Încurajați elevii să vorbească',
      text: 'Spuneți-le elevilor cu cine pot vorbi la școală și că vor fi ascultați. Oferiți un mod discret de a semnala probleme, cum ar fi o cutie pentru întrebări sau o persoană anume din școală.',
    },
    'educators-follow-procedure': {
      title: 'Respectați procedura de protecție',
      text: 'Dacă un elev vă spune că a pățit ceva rău online, ascultați-l, nu promiteți că păstrați secretul și anunțați imediat responsabilul desemnat cu protecția copilului. Notați ce a spus, cu cuvintele lui.',
    },
    'educators-cyberbullying-policy': {
      title: 'Includeți mediul online în regulamente',
      text: 'Asigurați-vă că regulile anti-bullying și de conduită acoperă și ce se întâmplă online, inclusiv în afara orelor, când îi afectează pe elevi. Prezentați-le și familiilor.',
    },
    'educators-pupil-voice': {
      title: 'Lăsați elevii să conducă',
      text: 'Tinerii cunosc adesea cel mai bine aplicațiile și tendințele noi. Implicați-i în planificarea lecțiilor despre siguranța online și lăsați-i să-i învețe pe cei mai mici.',
    },
    'educators-privacy-classroom': {
      title: 'Protejați datele elevilor',
      text: 'Verificați acordul înainte să publicați lucrări sau poze ale elevilor și folosiți instrumente aprobate de școală, conforme cu regulile de protecție a datelor. La clasă, fiți un exemplu de bune practici de confidențialitate.',
    },
    'educators-accounts-security': {
      title: 'Securizați-vă conturile de la școală',
      text: 'Folosiți parole puternice și unice și autentificare în doi pași pentru sistemele școlii. Blocați ecranul când vă ridicați de la calculator, chiar și pentru un minut.',
    },
    'educators-phishing': {
      title: 'Recunoașteți phishingul împreună',
      text: 'Folosiți la clasă exemple reale, anonimizate, de e-mailuri și mesaje false. Cereți-le elevilor să găsească indiciile, cum ar fi adrese ciudate ale expeditorului sau presiunea de a acționa repede.',
    },
    'educators-wellbeing-balance': {
      title: 'Vorbiți despre echilibru, nu doar despre limite',
      text: 'Discutați cum se simt elevii după diferite activități online și ajutați-i să-și dea seama când au nevoie de o pauză. Evitați să prezentați tot timpul petrecut în fața ecranului ca fiind dăunător.',
    },
  },
} satisfies Translation;
