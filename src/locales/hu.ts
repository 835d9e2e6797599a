import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Biztonságos Internet Napja",
    countdownUntil: "{duration} van hátra: {name}, {date}",
    countdownToday: "Ma van a {name}!",
    countdownEnded: "A {name} időpontja: {date}.",
    globalTheme: "Együtt egy jobb internetért",
    bannerDay: "{name} {year}",
    bannerMessage: "Iskolák, családok és szervezetek vesznek részt mintegy 190 országban. Keress egy programot a közeledben!",
    bannerCta: "Nézd meg, hogyan csatlakozhatsz",
    bannerDismiss: "Értesítés bezárása: {name}",
    carouselLabel: "Tippek a biztonságos internetezéshez",
    carouselSlide: "{index}/{count}",
    carouselPrevious: "Előző tipp",
    carouselNext: "Következő tipp",
    carouselStop: "Tippek automatikus váltásának leállítása",
    carouselStart: "Tippek automatikus váltásának indítása",
    carouselChildren: "Gyerekeknek",
    carouselTeens: "Tiniknek",
    carouselParents: "Szülőknek",
    carouselEducators: "Pedagógusoknak",
  },
  tips: {},
} satisfies Translation;
