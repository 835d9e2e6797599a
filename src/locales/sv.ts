import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Statens medieråd, the Swedish Safer Internet Centre (statensmedierad.se, 2022).
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} kvar till {name}, {date}',
    countdownToday: 'I dag är det {name}!',
    countdownHideSeconds: 'Dölj sekunderna',
    countdownShowSeconds: 'Visa sekunderna',
    countdownEnded: '{name} hölls {date}.',
    eventUntil: '{duration} kvar till {date}',
    eventToday: 'I dag är det dags!',
    eventEnded: 'Evenemanget hölls {date}.',
    globalTheme: 'Tillsammans för ett bättre internet',
    bannerDay: '{name} {year}',
    bannerMessage: 'Skolor, familjer och organisationer i ungefär 190 länder är med. Hitta en aktivitet nära dig.',
    bannerCta: 'Ta reda på hur du kan vara med',
    bannerDismiss: 'Stäng meddelandet om {name}',
    carouselLabel: 'Tips om säkerhet på nätet',
    carouselLabelFor: 'Tips om säkerhet på nätet för {audiences}',
    carouselAudienceChildren: 'barn',
    carouselAudienceTeens: 'tonåringar',
    carouselAudienceParents: 'föräldrar och vårdnadshavare',
    carouselAudienceEducators: 'lärare och pedagoger',
    carouselRole: 'karusell',
    carouselSlideRole: 'bild',
    carouselSlide: '{index} av {count}',
    carouselPrevious: 'Föregående tips',
    carouselNext: 'Nästa tips',
    carouselStop: 'Stoppa automatisk växling av tips',
    carouselStart: 'Starta automatisk växling av tips',
    carouselChildren: 'För barn',
    carouselTeens: 'För tonåringar',
    carouselParents: 'För föräldrar och vårdnadshavare',
    carouselEducators: 'För lärare och pedagoger',
    calendarLink: 'Lägg till i kalendern',
    helplineLine: 'Behöver du prata med någon? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Berätta för någon du litar på',
      text: 'Om något på nätet gör dig orolig, ledsen eller förvirrad, berätta det för en vuxen du litar på. Du får inte skäll för att du berättar.',
    },
    'children-password-secret': {
      title: 'Lösenord är hemliga',
      text: 'Håll dina lösenord hemliga, även för din bästa kompis. De vuxna som tar hand om dig kan hjälpa dig att komma ihåg dem.',
    },
    'children-personal-info': {
      title: 'Håll dina uppgifter för dig själv',
      text: 'Hela ditt namn, din adress, din skola och ditt telefonnummer är dina egna. Fråga en vuxen innan du delar dem någonstans på nätet.',
    },
    'children-be-kind': {
      title: 'Var snäll på nätet',
      text: 'Bakom varje skärm finns en riktig människa med riktiga känslor. Skicka bara sådant som du gärna skulle säga till någon öga mot öga.',
    },
    'children-strangers': {
      title: 'Alla är inte den de säger sig vara',
      text: 'Folk på nätet kan låtsas vara någon annan. Gå aldrig med på att träffa någon som du bara känner från internet.',
    },
    'children-true-or-not': {
      title: 'Är det verkligen sant?',
      text: 'Allt du ser på nätet är inte sant, även om det ser äkta ut. Fråga en vuxen eller kolla någon annanstans innan du tror på det.',
    },
    'children-free-prizes': {
      title: 'Gratisvinster är ett trick',
      text: 'Ett meddelande som säger att du har vunnit något är oftast ett trick. Klicka inte på det, utan visa det för en vuxen i stället.',
    },
    'children-screen-breaks': {
      title: 'Ta en paus',
      text: 'Det är kul att spela och titta, men dina ögon och din kropp behöver vila också. Lägg undan skärmen en stund och rör på dig, lek ute eller läs.',
    },
    'children-block-report': {
      title: 'Du kan blockera och anmäla',
      text: 'Om någon är elak eller får dig att känna dig obekväm kan du blockera personen och anmäla det. Berätta sedan för en vuxen vad som hänt.',
    },
    'children-photos': {
      title: 'Tänk efter innan du delar en bild',
      text: 'En bild kan kopieras och skickas vidare. Fråga först innan du delar en bild på någon annan, och fråga en vuxen innan du delar en bild på dig.',
    },
    'children-ai-helpers': {
      title: 'Chattbotar kan ha fel',
      text: 'Datorprogram som chattar med dig kan göra misstag och ändå låta jättesäkra. Kolla det de säger med en vuxen eller i en bok.',
    },
    'teens-digital-footprint': {
      title: 'Det du lägger upp finns kvar',
      text: 'Skärmdumpar lever kvar fast inlägget är raderat. Fråga dig själv innan du delar: skulle det kännas okej om någon såg det om fem år?',
    },
    'teens-two-step': {
      title: 'Slå på tvåstegsverifiering',
      text: 'Lägg till ett extra steg, som en kod i mobilen, på dina viktiga konton. Då räcker det inte med ett stulet lösenord för att komma in.',
    },
    'teens-unique-passwords': {
      title: 'Ett lösenord per konto',
      text: 'Om en sajt läcker ditt lösenord är alla konton där du använder det i fara. En lösenordshanterare kan komma ihåg dem alla åt dig.',
    },
    'teens-upstander': {
      title: 'Stå upp för andra',
      text: 'När du ser att någon blir utsatt kan ett stöttande privat meddelande betyda mycket. Anmäl mobbningen i stället för att sprida den vidare.',
    },
    'teens-nudes-pressure': {
      title: 'Press att skicka bilder',
      text: 'Ingen har rätt att pressa dig att skicka intima bilder. Om det händer, eller om en bild på dig sprids, är det inte ditt fel: prata med någon du litar på eller en stödlinje.',
    },
    'teens-deepfakes': {
      title: 'Fejk kan se äkta ut',
      text: 'AI kan skapa falska bilder, röster och videor som ser övertygande ut. Kolla först vem som lagt upp det och om pålitliga källor rapporterar samma sak.',
    },
    'teens-sextortion-scams': {
      title: 'Hoten är en bluff',
      text: 'Om någon hotar att sprida bilder om du inte betalar: sluta svara, betala inte, spara bevisen och berätta för en vuxen eller anmäl det.',
    },
    'teens-too-good': {
      title: 'För bra för att vara sant?',
      text: 'Billig spelvaluta, gratis följare och erbjudanden om snabba pengar är ofta bluffar som är ute efter ditt konto eller dina uppgifter. Känns det stressigt? Ta det lugnt.',
    },
    'teens-feed-feelings': {
      title: 'Känn efter hur flödet påverkar dig',
      text: 'Om du mår sämre av att scrolla kan du tysta, sluta följa eller ta en paus. Det är du som bestämmer vad du ser.',
    },
    'teens-location': {
      title: 'Kolla dina platsinställningar',
      text: 'Vissa appar visar var du är på en karta eller i bildernas data. Ha platsdelning avstängd om du inte verkligen behöver den, och dela bara med folk du känner.',
    },
    'teens-talk-it-through': {
      title: 'Du behöver inte klara det ensam',
      text: 'Att prata med en kompis, någon i familjen, en lärare eller en stödlinje kan göra det lättare. Att be om hjälp är starkt gjort.',
    },
    'parents-talk-early': {
      title: 'Prata tidigt och ofta',
      text: 'Fråga ditt barn både vad det gillar att göra på nätet och vad det oroar sig för. Regelbundna, lugna samtal gör det lättare för barnet att komma till dig när något går fel.',
    },
    'parents-stay-calm': {
      title: 'Behåll lugnet när barnet berättar',
      text: 'Om ditt barn berättar om något jobbigt, tacka först av allt barnet för att det berättade. Att ta ifrån barnet mobilen eller datorn kan göra att det tvekar att berätta nästa gång.',
    },
    'parents-settings-together': {
      title: 'Ställ in appar tillsammans',
      text: 'Gå igenom integritetsinställningarna med ditt barn när det börjar använda en ny app eller ett nytt spel. Förklara varför varje inställning spelar roll, så lär sig barnet att göra det själv.',
    },
    'parents-parental-controls': {
      title: 'Se föräldrakontroll som ett stöd',
      text: 'Filter och tidsgränser hjälper, särskilt för yngre barn, men inget verktyg fångar allt. Kombinera dem med samtal och ge gradvis mer förtroende i takt med att barnet växer.',
    },
    'parents-family-agreement': {
      title: 'Kom överens om familjens regler',
      text: 'Bestäm tillsammans när och var skärmar används, till exempel inga skärmar vid maten eller i sovrummen på natten. Regler som gäller de vuxna också är lättare att hålla.',
    },
    'parents-sharenting': {
      title: 'Tänk efter innan du lägger upp något om ditt barn',
      text: 'Bilder och berättelser du delar i dag blir en del av ditt barns liv på nätet. Fråga äldre barn innan du lägger upp något om dem och undvik detaljer som skolans namn.',
    },
    'parents-scam-signs': {
      title: 'Känn igen tecknen på bedrägeri',
      text: 'Brådska, hemlighetsmakeri och krav på koder eller betalning är varningssignaler. Visa ditt barn hur du kontrollerar ett meddelande innan du gör som det säger.',
    },
    'parents-in-app-purchases': {
      title: 'Ha koll på köp i appar',
      text: 'Många gratisspel tjänar pengar på köp inne i spelet. Kräv lösenord för betalningar och prata om hur erbjudandena är utformade för att locka spelarna.',
    },
    'parents-ai-tools': {
      title: 'Utforska AI-verktyg tillsammans',
      text: 'Testa en chattbot eller bildgenerator med ditt barn och prata om vad den gör rätt och fel. Hjälp barnet att se den som ett verktyg att ifrågasätta, inte som en auktoritet.',
    },
    'parents-model-habits': {
      title: 'Var en förebild',
      text: 'Barn gör som de ser andra göra. När du lägger undan din egen mobil under familjetiden visar du hur en sund balans ser ut.',
    },
    'parents-bullied-online': {
      title: 'Om ditt barn blir mobbat på nätet',
      text: 'Lyssna först och hjälp sedan barnet att spara skärmdumpar, blockera de inblandade och anmäla det. Informera även skolan, och undvik att svara i ilska för barnets räkning.',
    },
    'parents-account-security': {
      title: 'Skydda familjens konton',
      text: 'Använd ett eget starkt lösenord för varje konto, med tvåstegsverifiering för e-post och appbutiker. Visa barnet hur man gör likadant när det skaffar egna konton.',
    },
    'parents-know-reporting': {
      title: 'Ta reda på hur du anmäler',
      text: 'Lär dig hur man blockerar och anmäler i apparna ditt barn använder, och var du hittar landets stödlinje och anmälningstjänst. Att veta i förväg sparar tid när det gäller.',
    },
    'educators-teach-evaluating': {
      title: 'Lär ut källgranskning',
      text: 'Öva lateral läsning: öppna nya flikar för att ta reda på vem som står bakom ett påstående innan man bedömer det. Korta, regelbundna övningar fungerar bättre än en lång lektion.',
    },
    'educators-ai-literacy': {
      title: 'Ta in AI i medieundervisningen',
      text: 'Visa eleverna exempel på AI-genererad text och AI-genererade bilder, även sådana som innehåller fel. Diskutera hur verktygen fungerar, var deras data kommer ifrån och när det är rimligt att använda dem.',
    },
    'educators-safe-space': {
      title: 'Gör det lätt att berätta',
      text: 'Låt eleverna veta vem de kan prata med på skolan och att de blir lyssnade på. Erbjud ett diskret sätt att anmäla, till exempel en frågelåda eller en utsedd person i personalen.',
    },
    'educators-follow-procedure': {
      title: 'Följ skolans rutiner vid oro för en elev',
      text: 'Om en elev berättar att hen har utsatts för något på nätet: lyssna, lova inte att hålla det hemligt och lämna det direkt vidare till den ansvariga enligt rutinerna. Skriv ner vad eleven sa med elevens egna ord.',
    },
    'educators-cyberbullying-policy': {
      title: 'Ta med nätet i skolans planer',
      text: 'Se till att planen mot kränkande behandling och ordningsreglerna omfattar det som händer på nätet, även utanför skoltid när det påverkar eleverna. Dela dem med familjerna.',
    },
    'educators-pupil-voice': {
      title: 'Låt eleverna leda',
      text: 'Unga känner ofta bäst till de nyaste apparna och trenderna. Involvera dem när du planerar lektioner om nätsäkerhet och låt dem vara med och undervisa yngre elever.',
    },
    'educators-privacy-classroom': {
      title: 'Skydda elevernas uppgifter',
      text: 'Kontrollera att det finns samtycke innan du publicerar elevers arbeten eller bilder, och använd verktyg som skolan godkänt och som följer dataskyddsreglerna. Visa goda integritetsvanor i klassrummet.',
    },
    'educators-accounts-security': {
      title: 'Skydda dina skolkonton',
      text: 'Använd starka, unika lösenord och tvåstegsverifiering i skolans system. Lås skärmen när du lämnar skrivbordet, även för en minut.',
    },
    'educators-phishing': {
      title: 'Avslöja nätfiske tillsammans',
      text: 'Använd riktiga, anonymiserade exempel på falska mejl och meddelanden i klassen. Be eleverna hitta ledtrådarna, som konstiga avsändaradresser och press att agera snabbt.',
    },
    'educators-wellbeing-balance': {
      title: 'Prata om balans, inte bara gränser',
      text: 'Diskutera hur eleverna mår av olika saker de gör på nätet, och hjälp dem att märka när det är dags för en paus. Undvik att framställa all skärmtid som skadlig.',
    },
  },
} satisfies Translation;
