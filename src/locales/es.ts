import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Día de Internet Segura",
    countdownUntil: "{duration} hasta el {name}, {date}",
    countdownToday: "¡Hoy es el {name}!",
    countdownEnded: "El {name} fue el {date}.",
    globalTheme: "Juntos por un internet mejor",
    bannerDay: "{name} {year}",
    bannerMessage: "Participan escuelas, familias y organizaciones de unos 190 países. Encuentra una actividad cerca de ti.",
    bannerCta: "Descubre cómo participar",
    bannerDismiss: "Cerrar el aviso del {name}",
    carouselLabel: "Consejos para navegar seguros",
    carouselSlide: "{index} de {count}",
    carouselPrevious: "Consejo anterior",
    carouselNext: "Consejo siguiente",
    carouselStop: "Detener el cambio automático de consejos",
    carouselStart: "Iniciar el cambio automático de consejos",
    carouselChildren: "Para niños y niñas",
    carouselTeens: "Para adolescentes",
    carouselParents: "Para familias",
    carouselEducators: "Para docentes",
  },
  tips: {},
} satisfies Translation;
