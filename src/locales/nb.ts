import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} igjen til {name}, {date}",
    countdownToday: "I dag er det {name}!",
    countdownEnded: "{name} fant sted {date}.",
    globalTheme: "Sammen for et bedre internett",
    bannerDay: "{name} {year}",
    bannerMessage: "Skoler, familier og organisasjoner i rundt 190 land deltar. Finn en aktivitet nær deg.",
    bannerCta: "Se hvordan du kan delta",
    bannerDismiss: "Lukk meldingen om {name}",
    carouselLabel: "Råd om trygg nettbruk",
    carouselSlide: "{index} av {count}",
    carouselPrevious: "Forrige råd",
    carouselNext: "Neste råd",
    carouselStop: "Stopp automatisk bytte av råd",
    carouselStart: "Start automatisk bytte av råd",
    carouselChildren: "For barn",
    carouselTeens: "For ungdom",
    carouselParents: "For foreldre",
    carouselEducators: "For lærere",
  },
  tips: {},
} satisfies Translation;
