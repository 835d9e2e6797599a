import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Journée pour un Internet plus sûr",
    countdownUntil: "{duration} avant la {name}, {date}",
    countdownToday: "Aujourd’hui, c’est la {name} !",
    countdownEnded: "La {name} a eu lieu le {date}.",
    globalTheme: "Ensemble pour un Internet meilleur",
    bannerDay: "{name} {year}",
    bannerMessage: "Des écoles, des familles et des organisations de près de 190 pays y participent. Trouvez une activité près de chez vous.",
    bannerCta: "Découvrir comment participer",
    bannerDismiss: "Fermer le bandeau de la {name}",
    carouselLabel: "Conseils pour être en sécurité en ligne",
    carouselSlide: "{index} sur {count}",
    carouselPrevious: "Conseil précédent",
    carouselNext: "Conseil suivant",
    carouselStop: "Arrêter le défilement automatique des conseils",
    carouselStart: "Lancer le défilement automatique des conseils",
    carouselChildren: "Pour les enfants",
    carouselTeens: "Pour les ados",
    carouselParents: "Pour les parents",
    carouselEducators: "Pour les enseignants",
  },
  tips: {},
} satisfies Translation;
