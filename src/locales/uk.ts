import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "День безпечного інтернету",
    countdownUntil: "До події «{name}» залишилося {duration}, {date}",
    countdownToday: "Сьогодні — {name}!",
    countdownEnded: "Подія «{name}» відбулася: {date}.",
    globalTheme: "Разом за кращий інтернет",
    bannerDay: "{name} {year}",
    bannerMessage: "Беруть участь школи, родини й організації з близько 190 країн. Знайдіть подію поруч із вами.",
    bannerCta: "Дізнайтеся, як долучитися",
    bannerDismiss: "Закрити повідомлення про «{name}»",
    carouselLabel: "Поради з безпеки в інтернеті",
    carouselSlide: "{index} з {count}",
    carouselPrevious: "Попередня порада",
    carouselNext: "Наступна порада",
    carouselStop: "Зупинити автоматичну зміну порад",
    carouselStart: "Увімкнути автоматичну зміну порад",
    carouselChildren: "Для дітей",
    carouselTeens: "Для підлітків",
    carouselParents: "Для батьків",
    carouselEducators: "Для вчителів",
  },
  tips: {},
} satisfies Translation;
