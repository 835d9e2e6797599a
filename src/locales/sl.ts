import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dan varnejšega interneta",
    countdownUntil: "Še {duration} do dogodka {name}, {date}",
    countdownToday: "Danes je {name}!",
    countdownEnded: "{name} je bil {date}.",
    globalTheme: "Skupaj za boljši internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Sodelujejo šole, družine in organizacije iz približno 190 držav. Poišči dejavnost v svoji bližini.",
    bannerCta: "Izvedi, kako lahko sodeluješ",
    bannerDismiss: "Zapri obvestilo o dogodku {name}",
    carouselLabel: "Nasveti za varnost na spletu",
    carouselSlide: "{index} od {count}",
    carouselPrevious: "Prejšnji nasvet",
    carouselNext: "Naslednji nasvet",
    carouselStop: "Ustavi samodejno menjavanje nasvetov",
    carouselStart: "Zaženi samodejno menjavanje nasvetov",
    carouselChildren: "Za otroke",
    carouselTeens: "Za najstnike",
    carouselParents: "Za starše in skrbnike",
    carouselEducators: "Za učitelje in vzgojitelje",
  },
  tips: {},
} satisfies Translation;
