import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} til {name}, {date}",
    countdownToday: "I dag er det {name}!",
    countdownEnded: "{name} fandt sted {date}.",
    globalTheme: "Sammen for et bedre internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Skoler, familier og organisationer i omkring 190 lande deltager. Find en aktivitet nær dig.",
    bannerCta: "Se, hvordan du kan være med",
    bannerDismiss: "Luk meddelelsen om {name}",
    carouselLabel: "Gode råd om sikkerhed på nettet",
    carouselSlide: "{index} af {count}",
    carouselPrevious: "Forrige råd",
    carouselNext: "Næste råd",
    carouselStop: "Stop de skiftende råd",
    carouselStart: "Start de skiftende råd",
    carouselChildren: "Til børn",
    carouselTeens: "Til unge",
    carouselParents: "Til forældre",
    carouselEducators: "Til lærere og pædagoger",
  },
  tips: {},
} satisfies Translation;
