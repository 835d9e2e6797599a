import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Alþjóðlegi netöryggisdagurinn",
    countdownUntil: "{duration} þar til {name} rennur upp, {date}",
    countdownToday: "Í dag er {name}!",
    countdownEnded: "{name} er liðinn. Hann var {date}.",
    globalTheme: "Saman fyrir betra net",
    bannerDay: "{name} {year}",
    bannerMessage: "Skólar, fjölskyldur og samtök í um 190 löndum taka þátt. Finndu viðburð nálægt þér.",
    bannerCta: "Kynntu þér hvernig þú getur tekið þátt",
    bannerDismiss: "Loka tilkynningunni um „{name}“",
    carouselLabel: "Góð ráð um öryggi á netinu",
    carouselSlide: "{index} af {count}",
    carouselPrevious: "Fyrra ráð",
    carouselNext: "Næsta ráð",
    carouselStop: "Hætta að skipta sjálfkrafa um ráð",
    carouselStart: "Byrja að skipta sjálfkrafa um ráð",
    carouselChildren: "Fyrir börn",
    carouselTeens: "Fyrir unglinga",
    carouselParents: "Fyrir foreldra og forráðamenn",
    carouselEducators: "Fyrir kennara og starfsfólk skóla",
  },
  tips: {},
} satisfies Translation;
