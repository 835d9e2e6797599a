import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Güvenli İnternet Günü",
    countdownUntil: "{name} etkinliğine {duration} kaldı: {date}",
    countdownToday: "Bugün {name}!",
    countdownEnded: "{name} etkinliği {date} tarihinde gerçekleşti.",
    globalTheme: "Daha iyi bir internet için birlikte",
    bannerDay: "{name} {year}",
    bannerMessage: "Yaklaşık 190 ülkeden okullar, aileler ve kuruluşlar katılıyor. Yakınındaki bir etkinliği bul.",
    bannerCta: "Nasıl katılabileceğini öğren",
    bannerDismiss: "{name} duyurusunu kapat",
    carouselLabel: "Çevrim içi güvenlik ipuçları",
    carouselSlide: "İpucu {index}, toplam {count}",
    carouselPrevious: "Önceki ipucu",
    carouselNext: "Sonraki ipucu",
    carouselStop: "İpuçlarının otomatik geçişini durdur",
    carouselStart: "İpuçlarının otomatik geçişini başlat",
    carouselChildren: "Çocuklar için",
    carouselTeens: "Gençler için",
    carouselParents: "Ebeveynler ve bakım verenler için",
    carouselEducators: "Öğretmenler ve eğitimciler için",
  },
  tips: {},
} satisfies Translation;
