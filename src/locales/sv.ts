import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} kvar till {name}, {date}",
    countdownToday: "I dag är det {name}!",
    countdownEnded: "{name} hölls {date}.",
    globalTheme: "Tillsammans för ett bättre internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Skolor, familjer och organisationer i ungefär 190 länder är med. Hitta en aktivitet nära dig.",
    bannerCta: "Ta reda på hur du kan vara med",
    bannerDismiss: "Stäng meddelandet om {name}",
    carouselLabel: "Tips om säkerhet på nätet",
    carouselSlide: "{index} av {count}",
    carouselPrevious: "Föregående tips",
    carouselNext: "Nästa tips",
    carouselStop: "Stoppa automatisk växling av tips",
    carouselStart: "Starta automatisk växling av tips",
    carouselChildren: "För barn",
    carouselTeens: "För tonåringar",
    carouselParents: "För föräldrar och vårdnadshavare",
    carouselEducators: "För lärare och pedagoger",
  },
  tips: {},
} satisfies Translation;
