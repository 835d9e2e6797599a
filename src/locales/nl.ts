import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "Nog {duration} tot {name}, {date}",
    countdownToday: "Vandaag is het {name}!",
    countdownEnded: "{name} was op {date}.",
    globalTheme: "Samen voor een beter internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Scholen, gezinnen en organisaties in zo’n 190 landen doen mee. Vind een activiteit bij jou in de buurt.",
    bannerCta: "Ontdek hoe je meedoet",
    bannerDismiss: "Melding over {name} sluiten",
    carouselLabel: "Tips om veilig online te zijn",
    carouselSlide: "{index} van {count}",
    carouselPrevious: "Vorige tip",
    carouselNext: "Volgende tip",
    carouselStop: "Stop met tips automatisch wisselen",
    carouselStart: "Tips automatisch laten wisselen",
    carouselChildren: "Voor kinderen",
    carouselTeens: "Voor tieners",
    carouselParents: "Voor ouders en verzorgers",
    carouselEducators: "Voor leraren",
  },
  tips: {},
} satisfies Translation;
