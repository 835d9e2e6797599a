import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Turvalise interneti päev",
    countdownUntil: "{duration} on jäänud, kuni saabub {name}, {date}",
    countdownToday: "Täna on {name}!",
    countdownEnded: "{name} toimus {date}.",
    globalTheme: "Koos parema interneti nimel",
    bannerDay: "{name} {year}",
    bannerMessage: "Kaasa löövad koolid, pered ja organisatsioonid umbes 190 riigist. Leia tegevus enda lähedal.",
    bannerCta: "Vaata, kuidas osaleda",
    bannerDismiss: "Sulge teade: {name}",
    carouselLabel: "Nõuanded turvaliseks internetikasutuseks",
    carouselSlide: "{index} / {count}",
    carouselPrevious: "Eelmine nõuanne",
    carouselNext: "Järgmine nõuanne",
    carouselStop: "Peata nõuannete automaatne vahetumine",
    carouselStart: "Käivita nõuannete automaatne vahetumine",
    carouselChildren: "Lastele",
    carouselTeens: "Noortele",
    carouselParents: "Lapsevanematele",
    carouselEducators: "Õpetajatele",
  },
  tips: {},
} satisfies Translation;
