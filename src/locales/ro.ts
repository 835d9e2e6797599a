import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Ziua Siguranței pe Internet",
    countdownUntil: "Mai sunt {duration} până la {name}, {date}",
    countdownToday: "Astăzi este {name}!",
    countdownEnded: "{name} a avut loc {date}.",
    globalTheme: "Împreună pentru un internet mai bun",
    bannerDay: "{name} {year}",
    bannerMessage: "Participă școli, familii și organizații din aproximativ 190 de țări. Găsește o activitate lângă tine.",
    bannerCta: "Află cum poți participa",
    bannerDismiss: "Închide anunțul despre {name}",
    carouselLabel: "Sfaturi pentru siguranța online",
    carouselSlide: "{index} din {count}",
    carouselPrevious: "Sfatul anterior",
    carouselNext: "Sfatul următor",
    carouselStop: "Oprește schimbarea automată a sfaturilor",
    carouselStart: "Pornește schimbarea automată a sfaturilor",
    carouselChildren: "Pentru copii",
    carouselTeens: "Pentru adolescenți",
    carouselParents: "Pentru părinți",
    carouselEducators: "Pentru profesori",
  },
  tips: {},
} satisfies Translation;
