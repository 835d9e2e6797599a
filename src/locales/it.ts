import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "{duration} al {name}, {date}",
    countdownToday: "Oggi è il {name}!",
    countdownEnded: "Il {name} si è svolto {date}.",
    globalTheme: "Insieme per un internet migliore",
    bannerDay: "{name} {year}",
    bannerMessage: "Partecipano scuole, famiglie e organizzazioni di circa 190 paesi. Trova un’attività vicino a te.",
    bannerCta: "Scopri come partecipare",
    bannerDismiss: "Chiudi l’avviso sul {name}",
    carouselLabel: "Consigli per stare sicuri online",
    carouselSlide: "{index} di {count}",
    carouselPrevious: "Consiglio precedente",
    carouselNext: "Consiglio successivo",
    carouselStop: "Ferma lo scorrimento automatico dei consigli",
    carouselStart: "Avvia lo scorrimento automatico dei consigli",
    carouselChildren: "Per bambini e bambine",
    carouselTeens: "Per ragazzi e ragazze",
    carouselParents: "Per genitori",
    carouselEducators: "Per insegnanti",
  },
  tips: {},
} satisfies Translation;
