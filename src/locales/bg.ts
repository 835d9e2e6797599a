import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Ден за безопасен интернет",
    countdownUntil: "Остават {duration} до „{name}“, {date}",
    countdownToday: "Днес е {name}!",
    countdownEnded: "„{name}“ се проведе на {date}.",
    globalTheme: "Заедно за по-добър интернет",
    bannerDay: "{name} {year}",
    bannerMessage: "Участват училища, семейства и организации от около 190 държави. Намерете събитие близо до вас.",
    bannerCta: "Вижте как да се включите",
    bannerDismiss: "Затваряне на съобщението за „{name}“",
    carouselLabel: "Съвети за безопасност онлайн",
    carouselSlide: "{index} от {count}",
    carouselPrevious: "Предишен съвет",
    carouselNext: "Следващ съвет",
    carouselStop: "Спри автоматичната смяна на съветите",
    carouselStart: "Пусни автоматичната смяна на съветите",
    carouselChildren: "За деца",
    carouselTeens: "За тийнейджъри",
    carouselParents: "За родители",
    carouselEducators: "За учители",
  },
  tips: {},
} satisfies Translation;
