import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Lá Idirlín Níos Sábháilte",
    countdownUntil: "{duration} go dtí {name}, {date}",
    countdownToday: "Inniu: {name}!",
    countdownEnded: "Bhí {name} ar siúl: {date}.",
    globalTheme: "Le chéile ar son idirlín níos fearr",
    bannerDay: "{name} {year}",
    bannerMessage: "Tá scoileanna, teaghlaigh agus eagraíochtaí i dtimpeall 190 tír páirteach. Aimsigh imeacht in aice leat.",
    bannerCta: "Faigh amach conas páirt a ghlacadh",
    bannerDismiss: "Dún an fógra faoi {name}",
    carouselLabel: "Leideanna sábháilteachta ar líne",
    carouselSlide: "{index} as {count}",
    carouselPrevious: "An leid roimhe seo",
    carouselNext: "An chéad leid eile",
    carouselStop: "Stop na leideanna ag athrú leo féin",
    carouselStart: "Tosaigh na leideanna ag athrú leo féin",
    carouselChildren: "Do pháistí",
    carouselTeens: "Do dhéagóirí",
    carouselParents: "Do thuismitheoirí",
    carouselEducators: "Do mhúinteoirí",
  },
  tips: {},
} satisfies Translation;
