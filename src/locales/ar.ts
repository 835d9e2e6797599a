import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "يوم الإنترنت الآمن",
    countdownUntil: "تبقّى {duration} على {name}، {date}",
    countdownToday: "اليوم هو {name}!",
    countdownEnded: "انتهى {name} الذي وافق {date}.",
    globalTheme: "معًا من أجل إنترنت أفضل",
    bannerDay: "{name} {year}",
    bannerMessage: "تشارك فيه مدارس وعائلات ومؤسسات في نحو 190 دولة. ابحث عن نشاط قريب منك.",
    bannerCta: "اعرف كيف تشارك",
    bannerDismiss: "إغلاق إعلان {name}",
    carouselLabel: "نصائح للأمان على الإنترنت",
    carouselSlide: "{index} من {count}",
    carouselPrevious: "النصيحة السابقة",
    carouselNext: "النصيحة التالية",
    carouselStop: "إيقاف التبديل التلقائي للنصائح",
    carouselStart: "تشغيل التبديل التلقائي للنصائح",
    carouselChildren: "للأطفال",
    carouselTeens: "للمراهقين",
    carouselParents: "للآباء والأمهات ومقدمي الرعاية",
    carouselEducators: "للمعلمين والمربين",
  },
  tips: {},
} satisfies Translation;
