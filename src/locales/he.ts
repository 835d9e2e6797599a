import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "יום האינטרנט הבטוח",
    countdownUntil: "עוד {duration} עד {name}, {date}",
    countdownToday: "היום חל {name}!",
    countdownEnded: "{name} התקיים בתאריך {date}.",
    globalTheme: "יחד למען אינטרנט טוב יותר",
    bannerDay: "{name} {year}",
    bannerMessage: "בתי ספר, משפחות וארגונים בכ-190 מדינות לוקחים חלק. מצאו פעילות קרובה אליכם.",
    bannerCta: "גלו איך משתתפים",
    bannerDismiss: "סגירת ההודעה על {name}",
    carouselLabel: "טיפים לגלישה בטוחה",
    carouselSlide: "{index} מתוך {count}",
    carouselPrevious: "הטיפ הקודם",
    carouselNext: "הטיפ הבא",
    carouselStop: "עצירת ההחלפה האוטומטית של הטיפים",
    carouselStart: "הפעלת ההחלפה האוטומטית של הטיפים",
    carouselChildren: "לילדים",
    carouselTeens: "לבני נוער",
    carouselParents: "להורים ולמבוגרים משמעותיים",
    carouselEducators: "למורים ולאנשי חינוך",
  },
  tips: {},
} satisfies Translation;
