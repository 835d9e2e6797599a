import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Güvenli İnternet Günü",
    countdownUntil: "{name} etkinliğine {duration} kaldı, {date}",
    countdownToday: "Bugün {name}!",
    countdownEnded: "{name} etkinliği yapıldı: {date}.",
    globalTheme: "Daha iyi bir internet için birlikte",
    bannerDay: "{name} {year}",
    bannerMessage: "Yaklaşık 190 ülkeden okullar, aileler ve kuruluşlar katılıyor. Yakınındaki bir etkinliği bul.",
    bannerCta: "Nasıl katılabileceğini öğren",
    bannerDismiss: "{name} duyurusunu kapat",
    carouselLabel: "Çevrim içi güvenlik ipuçları",
    carouselSlide: "{index} / {count}",
    carouselPrevious: "Önceki ipucu",
    carouselNext: "Sonraki ipucu",
    carouselStop: "İpuçlarının otomatik değişmesini durdur",
    carouselStart: "İpuçlarının otomatik değişmesini başlat",
    carouselChildren: "Çocuklar için",
    carouselTeens: "Gençler için",
    carouselParents: "Ebeveynler için",
    carouselEducators: "Öğretmenler için",
  },
  tips: {},
} satisfies Translation;
