import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "יום האינטרנט הבטוח",
    countdownUntil: "{duration} עד {name}, {date}",
    countdownToday: "היום {name}!",
    countdownEnded: "{name} התקיים ב{date}.",
    globalTheme: "יחד למען אינטרנט טוב יותר",
    bannerDay: "{name} {year}",
    bannerMessage: "בתי ספר, משפחות וארגונים בכ־190 מדינות משתתפים. מצאו פעילות קרובה אליכם.",
    bannerCta: "גלו איך להשתתף",
    bannerDismiss: "סגירת ההודעה על {name}",
    carouselLabel: "טיפים לגלישה בטוחה",
    carouselSlide: "{index} מתוך {count}",
    carouselPrevious: "הטיפ הקודם",
    carouselNext: "הטיפ הבא",
    carouselStop: "עצירת ההחלפה האוטומטית של הטיפים",
    carouselStart: "הפעלת ההחלפה האוטומטית של הטיפים",
    carouselChildren: "לילדים",
    carouselTeens: "לבני נוער",
    carouselParents: "להורים",
    carouselEducators: "למורים ולאנשי חינוך",
  },
  tips: {},
} satisfies Translation;
