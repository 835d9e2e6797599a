import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Medietilsynet, the Norwegian Safer Internet Centre (medietilsynet.no, 2015).
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} igjen til {name}, {date}',
    countdownToday: 'I dag er det {name}!',
    countdownHideSeconds: 'Skjul sekundene',
    countdownShowSeconds: 'Vis sekundene',
    countdownEnded: '{name} ble markert {date}.',
    eventUntil: '{duration} igjen til {date}',
    eventToday: 'I dag er dagen!',
    eventEnded: 'Arrangementet fant sted {date}.',
    globalTheme: 'Sammen for et bedre internett',
    bannerDay: '{name} {year}',
    bannerMessage: 'Skoler, familier og organisasjoner i rundt 190 land er med. Finn en aktivitet i nærheten av deg.',
    bannerCta: 'Finn ut hvordan du kan være med',
    bannerDismiss: 'Lukk meldingen om {name}',
    carouselLabel: 'Tips for trygg nettbruk',
    carouselLabelFor: 'Tips for trygg nettbruk til {audiences}',
    carouselAudienceChildren: 'barn',
    carouselAudienceTeens: 'ungdom',
    carouselAudienceParents: 'foreldre og foresatte',
    carouselAudienceEducators: 'lærere og pedagoger',
    carouselRole: 'karusell',
    carouselSlideRole: 'lysbilde',
    carouselSlide: '{index} av {count}',
    carouselPrevious: 'Forrige tips',
    carouselNext: 'Neste tips',
    carouselStop: 'Stopp automatisk veksling av tips',
    carouselStart: 'Start automatisk veksling av tips',
    carouselChildren: 'For barn',
    carouselTeens: 'For ungdom',
    carouselParents: 'For foreldre og foresatte',
    carouselEducators: 'For lærere og pedagoger',
    calendarLink: 'Legg til i kalenderen',
    helplineLine: 'Trenger du noen å snakke med? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Fortell det til noen du stoler på',
      text: 'Hvis noe på nettet gjør deg bekymret, lei deg eller forvirret, så fortell det til en voksen du stoler på. Du får ikke kjeft for å si ifra.',
    },
    'children-password-secret': {
      title: 'Passord er hemmelige',
      text: 'Hold passordene dine hemmelige, også for bestevennen din. De voksne som passer på deg, kan hjelpe deg å huske dem.',
    },
    'children-personal-info': {
      title: 'Hold opplysningene dine for deg selv',
      text: 'Hele navnet ditt, adressen, skolen og telefonnummeret ditt er private. Spør en voksen før du deler dem noe sted på nettet.',
    },
    'children-be-kind': {
      title: 'Vær snill på nettet',
      text: 'Bak hver skjerm sitter et ekte menneske med ekte følelser. Send bare meldinger du gjerne ville sagt ansikt til ansikt.',
    },
    'children-strangers': {
      title: 'Ikke alle er den de sier de er',
      text: 'Folk på nettet kan late som de er noen andre. Si aldri ja til å møte noen du bare kjenner fra internett.',
    },
    'children-true-or-not': {
      title: 'Er det virkelig sant?',
      text: 'Ikke alt du ser på nettet er sant, selv om det ser ekte ut. Spør en voksen eller sjekk et annet sted før du tror på det.',
    },
    'children-free-prizes': {
      title: 'Gratis premier er et triks',
      text: 'En melding som sier at du har vunnet noe, er som regel et triks. Ikke trykk på den, men vis den til en voksen i stedet.',
    },
    'children-screen-breaks': {
      title: 'Ta en pause',
      text: 'Det er gøy å spille og se film, men øynene og kroppen din trenger hvile også. Stopp en stund for å bevege deg, leke ute eller lese.',
    },
    'children-block-report': {
      title: 'Du kan blokkere og rapportere',
      text: 'Hvis noen er slem eller får deg til å føle deg ukomfortabel, kan du blokkere dem og rapportere det. Fortell så en voksen hva som skjedde.',
    },
    'children-photos': {
      title: 'Tenk før du deler et bilde',
      text: 'Et bilde kan kopieres og sendes videre. Spør om lov før du deler et bilde av noen andre, og spør en voksen før du deler et bilde av deg selv.',
    },
    'children-ai-helpers': {
      title: 'Chatboter kan ta feil',
      text: 'Dataprogrammer som chatter med deg, kan gjøre feil og likevel høres veldig sikre ut. Sjekk det de sier med en voksen eller i en bok.',
    },
    'teens-digital-footprint': {
      title: 'Det du legger ut, blir værende',
      text: 'Skjermbilder lever videre etter at innlegget er slettet. Før du deler, spør deg selv om det er greit for deg at noen ser det om fem år.',
    },
    'teens-two-step': {
      title: 'Slå på totrinnsbekreftelse',
      text: 'Legg til et ekstra steg, som en kode på mobilen, på de viktige kontoene dine. Da holder det ikke med et stjålet passord for å komme inn.',
    },
    'teens-unique-passwords': {
      title: 'Ett passord per konto',
      text: 'Hvis ett nettsted lekker passordet ditt, er alle kontoer som bruker det, i fare. En passordbehandler kan huske alle sammen for deg.',
    },
    'teens-upstander': {
      title: 'Stå opp for andre',
      text: 'Når du ser at noen blir plaget, kan en privat melding med støtte bety mye. Rapporter mobbingen i stedet for å dele den videre.',
    },
    'teens-nudes-pressure': {
      title: 'Press om å sende bilder',
      text: 'Ingen har rett til å presse deg til å sende intime bilder. Hvis det skjer, eller et bilde av deg blir delt, er det ikke din feil: snakk med noen du stoler på eller en hjelpetelefon.',
    },
    'teens-deepfakes': {
      title: 'Forfalskninger kan se ekte ut',
      text: 'KI kan lage falske bilder, stemmer og videoer som virker overbevisende. Sjekk først hvem som la det ut, og om pålitelige kilder melder det samme.',
    },
    'teens-sextortion-scams': {
      title: 'Trusler er svindel',
      text: 'Hvis noen truer med å dele bilder om du ikke betaler: slutt å svare, ikke betal, ta vare på bevisene og si ifra til en voksen eller rapporter det.',
    },
    'teens-too-good': {
      title: 'For godt til å være sant?',
      text: 'Billig spillvaluta, gratis følgere og tilbud om lettjente penger er ofte svindel som er ute etter kontoen din eller opplysningene dine. Føles det som om det haster? Senk tempoet.',
    },
    'teens-feed-feelings': {
      title: 'Kjenn etter hvordan feeden påvirker deg',
      text: 'Hvis du føler deg verre av å scrolle, kan du dempe, slutte å følge eller ta en pause. Det er du som bestemmer hva du ser.',
    },
    'teens-location': {
      title: 'Sjekk posisjonsinnstillingene dine',
      text: 'Noen apper viser hvor du er på et kart eller i bildedata. Ha posisjonsdeling slått av hvis du ikke virkelig trenger det, og del bare med folk du kjenner.',
    },
    'teens-talk-it-through': {
      title: 'Du trenger ikke takle det alene',
      text: 'Å snakke med en venn, noen i familien, en lærer eller en hjelpetelefon kan gjøre ting lettere. Å be om hjelp er sterkt gjort.',
    },
    'parents-talk-early': {
      title: 'Snakk sammen tidlig og ofte',
      text: 'Spør barnet ditt både hva det liker å gjøre på nettet og hva det bekymrer seg for. Jevnlige, rolige samtaler gjør det lettere for barnet å komme til deg når noe går galt.',
    },
    'parents-stay-calm': {
      title: 'Hold deg rolig når barnet forteller',
      text: 'Hvis barnet ditt forteller om noe vondt, takk det aller først for at det sa ifra. Tar du fra barnet mobil eller nettbrett, kan det bli mindre villig til å fortelle deg noe neste gang.',
    },
    'parents-settings-together': {
      title: 'Still inn appene sammen',
      text: 'Gå gjennom personverninnstillingene med barnet ditt når det begynner å bruke en ny app eller et nytt spill. Forklar hvorfor hver innstilling er viktig, så lærer barnet å gjøre det selv.',
    },
    'parents-parental-controls': {
      title: 'Bruk foreldrekontroll som en hjelp',
      text: 'Filtre og tidsgrenser hjelper, særlig for yngre barn, men ingen verktøy fanger opp alt. Kombiner dem med samtaler og gradvis mer tillit etter hvert som barnet blir eldre.',
    },
    'parents-family-agreement': {
      title: 'Bli enige om familiens regler',
      text: 'Bestem sammen når og hvor skjermer brukes, for eksempel ingen skjermer ved måltider eller på soverommet om natten. Regler som også gjelder de voksne, er lettere å holde.',
    },
    'parents-sharenting': {
      title: 'Tenk før du deler om barnet ditt',
      text: 'Bilder og historier du deler i dag, blir en del av barnets liv på nettet. Spør eldre barn før du legger ut noe om dem, og unngå detaljer som navnet på skolen.',
    },
    'parents-scam-signs': {
      title: 'Kjenn igjen tegnene på svindel',
      text: 'Hastverk, hemmelighold og forespørsler om koder eller betaling er varselsignaler. Vis barnet ditt hvordan du sjekker en melding før du gjør det den ber om.',
    },
    'parents-in-app-purchases': {
      title: 'Ha kontroll på kjøp i apper',
      text: 'Mange gratisspill tjener penger på kjøp inne i spillet. Krev passord for betalinger, og snakk om hvordan slike tilbud er laget for å friste spillerne.',
    },
    'parents-ai-tools': {
      title: 'Utforsk KI-verktøy sammen',
      text: 'Prøv en chatbot eller bildegenerator sammen med barnet ditt, og snakk om hva den får til og hva den tar feil av. Hjelp barnet å se den som et verktøy å stille spørsmål ved, ikke en autoritet.',
    },
    'parents-model-habits': {
      title: 'Vær et forbilde',
      text: 'Barn gjør som de ser. Når du legger bort din egen mobil i familietiden, viser du dem hvordan en sunn balanse ser ut.',
    },
    'parents-bullied-online': {
      title: 'Hvis barnet ditt mobbes på nettet',
      text: 'Lytt først, og hjelp så barnet med å ta vare på skjermbilder, blokkere dem det gjelder og rapportere det. Gi også skolen beskjed, og unngå å svare i sinne på barnets vegne.',
    },
    'parents-account-security': {
      title: 'Sikre familiens kontoer',
      text: 'Bruk et eget sterkt passord for hver konto, med totrinnsbekreftelse på e-post og appbutikker. Vis barnet hvordan det gjør det samme når det får egne kontoer.',
    },
    'parents-know-reporting': {
      title: 'Vit hvordan du melder fra',
      text: 'Lær hvordan du blokkerer og rapporterer i appene barnet ditt bruker, og hvor du finner den nasjonale hjelpetelefonen og tipstjenesten. Å vite det på forhånd sparer tid når det gjelder.',
    },
    'educators-teach-evaluating': {
      title: 'Lær elevene å sjekke kilder',
      text: 'Øv på lateral lesing: åpne nye faner for å finne ut hvem som står bak en påstand, før man vurderer den. Korte, jevnlige øvelser fungerer bedre enn én lang økt.',
    },
    'educators-ai-literacy': {
      title: 'Gjør KI til en del av mediekunnskapen',
      text: 'Vis elevene eksempler på KI-generert tekst og KI-genererte bilder, også med feil. Diskuter hvordan verktøyene virker, hvor dataene deres kommer fra og når det er greit å bruke dem.',
    },
    'educators-safe-space': {
      title: 'Gjør det lett å si ifra',
      text: 'La elevene vite hvem de kan snakke med på skolen, og at de vil bli lyttet til. Tilby en diskret måte å melde fra på, som en spørsmålskasse eller en navngitt ansatt.',
    },
    'educators-follow-procedure': {
      title: 'Følg skolens rutiner ved bekymring',
      text: 'Hvis en elev forteller om noe skadelig på nettet: lytt, ikke lov å holde det hemmelig, og gi det straks videre til den som er ansvarlig etter rutinene. Skriv ned det som ble sagt, med elevens egne ord.',
    },
    'educators-cyberbullying-policy': {
      title: 'Ta med nettatferd i skolens planer',
      text: 'Sørg for at planene mot mobbing og ordensreglementet dekker det som skjer på nett, også utenfor skoletiden når det påvirker elevene. Del dem med familiene.',
    },
    'educators-pupil-voice': {
      title: 'La elevene lede an',
      text: 'Unge kjenner ofte best til de nyeste appene og trendene. Ta dem med i planleggingen av undervisning om nettvett, og la dem undervise yngre elever.',
    },
    'educators-privacy-classroom': {
      title: 'Beskytt elevenes personopplysninger',
      text: 'Sjekk samtykke før du publiserer elevarbeider eller bilder av elever, og bruk verktøy som skolen har godkjent, og som følger personvernreglene. Vis godt personvern i praksis i klassen.',
    },
    'educators-accounts-security': {
      title: 'Sikre skolekontoene dine',
      text: 'Bruk sterke, unike passord og totrinnsbekreftelse i skolens systemer. Lås skjermen når du går fra plassen din, selv for et minutt.',
    },
    'educators-phishing': {
      title: 'Avslør nettfisking sammen',
      text: 'Bruk ekte, anonymiserte eksempler på falske e-poster og meldinger i undervisningen. Be elevene finne ledetrådene, som rare avsenderadresser og press om å handle raskt.',
    },
    'educators-wellbeing-balance': {
      title: 'Snakk om balanse, ikke bare grenser',
      text: 'Snakk om hvordan ulike aktiviteter på nettet får elevene til å føle seg, og hjelp dem å merke når det er tid for en pause. Unngå å framstille all skjermtid som skadelig.',
    },
  },
} satisfies Translation;
