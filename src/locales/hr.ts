import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dan sigurnijeg interneta",
    countdownUntil: "{duration} do događaja „{name}”, {date}",
    countdownToday: "Danas je {name}!",
    countdownEnded: "{name} održan je {date}",
    globalTheme: "Zajedno za bolji internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Sudjeluju škole, obitelji i organizacije iz oko 190 zemalja. Pronađite aktivnost u svojoj blizini.",
    bannerCta: "Saznajte kako sudjelovati",
    bannerDismiss: "Zatvori obavijest: {name}",
    carouselLabel: "Savjeti za sigurnost na internetu",
    carouselSlide: "{index} od {count}",
    carouselPrevious: "Prethodni savjet",
    carouselNext: "Sljedeći savjet",
    carouselStop: "Zaustavi automatsku izmjenu savjeta",
    carouselStart: "Pokreni automatsku izmjenu savjeta",
    carouselChildren: "Za djecu",
    carouselTeens: "Za mlade",
    carouselParents: "Za roditelje",
    carouselEducators: "Za učitelje",
  },
  tips: {},
} satisfies Translation;
