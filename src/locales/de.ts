import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Safer Internet Day",
    countdownUntil: "Noch {duration} bis zum {name}, {date}",
    countdownToday: "Heute ist {name}!",
    countdownEnded: "Der {name} war am {date}.",
    globalTheme: "Gemeinsam für ein besseres Internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Schulen, Familien und Organisationen in rund 190 Ländern machen mit. Finde eine Aktion in deiner Nähe.",
    bannerCta: "So kannst du mitmachen",
    bannerDismiss: "Hinweis zum {name} schließen",
    carouselLabel: "Tipps für mehr Sicherheit im Internet",
    carouselSlide: "{index} von {count}",
    carouselPrevious: "Vorheriger Tipp",
    carouselNext: "Nächster Tipp",
    carouselStop: "Tipps nicht mehr automatisch wechseln",
    carouselStart: "Tipps automatisch wechseln",
    carouselChildren: "Für Kinder",
    carouselTeens: "Für Jugendliche",
    carouselParents: "Für Eltern",
    carouselEducators: "Für Lehrkräfte",
  },
  tips: {},
} satisfies Translation;
