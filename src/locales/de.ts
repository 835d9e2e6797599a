import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: klicksafe, the German Safer Internet Centre (klicksafe.de/news/impressionen-vom-safer-internet-day-2025, 2025).
    dayName: 'Safer Internet Day',
    countdownUntil: 'Noch {duration} bis zum {name}, {date}',
    countdownToday: 'Heute ist {name}!',
    countdownHideSeconds: 'Sekunden ausblenden',
    countdownShowSeconds: 'Sekunden anzeigen',
    countdownEnded: 'Der {name} war am {date}.',
    eventUntil: 'Noch {duration} bis {date}',
    eventToday: 'Heute ist es so weit!',
    eventEnded: 'Das fand am {date} statt.',
    globalTheme: 'Gemeinsam für ein besseres Internet',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Schulen, Familien und Organisationen in rund 190 Ländern machen mit. Finde eine Aktion in deiner Nähe.',
    bannerCta: 'So kannst du mitmachen',
    bannerDismiss: 'Hinweis zum {name} schließen',
    carouselLabel: 'Tipps für mehr Sicherheit im Internet',
    carouselLabelFor: 'Tipps für mehr Sicherheit im Internet für {audiences}',
    carouselAudienceChildren: 'Kinder',
    carouselAudienceTeens: 'Jugendliche',
    carouselAudienceParents: 'Eltern',
    carouselAudienceEducators: 'Lehrkräfte',
    carouselRole: 'Karussell',
    carouselSlideRole: 'Folie',
    carouselSlide: '{index} von {count}',
    carouselPrevious: 'Vorheriger Tipp',
    carouselNext: 'Nächster Tipp',
    carouselStop: 'Tipps nicht mehr automatisch wechseln',
    carouselStart: 'Tipps automatisch wechseln',
    carouselChildren: 'Für Kinder',
    carouselTeens: 'Für Jugendliche',
    carouselParents: 'Für Eltern',
    carouselEducators: 'Für Lehrkräfte',
    calendarLink: 'Zum Kalender hinzufügen',
    helplineLine: 'Brauchst du jemanden zum Reden? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Erzähl es jemandem, dem du vertraust',
      text: 'Wenn dich etwas im Internet beunruhigt, traurig macht oder verwirrt, erzähl es einem Erwachsenen, dem du vertraust. Du bekommst keinen Ärger, weil du es erzählst.',
    },
    'children-password-secret': {
      title: 'Passwörter sind geheim',
      text: 'Verrate deine Passwörter niemandem, auch nicht deinen besten Freunden. Die Erwachsenen, die auf dich aufpassen, können dir helfen, sie dir zu merken.',
    },
    'children-personal-info': {
      title: 'Behalte deine Daten für dich',
      text: 'Dein ganzer Name, deine Adresse, deine Schule und deine Telefonnummer gehören dir. Frag einen Erwachsenen, bevor du sie irgendwo im Internet teilst.',
    },
    'children-be-kind': {
      title: 'Sei freundlich im Internet',
      text: 'Hinter jedem Bildschirm sitzt ein echter Mensch mit echten Gefühlen. Schick nur Nachrichten, die du der Person auch gern direkt ins Gesicht sagen würdest.',
    },
    'children-strangers': {
      title: 'Nicht jeder ist der, für den er sich ausgibt',
      text: 'Menschen im Internet können so tun, als wären sie jemand anderes. Verabrede dich nie mit jemandem, den du nur aus dem Internet kennst.',
    },
    'children-true-or-not': {
      title: 'Stimmt das wirklich?',
      text: 'Nicht alles, was du im Internet siehst, ist wahr, auch wenn es echt aussieht. Frag einen Erwachsenen oder schau woanders nach, bevor du es glaubst.',
    },
    'children-free-prizes': {
      title: 'Gratis-Gewinne sind ein Trick',
      text: 'Eine Nachricht, dass du etwas gewonnen hast, ist meistens ein Trick. Klick nicht darauf, sondern zeig sie einem Erwachsenen.',
    },
    'children-screen-breaks': {
      title: 'Mach mal Pause',
      text: 'Spielen und Zuschauen macht Spaß, aber deine Augen und dein Körper brauchen auch Ruhe. Hör eine Weile auf und beweg dich, spiel draußen oder lies etwas.',
    },
    'children-block-report': {
      title: 'Du kannst blockieren und melden',
      text: 'Wenn jemand gemein ist oder dir ein ungutes Gefühl gibt, kannst du die Person blockieren und melden. Erzähl dann einem Erwachsenen, was passiert ist.',
    },
    'children-photos': {
      title: 'Erst denken, dann Foto teilen',
      text: 'Ein Foto kann kopiert und weitergeschickt werden. Frag erst, bevor du ein Bild von jemand anderem teilst, und frag einen Erwachsenen, bevor du eins von dir teilst.',
    },
    'children-ai-helpers': {
      title: 'Chatbots können sich irren',
      text: 'Computer-Helfer, die mit dir chatten, können Fehler machen und dabei ganz sicher klingen. Prüf mit einem Erwachsenen oder in einem Buch nach, was sie sagen.',
    },
    'teens-digital-footprint': {
      title: 'Deine Posts bleiben',
      text: 'Screenshots überleben gelöschte Posts. Frag dich vor dem Teilen, ob es für dich okay wäre, wenn man es in fünf Jahren noch sieht.',
    },
    'teens-two-step': {
      title: 'Schalte die Zwei-Faktor-Anmeldung ein',
      text: 'Sichere deine wichtigen Konten mit einem zweiten Schritt, zum Beispiel einem Code auf deinem Handy. Dann reicht ein gestohlenes Passwort allein nicht mehr, um reinzukommen.',
    },
    'teens-unique-passwords': {
      title: 'Ein Passwort pro Konto',
      text: 'Wenn dein Passwort bei einer Website durch ein Datenleck bekannt wird, ist jedes Konto in Gefahr, das dasselbe Passwort nutzt. Ein Passwort-Manager kann sich alle für dich merken.',
    },
    'teens-upstander': {
      title: 'Schau nicht weg, steh für andere ein',
      text: 'Wenn jemand fertiggemacht wird, kann eine private Nachricht mit Unterstützung viel bedeuten. Melde das Mobbing, statt es weiterzuverbreiten.',
    },
    'teens-nudes-pressure': {
      title: 'Druck, Bilder zu schicken',
      text: 'Niemand hat das Recht, dich zu drängen, intime Fotos zu schicken. Wenn das passiert oder ein Bild von dir geteilt wird, ist es nicht deine Schuld: Sprich mit jemandem, dem du vertraust, oder mit einer Beratungsstelle.',
    },
    'teens-deepfakes': {
      title: 'Fakes können echt aussehen',
      text: 'KI kann Fotos, Stimmen und Videos fälschen, die überzeugend wirken. Prüf zuerst, wer es gepostet hat und ob vertrauenswürdige Quellen dasselbe berichten.',
    },
    'teens-sextortion-scams': {
      title: 'Drohungen sind Betrug',
      text: 'Wenn jemand droht, Bilder zu teilen, falls du nicht zahlst: Antworte nicht mehr, zahl nicht, sichere die Beweise und sag es einem Erwachsenen oder melde es.',
    },
    'teens-too-good': {
      title: 'Zu schön, um wahr zu sein?',
      text: 'Billige Spielwährung, kostenlose Follower und schnelles Geld sind oft Betrug, der es auf dein Konto oder deine Daten abgesehen hat. Wenn du zur Eile gedrängt wirst, lass dir Zeit.',
    },
    'teens-feed-feelings': {
      title: 'Achte darauf, wie dein Feed auf dich wirkt',
      text: 'Wenn du dich nach dem Scrollen schlechter fühlst, stell Accounts stumm, entfolge ihnen oder mach eine Pause. Du entscheidest, was du siehst.',
    },
    'teens-location': {
      title: 'Prüf deine Standorteinstellungen',
      text: 'Manche Apps zeigen auf einer Karte oder in Fotodaten, wo du bist. Lass die Standortfreigabe aus, außer du brauchst sie wirklich, und teile deinen Standort nur mit Leuten, die du kennst.',
    },
    'teens-talk-it-through': {
      title: 'Du musst das nicht allein schaffen',
      text: 'Mit Freunden, der Familie, einer Lehrkraft oder einer Beratungsstelle zu reden, kann vieles leichter machen. Sich Hilfe zu holen, ist stark.',
    },
    'parents-talk-early': {
      title: 'Reden Sie früh und oft darüber',
      text: 'Fragen Sie Ihr Kind, was ihm online Spaß macht und was ihm Sorgen bereitet. Regelmäßige, ruhige Gespräche machen es ihm leichter, zu Ihnen zu kommen, wenn etwas schiefläuft.',
    },
    'parents-stay-calm': {
      title: 'Bleiben Sie ruhig, wenn Ihr Kind sich anvertraut',
      text: 'Wenn Ihr Kind Ihnen von etwas Belastendem erzählt, danken Sie ihm als Erstes dafür. Wenn Sie ihm daraufhin Geräte wegnehmen, erzählt es Ihnen beim nächsten Mal womöglich nichts mehr.',
    },
    'parents-settings-together': {
      title: 'Richten Sie Apps gemeinsam ein',
      text: 'Gehen Sie die Privatsphäre-Einstellungen mit Ihrem Kind durch, wenn es eine neue App oder ein neues Spiel nutzt. Erklären Sie, warum jede Einstellung wichtig ist, damit es lernt, das selbst zu tun.',
    },
    'parents-parental-controls': {
      title: 'Nutzen Sie Jugendschutz-Einstellungen als Hilfe',
      text: 'Filter und Zeitlimits helfen, besonders bei jüngeren Kindern, aber kein Tool erkennt alles. Kombinieren Sie sie mit Gesprächen und mit mehr Vertrauen, je älter Ihr Kind wird.',
    },
    'parents-family-agreement': {
      title: 'Vereinbaren Sie Familienregeln',
      text: 'Legen Sie gemeinsam fest, wann und wo Geräte genutzt werden, etwa keine Bildschirme beim Essen oder nachts im Schlafzimmer. Regeln, die auch für Erwachsene gelten, lassen sich leichter einhalten.',
    },
    'parents-sharenting': {
      title: 'Erst nachdenken, dann über Ihr Kind posten',
      text: 'Fotos und Geschichten, die Sie heute teilen, werden Teil des Online-Lebens Ihres Kindes. Fragen Sie ältere Kinder, bevor Sie etwas über sie posten, und vermeiden Sie Details wie den Namen der Schule.',
    },
    'parents-scam-signs': {
      title: 'Erkennen Sie die Anzeichen von Betrug',
      text: 'Zeitdruck, Geheimhaltung und die Bitte um Codes oder Zahlungen sind Warnzeichen. Zeigen Sie Ihrem Kind, wie Sie eine Nachricht prüfen, bevor Sie darauf reagieren.',
    },
    'parents-in-app-purchases': {
      title: 'Behalten Sie In-App-Käufe im Griff',
      text: 'Viele kostenlose Spiele verdienen Geld mit Käufen im Spiel. Verlangen Sie ein Passwort für Zahlungen und sprechen Sie darüber, wie diese Angebote zum Kaufen verleiten sollen.',
    },
    'parents-ai-tools': {
      title: 'Entdecken Sie KI-Tools gemeinsam',
      text: 'Probieren Sie mit Ihrem Kind einen Chatbot oder Bildgenerator aus und sprechen Sie darüber, was er richtig und falsch macht. Helfen Sie ihm, darin ein Werkzeug zu sehen, das man hinterfragt, keine Autorität.',
    },
    'parents-model-habits': {
      title: 'Seien Sie ein Vorbild',
      text: 'Kinder machen nach, was sie sehen. Wenn Sie Ihr eigenes Handy in der Familienzeit weglegen, zeigen Sie ihnen, wie ein gesundes Gleichgewicht aussieht.',
    },
    'parents-bullied-online': {
      title: 'Wenn Ihr Kind online gemobbt wird',
      text: 'Hören Sie zuerst zu und helfen Sie dann, Screenshots zu sichern, die Beteiligten zu blockieren und alles zu melden. Informieren Sie auch die Schule und antworten Sie nicht wütend im Namen Ihres Kindes.',
    },
    'parents-account-security': {
      title: 'Sichern Sie die Konten der Familie',
      text: 'Nutzen Sie für jedes Konto ein anderes starkes Passwort und für E-Mail und App-Stores die Zwei-Faktor-Anmeldung. Zeigen Sie Ihrem Kind, wie das geht, sobald es eigene Konten hat.',
    },
    'parents-know-reporting': {
      title: 'Informieren Sie sich, wie man etwas meldet',
      text: 'Finden Sie heraus, wie man in den Apps Ihres Kindes blockiert und meldet und wo es in Ihrem Land Beratungs- und Meldestellen gibt. Wer das vorher weiß, spart im Ernstfall Zeit.',
    },
    'educators-teach-evaluating': {
      title: 'Bringen Sie Ihrer Klasse bei, Quellen zu prüfen',
      text: 'Üben Sie laterales Lesen: in neuen Tabs herausfinden, wer hinter einer Behauptung steckt, bevor man sie bewertet. Kurze, regelmäßige Übungen wirken besser als eine lange Unterrichtsstunde.',
    },
    'educators-ai-literacy': {
      title: 'Machen Sie KI zum Teil der Medienkompetenz',
      text: 'Zeigen Sie Ihrer Klasse Beispiele für KI-erzeugte Texte und Bilder, auch mit Fehlern. Besprechen Sie, wie diese Tools funktionieren, woher ihre Daten stammen und wann ihr Einsatz fair ist.',
    },
    'educators-safe-space': {
      title: 'Machen Sie es leicht, sich anzuvertrauen',
      text: 'Sagen Sie den Schülerinnen und Schülern, mit wem sie in der Schule reden können und dass man ihnen zuhört. Bieten Sie einen diskreten Meldeweg an, etwa einen Kummerkasten oder eine feste Ansprechperson.',
    },
    'educators-follow-procedure': {
      title: 'Halten Sie sich an Ihr Schutzkonzept',
      text: 'Wenn Ihnen ein Kind anvertraut, dass es online zu Schaden gekommen ist: Hören Sie zu, versprechen Sie keine Geheimhaltung und informieren Sie sofort die für Kinderschutz zuständige Person Ihrer Schule. Notieren Sie das Gesagte wörtlich.',
    },
    'educators-cyberbullying-policy': {
      title: 'Nehmen Sie Online-Verhalten in Ihre Regeln auf',
      text: 'Achten Sie darauf, dass Anti-Mobbing-Konzept und Schulordnung auch Vorfälle im Internet erfassen, auch außerhalb der Unterrichtszeit, wenn Schülerinnen und Schüler davon betroffen sind. Informieren Sie die Familien darüber.',
    },
    'educators-pupil-voice': {
      title: 'Lassen Sie Ihre Klasse mitgestalten',
      text: 'Junge Menschen kennen die neuesten Apps und Trends oft am besten. Beziehen Sie sie in die Planung von Stunden zur Online-Sicherheit ein und lassen Sie sie jüngere Kinder unterrichten.',
    },
    'educators-privacy-classroom': {
      title: 'Schützen Sie Schülerdaten',
      text: 'Prüfen Sie die Einwilligung, bevor Sie Arbeiten oder Fotos von Schülerinnen und Schülern veröffentlichen, und nutzen Sie von der Schule freigegebene, datenschutzkonforme Tools. Leben Sie im Unterricht guten Datenschutz vor.',
    },
    'educators-accounts-security': {
      title: 'Sichern Sie Ihre Schulkonten',
      text: 'Nutzen Sie starke, jeweils unterschiedliche Passwörter und die Zwei-Faktor-Anmeldung für Schulsysteme. Sperren Sie Ihren Bildschirm, wenn Sie Ihren Platz verlassen, auch nur für eine Minute.',
    },
    'educators-phishing': {
      title: 'Üben Sie gemeinsam, Phishing zu erkennen',
      text: 'Nutzen Sie im Unterricht echte, anonymisierte Beispiele gefälschter E-Mails und Nachrichten. Lassen Sie die Klasse nach Hinweisen suchen, etwa seltsamen Absenderadressen oder Druck, schnell zu handeln.',
    },
    'educators-wellbeing-balance': {
      title: 'Sprechen Sie über Balance, nicht nur über Grenzen',
      text: 'Besprechen Sie, wie sich Ihre Schülerinnen und Schüler bei verschiedenen Online-Aktivitäten fühlen, und helfen Sie ihnen zu erkennen, wann eine Pause guttut. Stellen Sie Bildschirmzeit nicht pauschal als schädlich dar.',
    },
  },
} satisfies Translation;
