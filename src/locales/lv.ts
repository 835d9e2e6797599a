import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Drošāka interneta diena",
    countdownUntil: "Līdz pasākumam “{name}” vēl {duration}, {date}",
    countdownToday: "Šodien ir {name}!",
    countdownEnded: "“{name}” notika {date}.",
    globalTheme: "Kopā par labāku internetu",
    bannerDay: "{name} {year}",
    bannerMessage: "Piedalās skolas, ģimenes un organizācijas aptuveni 190 valstīs. Atrodiet pasākumu savā tuvumā.",
    bannerCta: "Uzziniet, kā piedalīties",
    bannerDismiss: "Aizvērt paziņojumu: {name}",
    carouselLabel: "Padomi drošai interneta lietošanai",
    carouselSlide: "{index} no {count}",
    carouselPrevious: "Iepriekšējais padoms",
    carouselNext: "Nākamais padoms",
    carouselStop: "Apturēt padomu automātisku mainīšanu",
    carouselStart: "Sākt padomu automātisku mainīšanu",
    carouselChildren: "Bērniem",
    carouselTeens: "Jauniešiem",
    carouselParents: "Vecākiem",
    carouselEducators: "Skolotājiem",
  },
  tips: {},
} satisfies Translation;
