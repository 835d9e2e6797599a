import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Saugesnio interneto diena",
    countdownUntil: "Iki renginio „{name}“ liko {duration}, {date}",
    countdownToday: "Šiandien – {name}!",
    countdownEnded: "„{name}“ vyko {date}.",
    globalTheme: "Kartu už geresnį internetą",
    bannerDay: "{name} {year}",
    bannerMessage: "Dalyvauja mokyklos, šeimos ir organizacijos iš maždaug 190 šalių. Raskite renginį netoliese.",
    bannerCta: "Sužinokite, kaip prisijungti",
    bannerDismiss: "Uždaryti pranešimą: {name}",
    carouselLabel: "Patarimai, kaip saugiai naudotis internetu",
    carouselSlide: "{index} iš {count}",
    carouselPrevious: "Ankstesnis patarimas",
    carouselNext: "Kitas patarimas",
    carouselStop: "Sustabdyti automatinį patarimų keitimą",
    carouselStart: "Įjungti automatinį patarimų keitimą",
    carouselChildren: "Vaikams",
    carouselTeens: "Paaugliams",
    carouselParents: "Tėvams",
    carouselEducators: "Mokytojams",
  },
  tips: {},
} satisfies Translation;
