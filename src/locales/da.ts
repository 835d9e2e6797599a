import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: European Commission, digital-strategy.ec.europa.eu/da/policies/safer-internet-day (2023), whose Danish text keeps the English name.
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} til {name}, {date}',
    countdownToday: 'I dag er det {name}!',
    countdownHideSeconds: 'Skjul sekunderne',
    countdownShowSeconds: 'Vis sekunderne',
    countdownEnded: '{name} fandt sted {date}.',
    eventUntil: '{duration} til {date}',
    eventToday: 'I dag er dagen!',
    eventEnded: 'Det fandt sted {date}.',
    globalTheme: 'Sammen for et bedre internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Skoler, familier og organisationer i omkring 190 lande deltager. Find en aktivitet nær dig.',
    bannerCta: 'Se, hvordan du kan være med',
    bannerDismiss: 'Luk meddelelsen om {name}',
    carouselLabel: 'Gode råd om sikkerhed på nettet',
    carouselLabelFor: 'Gode råd om sikkerhed på nettet til {audiences}',
    carouselAudienceChildren: 'børn',
    carouselAudienceTeens: 'unge',
    carouselAudienceParents: 'forældre',
    carouselAudienceEducators: 'lærere og pædagoger',
    carouselRole: 'karrusel',
    carouselSlideRole: 'dias',
    carouselSlide: '{index} af {count}',
    carouselPrevious: 'Forrige råd',
    carouselNext: 'Næste råd',
    carouselStop: 'Stop de skiftende råd',
    carouselStart: 'Start de skiftende råd',
    carouselChildren: 'Til børn',
    carouselTeens: 'Til unge',
    carouselParents: 'Til forældre',
    carouselEducators: 'Til lærere og pædagoger',
    calendarLink: 'Tilføj til kalender',
    helplineLine: 'Har du brug for at tale med nogen? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Fortæl det til en, du stoler på',
      text: 'Hvis noget på nettet gør dig bekymret, ked af det eller forvirret, så fortæl det til en voksen, du stoler på. Du får ikke skæld ud for at fortælle det.',
    },
    'children-password-secret': {
      title: 'Adgangskoder er hemmelige',
      text: 'Hold dine adgangskoder for dig selv – også over for din bedste ven. De voksne, der passer på dig, kan hjælpe dig med at huske dem.',
    },
    'children-personal-info': {
      title: 'Hold dine oplysninger for dig selv',
      text: 'Dit fulde navn, din adresse, din skole og dit telefonnummer skal du passe godt på. Spørg en voksen, før du deler dem nogen steder på nettet.',
    },
    'children-be-kind': {
      title: 'Vær sød på nettet',
      text: 'Bag hver skærm sidder et rigtigt menneske med rigtige følelser. Send kun beskeder, som du også gerne ville sige til personen ansigt til ansigt.',
    },
    'children-strangers': {
      title: 'Ikke alle er dem, de siger, de er',
      text: 'Folk på nettet kan lade, som om de er en anden. Sig aldrig ja til at mødes med en, du kun kender fra internettet.',
    },
    'children-true-or-not': {
      title: 'Er det nu også rigtigt?',
      text: 'Ikke alt, hvad du ser på nettet, er sandt, selv om det ser ægte ud. Spørg en voksen, eller tjek et andet sted, før du tror på det.',
    },
    'children-free-prizes': {
      title: 'Gratis præmier er fup',
      text: 'En besked om, at du har vundet noget, er som regel fup. Klik ikke på den – vis den til en voksen i stedet.',
    },
    'children-screen-breaks': {
      title: 'Hold en pause',
      text: 'Det er sjovt at spille og se videoer, men dine øjne og din krop har også brug for hvile. Stop et stykke tid, og bevæg dig, leg udenfor eller læs.',
    },
    'children-block-report': {
      title: 'Du kan blokere og anmelde det',
      text: 'Hvis nogen er led ved dig eller gør dig utryg, kan du blokere dem og anmelde det. Fortæl bagefter en voksen, hvad der skete.',
    },
    'children-photos': {
      title: 'Tænk dig om, før du deler et billede',
      text: 'Et billede kan kopieres og sendes videre. Spørg om lov, før du deler et billede af en anden, og spørg en voksen, før du deler et af dig selv.',
    },
    'children-ai-helpers': {
      title: 'Chatbots kan tage fejl',
      text: 'Programmer, der chatter med dig, kan tage fejl og alligevel lyde helt sikre. Tjek, hvad de siger, med en voksen eller i en bog.',
    },
    'teens-digital-footprint': {
      title: 'Dine opslag bliver hængende',
      text: 'Skærmbilleder lever videre, selv når opslaget er slettet. Før du deler noget, så spørg dig selv, om det er okay, at det bliver set om fem år.',
    },
    'teens-two-step': {
      title: 'Slå totrinsbekræftelse til',
      text: 'Tilføj et ekstra trin, fx en kode på din telefon, til dine vigtige konti. Så er en stjålet adgangskode ikke nok til at komme ind.',
    },
    'teens-unique-passwords': {
      title: 'Én adgangskode pr. konto',
      text: 'Hvis én side lækker din adgangskode, er alle konti, der bruger den, i fare. En adgangskodeadministrator kan huske dem alle for dig.',
    },
    'teens-upstander': {
      title: 'Stå op for andre',
      text: 'Når du ser nogen blive hakket på, kan en privat besked med støtte betyde meget. Anmeld mobningen i stedet for at dele den.',
    },
    'teens-nudes-pressure': {
      title: 'Pres for at sende billeder',
      text: 'Ingen har ret til at presse dig til at sende intime billeder. Hvis det sker, eller et billede af dig bliver delt, er det ikke din skyld: Tal med en, du stoler på, eller kontakt en rådgivning.',
    },
    'teens-deepfakes': {
      title: 'Det falske kan se ægte ud',
      text: 'AI kan lave falske billeder, stemmer og videoer, der virker overbevisende. Tjek først, hvem der har lagt det op, og om troværdige kilder siger det samme.',
    },
    'teens-sextortion-scams': {
      title: 'Trusler er svindel',
      text: 'Hvis nogen truer med at dele billeder, medmindre du betaler, så stop med at svare, betal ikke, gem beviserne, og fortæl det til en voksen eller anmeld det.',
    },
    'teens-too-good': {
      title: 'For godt til at være sandt?',
      text: 'Billig spilvaluta, gratis følgere og tilbud om nemme penge er ofte svindel, der er ude efter din konto eller dine oplysninger. Føler du dig presset til at skynde dig, så sæt tempoet ned.',
    },
    'teens-feed-feelings': {
      title: 'Mærk efter, hvad dit feed gør ved dig',
      text: 'Hvis du får det dårligere af at scrolle, så sæt konti på lydløs, stop med at følge dem, eller hold en pause. Det er dig, der bestemmer, hvad du ser.',
    },
    'teens-location': {
      title: 'Tjek dine placeringsindstillinger',
      text: 'Nogle apps viser, hvor du er, på et kort eller i billeddata. Hold placeringsdeling slået fra, medmindre du virkelig har brug for den, og del kun med folk, du kender.',
    },
    'teens-talk-it-through': {
      title: 'Du behøver ikke klare det alene',
      text: 'Det kan gøre tingene lettere at tale med en ven, et familiemedlem, en lærer eller en rådgivning. Det er stærkt at bede om hjælp.',
    },
    'parents-talk-early': {
      title: 'Tal med dit barn tidligt og tit',
      text: 'Spørg dit barn, hvad det kan lide på nettet, og hvad der bekymrer det. Faste, rolige snakke gør det lettere for barnet at komme til dig, når noget går galt.',
    },
    'parents-stay-calm': {
      title: 'Bevar roen, når barnet fortæller',
      text: 'Hvis dit barn fortæller om noget ubehageligt, så tak det først og fremmest for at fortælle dig det. Tager du skærmene fra barnet, fortæller det dig måske ikke noget næste gang.',
    },
    'parents-settings-together': {
      title: 'Indstil apps sammen',
      text: 'Gennemgå privatlivsindstillingerne sammen med dit barn, når det begynder at bruge en ny app eller et nyt spil. Forklar, hvorfor hver indstilling betyder noget, så barnet lærer at gøre det selv.',
    },
    'parents-parental-controls': {
      title: 'Brug forældrekontrol som en hjælp',
      text: 'Filtre og tidsgrænser hjælper, især for yngre børn, men intet værktøj fanger alt. Kombiner dem med samtaler og gradvist mere tillid, efterhånden som dit barn bliver ældre.',
    },
    'parents-family-agreement': {
      title: 'Aftal familiens regler',
      text: 'Beslut sammen, hvornår og hvor skærmene bruges, fx ingen skærme ved måltiderne eller på værelserne om natten. Regler, der også gælder de voksne, er lettere at holde.',
    },
    'parents-sharenting': {
      title: 'Tænk dig om, før du deler noget om dit barn',
      text: 'Billeder og historier, du deler i dag, bliver en del af dit barns liv på nettet. Spørg større børn, før du deler noget om dem, og undgå detaljer som skolens navn.',
    },
    'parents-scam-signs': {
      title: 'Kend tegnene på svindel',
      text: 'Hastværk, hemmelighedskræmmeri og krav om koder eller betaling er advarselstegn. Vis dit barn, hvordan du tjekker en besked, før du reagerer på den.',
    },
    'parents-in-app-purchases': {
      title: 'Hold styr på køb i apps',
      text: 'Mange gratis spil tjener penge på køb inde i spillet. Kræv en adgangskode ved betaling, og tal om, hvordan tilbuddene er designet til at friste spillerne.',
    },
    'parents-ai-tools': {
      title: 'Udforsk AI-værktøjer sammen',
      text: 'Prøv en chatbot eller en billedgenerator sammen med dit barn, og tal om, hvad den gør rigtigt og forkert. Hjælp barnet med at se den som et værktøj, man skal stille spørgsmål ved, ikke som en autoritet.',
    },
    'parents-model-habits': {
      title: 'Vær det gode eksempel',
      text: 'Børn gør, som de ser andre gøre. Når du lægger din egen telefon væk i familietiden, viser du, hvordan en sund balance ser ud.',
    },
    'parents-bullied-online': {
      title: 'Hvis dit barn bliver mobbet på nettet',
      text: 'Lyt først, og hjælp så barnet med at gemme skærmbilleder, blokere de involverede og anmelde det. Giv også skolen besked, og undgå at svare i vrede på dit barns vegne.',
    },
    'parents-account-security': {
      title: 'Beskyt familiens konti',
      text: 'Brug en stærk og unik adgangskode til hver konto og totrinsbekræftelse på mail og appbutikker. Vis dit barn, hvordan det gør det samme, når det får sine egne konti.',
    },
    'parents-know-reporting': {
      title: 'Vær klar til at anmelde',
      text: 'Lær, hvordan man blokerer og anmelder i de apps, dit barn bruger, og hvor du finder den nationale rådgivning og hotline. Når du ved det på forhånd, sparer du tid, når det gælder.',
    },
    'educators-teach-evaluating': {
      title: 'Lær eleverne at tjekke kilder',
      text: 'Øv »lateral læsning«: Åbn nye faner for at finde ud af, hvem der står bag en påstand, før man vurderer den. Korte, faste øvelser virker bedre end én lang lektion.',
    },
    'educators-ai-literacy': {
      title: 'Gør AI til en del af medieforståelsen',
      text: 'Vis eleverne eksempler på AI-genereret tekst og billeder, også med fejl. Tal om, hvordan værktøjerne virker, hvor deres data kommer fra, og hvornår det er rimeligt at bruge dem.',
    },
    'educators-safe-space': {
      title: 'Gør det let at sige noget',
      text: 'Lad eleverne vide, hvem de kan tale med på skolen, og at de bliver lyttet til. Tilbyd en diskret måde at melde noget på, fx en spørgekasse eller en bestemt medarbejder.',
    },
    'educators-follow-procedure': {
      title: 'Følg skolens beredskabsplan',
      text: 'Hvis en elev fortæller, at den har været udsat for noget skadeligt på nettet, så lyt, lov ikke at holde det hemmeligt, og giv det straks videre til den ansvarlige på skolen. Skriv ned, hvad eleven sagde, med elevens egne ord.',
    },
    'educators-cyberbullying-policy': {
      title: 'Tag nettet med i skolens regler',
      text: 'Sørg for, at antimobbestrategien og ordensreglerne dækker det, der sker online – også uden for skoletid, når det påvirker eleverne. Del dem med familierne.',
    },
    'educators-pupil-voice': {
      title: 'Lad eleverne gå forrest',
      text: 'Unge kender ofte de nyeste apps og trends bedst. Inddrag dem i planlægningen af undervisning i sikkerhed på nettet og i at undervise yngre elever.',
    },
    'educators-privacy-classroom': {
      title: 'Beskyt elevernes data',
      text: 'Tjek samtykke, før du lægger elevers arbejde eller billeder ud, og brug værktøjer, som skolen har godkendt, og som overholder reglerne for databeskyttelse. Vis gode privatlivsvaner i klassen.',
    },
    'educators-accounts-security': {
      title: 'Beskyt dine skolekonti',
      text: 'Brug stærke, unikke adgangskoder og totrinsbekræftelse til skolens systemer. Lås skærmen, når du går fra computeren, også selv om det kun er et minut.',
    },
    'educators-phishing': {
      title: 'Afslør phishing sammen',
      text: 'Brug ægte, anonymiserede eksempler på falske mails og beskeder i undervisningen. Lad eleverne finde sporene, fx mærkelige afsenderadresser og pres for at handle hurtigt.',
    },
    'educators-wellbeing-balance': {
      title: 'Tal om balance, ikke kun grænser',
      text: 'Drøft med eleverne, hvordan forskellige aktiviteter på nettet får dem til at have det, og hjælp dem med at mærke, hvornår de skal holde pause. Undgå at fremstille al skærmtid som skadelig.',
    },
  },
} satisfies Translation;
