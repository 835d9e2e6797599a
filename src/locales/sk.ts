import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Deň bezpečnejšieho internetu",
    countdownUntil: "Do podujatia {name} zostáva {duration}, {date}",
    countdownToday: "Dnes je {name}!",
    countdownEnded: "Podujatie {name} sa konalo: {date}.",
    globalTheme: "Spoločne za lepší internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Zapájajú sa školy, rodiny a organizácie z približne 190 krajín. Nájdite podujatie vo svojom okolí.",
    bannerCta: "Zistite, ako sa zapojiť",
    bannerDismiss: "Zavrieť oznam o podujatí {name}",
    carouselLabel: "Tipy pre bezpečný internet",
    carouselSlide: "{index} z {count}",
    carouselPrevious: "Predchádzajúci tip",
    carouselNext: "Ďalší tip",
    carouselStop: "Zastaviť automatické striedanie tipov",
    carouselStart: "Spustiť automatické striedanie tipov",
    carouselChildren: "Pre deti",
    carouselTeens: "Pre tínedžerov",
    carouselParents: "Pre rodičov",
    carouselEducators: "Pre učiteľov",
  },
  tips: {},
} satisfies Translation;
