import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Verbraucherschutzzentrale Ostbelgien (verbraucherschutzzentrale.be/fr/sid-2025-ensemble-pour-un-meilleur-internet, 2025).
    dayName: 'Journée pour un Internet plus sûr',
    countdownUntil: '{duration} avant la {name}, {date}',
    countdownToday: 'Aujourd’hui, c’est la {name} !',
    countdownHideSeconds: 'Masquer les secondes',
    countdownShowSeconds: 'Afficher les secondes',
    countdownEnded: 'La {name} a eu lieu le {date}.',
    eventUntil: '{duration} avant le {date}',
    eventToday: 'Aujourd’hui, c’est le grand jour !',
    eventEnded: 'L’événement a eu lieu le {date}.',
    globalTheme: 'Ensemble pour un Internet meilleur',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Des écoles, des familles et des organisations de près de 190 pays y participent. Trouvez une activité près de chez vous.',
    bannerCta: 'Découvrir comment participer',
    bannerDismiss: 'Fermer le bandeau de la {name}',
    carouselLabel: 'Conseils pour être en sécurité en ligne',
    carouselLabelFor: 'Conseils pour être en sécurité en ligne destinés aux {audiences}',
    carouselAudienceChildren: 'enfants',
    carouselAudienceTeens: 'ados',
    carouselAudienceParents: 'parents',
    carouselAudienceEducators: 'enseignants',
    carouselRole: 'carrousel',
    carouselSlideRole: 'diapositive',
    carouselSlide: '{index} sur {count}',
    carouselPrevious: 'Conseil précédent',
    carouselNext: 'Conseil suivant',
    carouselStop: 'Arrêter le défilement automatique des conseils',
    carouselStart: 'Lancer le défilement automatique des conseils',
    carouselChildren: 'Pour les enfants',
    carouselTeens: 'Pour les ados',
    carouselParents: 'Pour les parents',
    carouselEducators: 'Pour les enseignants',
    calendarLink: 'Ajouter au calendrier',
    helplineLine: 'Besoin de parler à quelqu’un ? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Parles-en à un adulte de confiance',
      text: "Si quelque chose en ligne t'inquiète, te rend triste ou te perturbe, parles-en à un adulte en qui tu as confiance. Tu ne te feras pas gronder pour l'avoir dit.",
    },
    'children-password-secret': {
      title: "Un mot de passe, c'est secret",
      text: "Ne donne tes mots de passe à personne, même pas à ton meilleur ami ou ta meilleure amie. Les adultes qui s'occupent de toi peuvent t'aider à t'en souvenir.",
    },
    'children-personal-info': {
      title: 'Garde tes infos pour toi',
      text: "Ton nom complet, ton adresse, ton école et ton numéro de téléphone t'appartiennent. Demande à un adulte avant de les partager en ligne.",
    },
    'children-be-kind': {
      title: 'Sois sympa en ligne',
      text: "Derrière chaque écran, il y a une vraie personne avec de vrais sentiments. N'envoie que des messages que tu pourrais dire en face.",
    },
    'children-strangers': {
      title: 'Certains mentent sur qui ils sont',
      text: "En ligne, quelqu'un peut faire semblant d'être une autre personne. N'accepte jamais de rencontrer quelqu'un que tu connais seulement par Internet.",
    },
    'children-true-or-not': {
      title: "C'est vraiment vrai ?",
      text: "Tout ce que tu vois en ligne n'est pas vrai, même si ça a l'air réel. Demande à un adulte ou vérifie ailleurs avant d'y croire.",
    },
    'children-free-prizes': {
      title: 'Les cadeaux gratuits sont un piège',
      text: 'Un message qui dit que tu as gagné quelque chose est en général un piège. Ne clique pas dessus et montre-le plutôt à un adulte.',
    },
    'children-screen-breaks': {
      title: 'Fais une pause',
      text: "Jouer et regarder des vidéos, c'est amusant, mais tes yeux et ton corps ont aussi besoin de repos. Arrête-toi un moment pour bouger, jouer dehors ou lire.",
    },
    'children-block-report': {
      title: 'Tu peux bloquer et signaler',
      text: "Si quelqu'un est méchant avec toi ou te met mal à l'aise, tu peux le bloquer et le signaler. Ensuite, raconte à un adulte ce qui s'est passé.",
    },
    'children-photos': {
      title: 'Réfléchis avant de partager une photo',
      text: "Une photo peut être copiée et envoyée à d'autres. Demande la permission avant de partager la photo de quelqu'un d'autre, et demande à un adulte avant de partager une photo de toi.",
    },
    'children-ai-helpers': {
      title: 'Les chatbots peuvent se tromper',
      text: "Les programmes qui discutent avec toi peuvent faire des erreurs tout en ayant l'air très sûrs d'eux. Vérifie ce qu'ils disent avec un adulte ou dans un livre.",
    },
    'teens-digital-footprint': {
      title: 'Tes publications restent',
      text: "Une capture d'écran reste, même si tu supprimes ta publication. Avant de partager, demande-toi si ça t'irait que ce soit vu dans cinq ans.",
    },
    'teens-two-step': {
      title: 'Active la connexion en deux étapes',
      text: 'Ajoute une deuxième étape, comme un code sur ton téléphone, à tes comptes importants. Un mot de passe volé ne suffira alors plus pour y entrer.',
    },
    'teens-unique-passwords': {
      title: 'Un mot de passe par compte',
      text: "Si un site laisse fuiter ton mot de passe, tous les comptes qui l'utilisent sont en danger. Un gestionnaire de mots de passe peut tous les retenir pour toi.",
    },
    'teens-upstander': {
      title: 'Ne reste pas spectateur',
      text: "Quand tu vois quelqu'un se faire prendre pour cible, un message privé de soutien peut compter énormément. Signale le harcèlement au lieu de le partager.",
    },
    'teens-nudes-pressure': {
      title: 'La pression pour envoyer des photos',
      text: "Personne n'a le droit de te pousser à envoyer des photos intimes. Si ça arrive, ou si une image de toi circule, ce n'est pas ta faute : parle à quelqu'un de confiance ou à une ligne d'écoute.",
    },
    'teens-deepfakes': {
      title: "Un faux peut avoir l'air vrai",
      text: "L'IA peut créer de fausses photos, voix et vidéos très convaincantes. Vérifie d'abord qui l'a publié et si des sources fiables disent la même chose.",
    },
    'teens-sextortion-scams': {
      title: 'Les menaces sont une arnaque',
      text: "Quelqu'un menace de partager des images si tu ne paies pas ? Arrête de répondre, ne paie pas, garde les preuves et parles-en à un adulte ou signale-le.",
    },
    'teens-too-good': {
      title: 'Trop beau pour être vrai ?',
      text: 'Monnaie de jeu pas chère, abonnés gratuits, argent facile : ce sont souvent des arnaques qui visent ton compte ou tes données. Si on te presse, ralentis.',
    },
    'teens-feed-feelings': {
      title: 'Remarque ce que ton fil te fait ressentir',
      text: "Si tu te sens plus mal après avoir scrollé, mets en sourdine, désabonne-toi ou fais une pause. C'est toi qui décides de ce que tu vois.",
    },
    'teens-location': {
      title: 'Vérifie tes paramètres de localisation',
      text: 'Certaines applis montrent où tu es sur une carte ou dans les données des photos. Laisse le partage de position désactivé, sauf si tu en as vraiment besoin, et alors seulement avec des gens que tu connais.',
    },
    'teens-talk-it-through': {
      title: "Tu n'as pas à gérer ça sans aide",
      text: "Parler à un ami, à quelqu'un de ta famille, à un prof ou à une ligne d'écoute peut rendre les choses plus faciles. Demander de l'aide, c'est une preuve de force.",
    },
    'parents-talk-early': {
      title: 'Parlez-en tôt et souvent',
      text: "Demandez à votre enfant ce qu'il aime en ligne, et aussi ce qui l'inquiète. Des conversations calmes et régulières l'aideront à venir vers vous quand quelque chose ne va pas.",
    },
    'parents-stay-calm': {
      title: 'Restez calme quand il se confie',
      text: 'Si votre enfant vous raconte quelque chose de pénible, commencez par le remercier de vous en avoir parlé. Lui confisquer ses appareils peut le dissuader de se confier la prochaine fois.',
    },
    'parents-settings-together': {
      title: 'Configurez les applis ensemble',
      text: "Passez en revue les paramètres de confidentialité avec votre enfant quand il commence à utiliser une nouvelle appli ou un nouveau jeu. Expliquez pourquoi chaque paramètre est important, pour qu'il apprenne à le faire seul.",
    },
    'parents-parental-controls': {
      title: "Le contrôle parental, une aide parmi d'autres",
      text: 'Les filtres et les limites de temps sont utiles, surtout pour les plus jeunes, mais aucun outil ne bloque tout. Associez-les au dialogue et à une confiance qui grandit avec votre enfant.',
    },
    'parents-family-agreement': {
      title: 'Fixez des règles en famille',
      text: "Décidez ensemble quand et où utiliser les écrans, par exemple pas d'écrans à table ni dans les chambres la nuit. Des règles qui valent aussi pour les adultes sont plus faciles à respecter.",
    },
    'parents-sharenting': {
      title: 'Réfléchissez avant de publier sur votre enfant',
      text: "Les photos et anecdotes que vous partagez aujourd'hui feront partie de la vie en ligne de votre enfant. Demandez l'avis des plus grands avant de publier à leur sujet et évitez les détails comme le nom de l'école.",
    },
    'parents-scam-signs': {
      title: "Reconnaissez les signes d'une arnaque",
      text: "L'urgence, le secret et les demandes de code ou de paiement sont des signaux d'alerte. Montrez à votre enfant comment vous vérifiez un message avant d'y donner suite.",
    },
    'parents-in-app-purchases': {
      title: 'Contrôlez les achats intégrés',
      text: "Beaucoup de jeux gratuits gagnent de l'argent grâce aux achats dans le jeu. Protégez les paiements par un mot de passe et parlez de la façon dont ces offres sont conçues pour tenter les joueurs.",
    },
    'parents-ai-tools': {
      title: "Découvrez l'IA ensemble",
      text: "Essayez un chatbot ou un générateur d'images avec votre enfant et repérez ensemble ce que l'outil fait bien ou mal. Aidez-le à y voir un outil à questionner, pas une autorité.",
    },
    'parents-model-habits': {
      title: "Montrez l'exemple",
      text: "Les enfants imitent ce qu'ils voient. Ranger votre téléphone pendant les moments en famille leur montre à quoi ressemble un bon équilibre.",
    },
    'parents-bullied-online': {
      title: 'Si votre enfant est harcelé en ligne',
      text: "Écoutez-le d'abord, puis aidez-le à garder des captures d'écran, à bloquer les personnes en cause et à signaler les faits. Prévenez aussi l'école, et évitez de répondre sous le coup de la colère à sa place.",
    },
    'parents-account-security': {
      title: 'Sécurisez les comptes de la famille',
      text: "Utilisez un mot de passe fort et différent pour chaque compte, et la connexion en deux étapes pour votre messagerie et les boutiques d'applis. Montrez à votre enfant comment faire de même quand il aura ses propres comptes.",
    },
    'parents-know-reporting': {
      title: 'Sachez comment signaler',
      text: "Apprenez à bloquer et à signaler dans les applis qu'utilise votre enfant, et repérez la ligne d'écoute et la plateforme de signalement de votre pays. Le savoir à l'avance fait gagner du temps quand ça compte.",
    },
    'educators-teach-evaluating': {
      title: 'Apprenez aux élèves à vérifier les sources',
      text: "Faites pratiquer la lecture latérale : ouvrir de nouveaux onglets pour savoir qui est derrière une affirmation avant de la juger. Des exercices courts et réguliers marchent mieux qu'une seule longue leçon.",
    },
    'educators-ai-literacy': {
      title: "Intégrez l'IA à l'éducation aux médias",
      text: "Montrez aux élèves des textes et images générés par IA, erreurs comprises. Discutez du fonctionnement de ces outils, de l'origine de leurs données et des cas où il est légitime de les utiliser.",
    },
    'educators-safe-space': {
      title: 'Facilitez la prise de parole',
      text: "Dites aux élèves à qui ils peuvent parler dans l'établissement et qu'ils seront écoutés. Proposez un moyen discret de signaler, comme une boîte à questions ou un adulte référent identifié.",
    },
    'educators-follow-procedure': {
      title: "Suivez la procédure de protection de l'enfance",
      text: "Si un élève vous confie avoir subi un préjudice en ligne, écoutez-le, ne promettez pas le secret et informez immédiatement le référent protection de l'enfance. Notez ce qu'il a dit, avec ses propres mots.",
    },
    'educators-cyberbullying-policy': {
      title: 'Incluez le comportement en ligne dans vos règles',
      text: 'Vérifiez que vos règles contre le harcèlement et sur le comportement couvrent ce qui se passe en ligne, y compris hors temps scolaire quand cela touche les élèves. Partagez-les avec les familles.',
    },
    'educators-pupil-voice': {
      title: 'Laissez les élèves prendre la main',
      text: 'Les jeunes connaissent souvent mieux que quiconque les dernières applis et tendances. Associez-les à la préparation des séances sur la sécurité en ligne et à la sensibilisation des plus jeunes.',
    },
    'educators-privacy-classroom': {
      title: 'Protégez les données des élèves',
      text: "Vérifiez le consentement avant de publier des travaux ou photos d'élèves, et utilisez des outils validés par l'établissement qui respectent la protection des données. En classe, donnez l'exemple en matière de vie privée.",
    },
    'educators-accounts-security': {
      title: 'Sécurisez vos comptes professionnels',
      text: "Utilisez des mots de passe forts et uniques et la connexion en deux étapes pour les outils de l'établissement. Verrouillez votre écran quand vous quittez votre bureau, même une minute.",
    },
    'educators-phishing': {
      title: "Repérez l'hameçonnage ensemble",
      text: "Utilisez en classe de vrais exemples anonymisés de faux e-mails et messages. Demandez aux élèves de trouver les indices, comme une adresse d'expéditeur bizarre ou une pression pour agir vite.",
    },
    'educators-wellbeing-balance': {
      title: "Parlez d'équilibre, pas seulement de limites",
      text: "Discutez de ce que ressentent les élèves selon leurs activités en ligne, et aidez-les à repérer quand faire une pause. Évitez de présenter tout temps d'écran comme nocif.",
    },
  },
} satisfies Translation;
