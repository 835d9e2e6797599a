import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dzień Bezpiecznego Internetu",
    countdownUntil: "Do wydarzenia „{name}” zostało {duration}, {date}",
    countdownToday: "Dziś obchodzimy {name}!",
    countdownEnded: "Wydarzenie „{name}” odbyło się: {date}.",
    globalTheme: "Razem dla lepszego internetu",
    bannerDay: "{name} {year}",
    bannerMessage: "Biorą w nim udział szkoły, rodziny i organizacje z około 190 krajów. Znajdź wydarzenie w pobliżu.",
    bannerCta: "Zobacz, jak się przyłączyć",
    bannerDismiss: "Zamknij komunikat o wydarzeniu „{name}”",
    carouselLabel: "Wskazówki o bezpieczeństwie w sieci",
    carouselSlide: "{index} z {count}",
    carouselPrevious: "Poprzednia wskazówka",
    carouselNext: "Następna wskazówka",
    carouselStop: "Zatrzymaj automatyczne przełączanie wskazówek",
    carouselStart: "Włącz automatyczne przełączanie wskazówek",
    carouselChildren: "Dla dzieci",
    carouselTeens: "Dla nastolatków",
    carouselParents: "Dla rodziców i opiekunów",
    carouselEducators: "Dla nauczycieli",
  },
  tips: {},
} satisfies Translation;
