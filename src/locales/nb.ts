import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} igjen til {name}, {date}",
    countdownToday: "I dag er det {name}!",
    countdownEnded: "{name} ble markert {date}.",
    globalTheme: "Sammen for et bedre internett",
    bannerDay: "{name} {year}",
    bannerMessage: "Skoler, familier og organisasjoner i rundt 190 land er med. Finn en aktivitet i nærheten av deg.",
    bannerCta: "Finn ut hvordan du kan være med",
    bannerDismiss: "Lukk meldingen om {name}",
    carouselLabel: "Tips for trygg nettbruk",
    carouselSlide: "{index} av {count}",
    carouselPrevious: "Forrige tips",
    carouselNext: "Neste tips",
    carouselStop: "Stopp automatisk veksling av tips",
    carouselStart: "Start automatisk veksling av tips",
    carouselChildren: "For barn",
    carouselTeens: "For ungdom",
    carouselParents: "For foreldre og foresatte",
    carouselEducators: "For lærere og pedagoger",
  },
  tips: {},
} satisfies Translation;
