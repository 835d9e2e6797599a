import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dan varnejšega interneta",
    countdownUntil: "Do dogodka »{name}« je še {duration}, {date}",
    countdownToday: "Danes je {name}!",
    countdownEnded: "{name} je potekal: {date}.",
    globalTheme: "Skupaj za boljši internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Sodelujejo šole, družine in organizacije iz približno 190 držav. Poiščite dejavnost v svoji bližini.",
    bannerCta: "Preverite, kako sodelovati",
    bannerDismiss: "Zapri obvestilo: {name}",
    carouselLabel: "Nasveti za varnost na spletu",
    carouselSlide: "{index} od {count}",
    carouselPrevious: "Prejšnji nasvet",
    carouselNext: "Naslednji nasvet",
    carouselStop: "Ustavi samodejno menjavanje nasvetov",
    carouselStart: "Zaženi samodejno menjavanje nasvetov",
    carouselChildren: "Za otroke",
    carouselTeens: "Za najstnike",
    carouselParents: "Za starše",
    carouselEducators: "Za učitelje",
  },
  tips: {},
} satisfies Translation;
