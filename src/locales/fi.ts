import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Turvallisen internetin päivä",
    countdownUntil: "{duration} jäljellä: {name}, {date}",
    countdownToday: "Tänään on {name}!",
    countdownEnded: "{name} oli {date}.",
    globalTheme: "Yhdessä parempi internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Mukana on kouluja, perheitä ja järjestöjä noin 190 maasta. Löydä tapahtuma läheltäsi.",
    bannerCta: "Katso, miten voit osallistua",
    bannerDismiss: "Sulje ilmoitus: {name}",
    carouselLabel: "Vinkkejä turvalliseen netinkäyttöön",
    carouselSlide: "{index} / {count}",
    carouselPrevious: "Edellinen vinkki",
    carouselNext: "Seuraava vinkki",
    carouselStop: "Pysäytä vinkkien automaattinen vaihtuminen",
    carouselStart: "Käynnistä vinkkien automaattinen vaihtuminen",
    carouselChildren: "Lapsille",
    carouselTeens: "Nuorille",
    carouselParents: "Vanhemmille",
    carouselEducators: "Opettajille",
  },
  tips: {},
} satisfies Translation;
