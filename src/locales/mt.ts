import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Jum l-Internet Aktar Sigur",
    countdownUntil: "Fadal {duration} għal {name}, {date}",
    countdownToday: "Illum huwa {name}!",
    countdownEnded: "{name} sar: {date}.",
    globalTheme: "Flimkien għal internet aħjar",
    bannerDay: "{name} {year}",
    bannerMessage: "Jieħdu sehem skejjel, familji u organizzazzjonijiet f’madwar 190 pajjiż. Sib attività qrib tiegħek.",
    bannerCta: "Skopri kif tieħu sehem",
    bannerDismiss: "Agħlaq l-avviż dwar {name}",
    carouselLabel: "Pariri għas-sigurtà onlajn",
    carouselSlide: "{index} minn {count}",
    carouselPrevious: "Il-parir ta’ qabel",
    carouselNext: "Il-parir li jmiss",
    carouselStop: "Waqqaf il-bdil awtomatiku tal-pariri",
    carouselStart: "Ibda l-bdil awtomatiku tal-pariri",
    carouselChildren: "Għat-tfal",
    carouselTeens: "Għaż-żgħażagħ",
    carouselParents: "Għall-ġenituri",
    carouselEducators: "Għall-għalliema",
  },
  tips: {},
} satisfies Translation;
