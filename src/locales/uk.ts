import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "День безпечного інтернету",
    countdownUntil: "Ще {duration} до заходу «{name}», {date}",
    countdownToday: "Сьогодні {name}!",
    countdownEnded: "Захід «{name}» уже відбувся: {date}.",
    globalTheme: "Разом для кращого інтернету",
    bannerDay: "{name} {year}",
    bannerMessage: "Долучаються школи, родини та організації приблизно зі 190 країн. Знайди захід поблизу.",
    bannerCta: "Дізнайся, як долучитися",
    bannerDismiss: "Закрити оголошення про захід «{name}»",
    carouselLabel: "Поради з безпеки в інтернеті",
    carouselSlide: "{index} з {count}",
    carouselPrevious: "Попередня порада",
    carouselNext: "Наступна порада",
    carouselStop: "Зупинити автоматичну зміну порад",
    carouselStart: "Увімкнути автоматичну зміну порад",
    carouselChildren: "Для дітей",
    carouselTeens: "Для підлітків",
    carouselParents: "Для батьків і опікунів",
    carouselEducators: "Для вчителів і педагогів",
  },
  tips: {},
} satisfies Translation;
