import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Den bezpečnějšího internetu",
    countdownUntil: "Do akce {name} zbývá {duration}, {date}",
    countdownToday: "Dnes je {name}!",
    countdownEnded: "Akce {name} proběhla: {date}.",
    globalTheme: "Společně za lepší internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Zapojují se školy, rodiny a organizace z asi 190 zemí. Najděte akci ve svém okolí.",
    bannerCta: "Zjistěte, jak se zapojit",
    bannerDismiss: "Zavřít oznámení akce {name}",
    carouselLabel: "Tipy pro bezpečný internet",
    carouselSlide: "{index} z {count}",
    carouselPrevious: "Předchozí tip",
    carouselNext: "Další tip",
    carouselStop: "Zastavit automatické střídání tipů",
    carouselStart: "Spustit automatické střídání tipů",
    carouselChildren: "Pro děti",
    carouselTeens: "Pro dospívající",
    carouselParents: "Pro rodiče",
    carouselEducators: "Pro učitele",
  },
  tips: {},
} satisfies Translation;
