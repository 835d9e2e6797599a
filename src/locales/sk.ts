import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Deň bezpečnejšieho internetu",
    countdownUntil: "Ešte {duration} do podujatia {name}, {date}",
    countdownToday: "Dnes je {name}!",
    countdownEnded: "{name} bol {date}.",
    globalTheme: "Spoločne za lepší internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Zapájajú sa školy, rodiny a organizácie v približne 190 krajinách. Nájdi si aktivitu vo svojom okolí.",
    bannerCta: "Zisti, ako sa môžeš zapojiť",
    bannerDismiss: "Zavrieť oznam o podujatí {name}",
    carouselLabel: "Tipy, ako byť na internete v bezpečí",
    carouselSlide: "{index} z {count}",
    carouselPrevious: "Predchádzajúci tip",
    carouselNext: "Ďalší tip",
    carouselStop: "Zastaviť automatické striedanie tipov",
    carouselStart: "Spustiť automatické striedanie tipov",
    carouselChildren: "Pre deti",
    carouselTeens: "Pre tínedžerov",
    carouselParents: "Pre rodičov a opatrovateľov",
    carouselEducators: "Pre učiteľov a pedagógov",
  },
  tips: {},
} satisfies Translation;
