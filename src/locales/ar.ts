import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "يوم الإنترنت الآمن",
    countdownUntil: "{duration} حتى {name}، {date}",
    countdownToday: "اليوم هو {name}!",
    countdownEnded: "أُقيم {name} في {date}.",
    globalTheme: "معًا من أجل إنترنت أفضل",
    bannerDay: "{name} {year}",
    bannerMessage: "تشارك مدارس وعائلات ومؤسسات من نحو 190 دولة. ابحث عن نشاط قريب منك.",
    bannerCta: "اعرف كيف تشارك",
    bannerDismiss: "إغلاق إعلان {name}",
    carouselLabel: "نصائح للأمان على الإنترنت",
    carouselSlide: "{index} من {count}",
    carouselPrevious: "النصيحة السابقة",
    carouselNext: "النصيحة التالية",
    carouselStop: "إيقاف تبديل النصائح تلقائيًا",
    carouselStart: "بدء تبديل النصائح تلقائيًا",
    carouselChildren: "للأطفال",
    carouselTeens: "لليافعين",
    carouselParents: "للآباء والأمهات",
    carouselEducators: "للمعلمين",
  },
  tips: {},
} satisfies Translation;
