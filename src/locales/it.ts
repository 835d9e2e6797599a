import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Italy's education ministry and its Safer Internet Centre Generazioni Connesse, as reported by tuttoscuola.com (2019) and gazzettadelsud.it (2024).
    dayName: 'Safer Internet Day',
    countdownUntil: '{duration} al {name}, {date}',
    countdownToday: 'Oggi è il {name}!',
    countdownHideSeconds: 'Nascondi i secondi',
    countdownShowSeconds: 'Mostra i secondi',
    countdownEnded: 'Il {name} si è svolto {date}.',
    eventUntil: '{duration} all’evento, {date}',
    eventToday: 'Oggi è il grande giorno!',
    eventEnded: 'L’evento si è svolto {date}.',
    globalTheme: 'Insieme per un internet migliore',
    bannerDay: '{name} {year}',
    bannerMessage: 'Partecipano scuole, famiglie e organizzazioni di circa 190 paesi. Trova un’attività vicino a te.',
    bannerCta: 'Scopri come partecipare',
    bannerDismiss: 'Chiudi l’avviso sul {name}',
    carouselLabel: 'Consigli per stare sicuri online',
    carouselLabelFor: 'Consigli per stare sicuri online dedicati a {audiences}',
    carouselAudienceChildren: 'bambini e bambine',
    carouselAudienceTeens: 'ragazzi e ragazze',
    carouselAudienceParents: 'genitori',
    carouselAudienceEducators: 'insegnanti ed educatori',
    carouselRole: 'carosello',
    carouselSlideRole: 'diapositiva',
    carouselSlide: '{index} di {count}',
    carouselPrevious: 'Consiglio precedente',
    carouselNext: 'Consiglio successivo',
    carouselStop: 'Ferma lo scorrimento automatico dei consigli',
    carouselStart: 'Avvia lo scorrimento automatico dei consigli',
    carouselChildren: 'Per bambini e bambine',
    carouselTeens: 'Per ragazzi e ragazze',
    carouselParents: 'Per genitori',
    carouselEducators: 'Per insegnanti ed educatori',
    calendarLink: 'Aggiungi al calendario',
    helplineLine: 'Hai bisogno di parlare con qualcuno? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Parlane con qualcuno di cui ti fidi',
      text: 'Se qualcosa online ti preoccupa, ti rende triste o ti confonde, dillo a un adulto di cui ti fidi. Non finirai nei guai per averlo detto.',
    },
    'children-password-secret': {
      title: 'Le password sono segrete',
      text: 'Non dire a nessuno le tue password, neanche al tuo migliore amico o alla tua migliore amica. Gli adulti che si prendono cura di te possono aiutarti a ricordarle.',
    },
    'children-personal-info': {
      title: 'Tieni per te i tuoi dati',
      text: 'Nome e cognome, indirizzo, scuola e numero di telefono sono cose tue. Chiedi a un adulto prima di condividerli online.',
    },
    'children-be-kind': {
      title: 'Sii gentile online',
      text: "Dietro ogni schermo c'è una persona vera, con sentimenti veri. Manda solo messaggi che diresti volentieri anche di persona.",
    },
    'children-strangers': {
      title: 'Non tutti sono chi dicono di essere',
      text: 'Online le persone possono fingere di essere qualcun altro. Non accettare mai di incontrare qualcuno che conosci solo su internet.',
    },
    'children-true-or-not': {
      title: 'È vero davvero?',
      text: "Non tutto quello che vedi online è vero, anche se sembra reale. Chiedi a un adulto o controlla da un'altra parte prima di crederci.",
    },
    'children-free-prizes': {
      title: 'I premi gratis sono un trucco',
      text: 'Un messaggio che dice che hai vinto qualcosa di solito è un trucco. Non cliccarci sopra: fallo vedere a un adulto.',
    },
    'children-screen-breaks': {
      title: 'Fai una pausa',
      text: "Giocare e guardare video è divertente, ma anche i tuoi occhi e il tuo corpo hanno bisogno di riposo. Fermati un po' per muoverti, giocare all'aperto o leggere.",
    },
    'children-block-report': {
      title: 'Puoi bloccare e segnalare',
      text: 'Se qualcuno è cattivo con te o ti mette a disagio, puoi bloccarlo e segnalarlo. Poi racconta a un adulto cosa è successo.',
    },
    'children-photos': {
      title: 'Pensa prima di condividere una foto',
      text: 'Una foto può essere copiata e passata ad altri. Chiedi il permesso prima di condividere la foto di qualcun altro, e chiedi a un adulto prima di condividerne una tua.',
    },
    'children-ai-helpers': {
      title: 'I chatbot possono sbagliare',
      text: 'I programmi che chiacchierano con te possono sbagliare anche quando sembrano sicurissimi. Controlla quello che dicono con un adulto o su un libro.',
    },
    'teens-digital-footprint': {
      title: 'I tuoi post restano',
      text: 'Gli screenshot sopravvivono ai post cancellati. Prima di condividere, chiediti se ti andrebbe bene che qualcuno lo vedesse tra cinque anni.',
    },
    'teens-two-step': {
      title: 'Attiva la verifica in due passaggi',
      text: 'Aggiungi un secondo passaggio, come un codice sul telefono, ai tuoi account importanti. Così una password rubata da sola non basta per entrare.',
    },
    'teens-unique-passwords': {
      title: 'Una password per ogni account',
      text: 'Se un sito si lascia sfuggire la tua password, ogni account che la usa è a rischio. Un password manager può ricordarle tutte al posto tuo.',
    },
    'teens-upstander': {
      title: 'Non restare a guardare',
      text: 'Quando vedi qualcuno preso di mira, un messaggio privato di sostegno può contare molto. Segnala il bullismo invece di condividerlo.',
    },
    'teens-nudes-pressure': {
      title: 'Pressioni per inviare foto',
      text: 'Nessuno ha il diritto di farti pressione per inviare foto intime. Se succede, o se viene diffusa una tua immagine, non è colpa tua: parlane con qualcuno di cui ti fidi o con una linea di ascolto.',
    },
    'teens-deepfakes': {
      title: 'I falsi possono sembrare veri',
      text: "L'IA può creare foto, voci e video falsi molto convincenti. Controlla prima chi l'ha pubblicato e se fonti affidabili riportano la stessa cosa.",
    },
    'teens-sextortion-scams': {
      title: 'Le minacce sono una truffa',
      text: 'Qualcuno minaccia di diffondere immagini se non paghi? Smetti di rispondere, non pagare, conserva le prove e dillo a un adulto o segnalalo.',
    },
    'teens-too-good': {
      title: 'Troppo bello per essere vero?',
      text: 'Valuta di gioco a poco prezzo, follower gratis e soldi facili sono spesso truffe che puntano al tuo account o ai tuoi dati. Se ti mettono fretta, rallenta.',
    },
    'teens-feed-feelings': {
      title: 'Fai caso a come ti fa sentire il tuo feed',
      text: 'Se scorrere il feed ti fa stare peggio, silenzia, smetti di seguire o fai una pausa. Sei tu a decidere cosa vedere.',
    },
    'teens-location': {
      title: 'Controlla le impostazioni di posizione',
      text: 'Alcune app mostrano dove sei su una mappa o nei dati delle foto. Tieni disattivata la condivisione della posizione se non ti serve davvero, e condividila solo con persone che conosci.',
    },
    'teens-talk-it-through': {
      title: 'Non devi affrontarlo senza aiuto',
      text: 'Parlare con un amico, un familiare, un insegnante o una linea di ascolto può rendere le cose più facili. Chiedere aiuto è un gesto di forza.',
    },
    'parents-talk-early': {
      title: 'Parlane presto e spesso',
      text: 'Chiedi a tuo figlio cosa gli piace fare online e anche cosa lo preoccupa. Conversazioni calme e regolari lo aiutano a venire da te quando qualcosa va storto.',
    },
    'parents-stay-calm': {
      title: 'Mantieni la calma quando si confida',
      text: 'Se tuo figlio ti racconta qualcosa che lo ha turbato, prima di tutto ringrazialo per avertelo detto. Togliergli i dispositivi può renderlo meno propenso a parlartene la prossima volta.',
    },
    'parents-settings-together': {
      title: 'Configura le app insieme',
      text: 'Controlla le impostazioni della privacy con tuo figlio quando inizia a usare una nuova app o un nuovo gioco. Spiegagli perché ogni impostazione conta, così impara a farlo da solo.',
    },
    'parents-parental-controls': {
      title: 'Il parental control è un aiuto',
      text: 'Filtri e limiti di tempo aiutano, soprattutto con i più piccoli, ma nessuno strumento blocca tutto. Affiancali al dialogo e a una fiducia che aumenta man mano che tuo figlio cresce.',
    },
    'parents-family-agreement': {
      title: 'Concorda le regole in famiglia',
      text: 'Stabilisci con tutta la famiglia quando e dove usare i dispositivi, ad esempio niente schermi a tavola o in camera la sera. Le regole che valgono anche per gli adulti sono più facili da rispettare.',
    },
    'parents-sharenting': {
      title: 'Pensa prima di pubblicare qualcosa su tuo figlio',
      text: 'Foto e racconti che condividi oggi diventano parte della vita online di tuo figlio. Chiedi ai figli più grandi prima di pubblicare qualcosa su di loro ed evita dettagli come il nome della scuola.',
    },
    'parents-scam-signs': {
      title: 'Riconosci i segnali di una truffa',
      text: "Urgenza, segretezza e richieste di codici o pagamenti sono campanelli d'allarme. Mostra a tuo figlio come verifichi un messaggio prima di agire.",
    },
    'parents-in-app-purchases': {
      title: 'Controlla gli acquisti in-app',
      text: "Molti giochi gratuiti guadagnano con gli acquisti all'interno del gioco. Imposta una password obbligatoria per i pagamenti e parla con tuo figlio di come queste offerte sono pensate per tentare i giocatori.",
    },
    'parents-ai-tools': {
      title: "Esplora l'IA insieme",
      text: "Prova con tuo figlio un chatbot o un generatore di immagini e commenta con lui cosa fa bene e cosa sbaglia. Aiutalo a vederlo come uno strumento da mettere in discussione, non come un'autorità.",
    },
    'parents-model-habits': {
      title: 'Dai il buon esempio',
      text: "I bambini imitano ciò che vedono. Mettere via il telefono durante il tempo in famiglia mostra loro cos'è un sano equilibrio.",
    },
    'parents-bullied-online': {
      title: 'Se tuo figlio subisce bullismo online',
      text: "Prima ascoltalo, poi aiutalo a salvare gli screenshot, bloccare le persone coinvolte e segnalare l'accaduto. Avvisa anche la scuola ed evita di rispondere con rabbia al posto suo.",
    },
    'parents-account-security': {
      title: 'Proteggi gli account di famiglia',
      text: 'Usa una password robusta e diversa per ogni account, con la verifica in due passaggi per email e negozi di app. Mostra a tuo figlio come fare lo stesso quando avrà account tutti suoi.',
    },
    'parents-know-reporting': {
      title: 'Scopri come segnalare',
      text: 'Impara a bloccare e segnalare nelle app che usa tuo figlio e scopri quali sono la linea di ascolto e il servizio di segnalazione del tuo Paese. Saperlo prima fa risparmiare tempo quando conta.',
    },
    'educators-teach-evaluating': {
      title: 'Insegna a verificare le fonti',
      text: "Fai praticare la lettura laterale: aprire nuove schede per scoprire chi c'è dietro un'affermazione prima di giudicarla. Esercizi brevi e regolari funzionano meglio di un'unica lunga lezione.",
    },
    'educators-ai-literacy': {
      title: "Porta l'IA nell'educazione ai media",
      text: "Mostra agli alunni esempi di testi e immagini generati dall'IA, errori compresi. Discuti con loro di come funzionano questi strumenti, da dove vengono i loro dati e quando è corretto usarli.",
    },
    'educators-safe-space': {
      title: 'Rendi facile chiedere aiuto',
      text: 'Fai sapere agli alunni con chi possono parlare a scuola e che verranno ascoltati. Offri un modo discreto per segnalare, come una cassetta delle domande o un referente ben identificato.',
    },
    'educators-follow-procedure': {
      title: 'Segui la procedura di tutela',
      text: 'Se un alunno ti rivela di aver subito danni online, ascoltalo, non promettere il segreto e informa subito il referente per la tutela dei minori. Annota ciò che ha detto con le sue stesse parole.',
    },
    'educators-cyberbullying-policy': {
      title: 'Includi il comportamento online nei regolamenti',
      text: "Assicurati che i regolamenti contro il bullismo e sul comportamento tengano conto di ciò che accade online, anche fuori dall'orario scolastico quando riguarda gli alunni. Condividili con le famiglie.",
    },
    'educators-pupil-voice': {
      title: 'Lascia la guida agli alunni',
      text: "I ragazzi spesso conoscono meglio di tutti le app e le tendenze più recenti. Coinvolgili nella preparazione delle lezioni sulla sicurezza online e nell'insegnamento ai più piccoli.",
    },
    'educators-privacy-classroom': {
      title: 'Proteggi i dati degli alunni',
      text: 'Verifica il consenso prima di pubblicare lavori o foto degli alunni e usa strumenti approvati dalla scuola e conformi alle norme sulla protezione dei dati. Dai il buon esempio sulla privacy in classe.',
    },
    'educators-accounts-security': {
      title: 'Proteggi i tuoi account scolastici',
      text: 'Usa password robuste e diverse e la verifica in due passaggi per i sistemi della scuola. Blocca lo schermo quando ti allontani dalla scrivania, anche per un minuto.',
    },
    'educators-phishing': {
      title: 'Riconosci il phishing insieme agli alunni',
      text: 'Usa in classe esempi reali e anonimizzati di email e messaggi falsi. Chiedi agli alunni di trovare gli indizi, come indirizzi del mittente strani o la pressione ad agire in fretta.',
    },
    'educators-wellbeing-balance': {
      title: 'Parla di equilibrio, non solo di limiti',
      text: 'Discuti di come le diverse attività online fanno sentire gli alunni e aiutali a capire quando fare una pausa. Evita di presentare tutto il tempo davanti allo schermo come dannoso.',
    },
  },
} satisfies Translation;
