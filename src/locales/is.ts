import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dagur öruggari netnotkunar",
    countdownUntil: "{duration} þar til {name} hefst, {date}",
    countdownToday: "Í dag er {name}!",
    countdownEnded: "{name} var haldinn: {date}.",
    globalTheme: "Saman fyrir betra internet",
    bannerDay: "{name} {year}",
    bannerMessage: "Skólar, fjölskyldur og samtök í um 190 löndum taka þátt. Finndu viðburð nálægt þér.",
    bannerCta: "Sjáðu hvernig þú getur tekið þátt",
    bannerDismiss: "Loka tilkynningu um {name}",
    carouselLabel: "Ráð um örugga netnotkun",
    carouselSlide: "{index} af {count}",
    carouselPrevious: "Fyrra ráð",
    carouselNext: "Næsta ráð",
    carouselStop: "Stöðva sjálfvirk skipti ráða",
    carouselStart: "Hefja sjálfvirk skipti ráða",
    carouselChildren: "Fyrir börn",
    carouselTeens: "Fyrir unglinga",
    carouselParents: "Fyrir foreldra",
    carouselEducators: "Fyrir kennara",
  },
  tips: {},
} satisfies Translation;
