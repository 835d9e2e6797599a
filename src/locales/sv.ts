import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} kvar till {name}, {date}",
    countdownToday: "I dag är det {name}!",
    countdownEnded: "{name} ägde rum {date}.",
    globalTheme: "Tillsammans för ett bättre internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Skolor, familjer och organisationer i omkring 190 länder deltar. Hitta en aktivitet nära dig.",
    bannerCta: "Se hur du kan delta",
    bannerDismiss: "Stäng meddelandet om {name}",
    carouselLabel: "Tips för säkerhet på nätet",
    carouselSlide: "{index} av {count}",
    carouselPrevious: "Föregående tips",
    carouselNext: "Nästa tips",
    carouselStop: "Sluta byta tips automatiskt",
    carouselStart: "Byt tips automatiskt",
    carouselChildren: "För barn",
    carouselTeens: "För tonåringar",
    carouselParents: "För föräldrar",
    carouselEducators: "För lärare",
  },
  tips: {},
} satisfies Translation;
