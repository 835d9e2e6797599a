import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Dia da Internet Mais Segura",
    countdownUntil: "Faltam {duration} para o {name}, {date}",
    countdownToday: "Hoje é o {name}!",
    countdownEnded: "O {name} foi em {date}.",
    globalTheme: "Juntos por uma internet melhor",
    bannerDay: "{name} {year}",
    bannerMessage: "Participam escolas, famílias e organizações de cerca de 190 países. Encontre uma atividade perto de si.",
    bannerCta: "Saiba como participar",
    bannerDismiss: "Fechar o aviso do {name}",
    carouselLabel: "Dicas de segurança online",
    carouselSlide: "{index} de {count}",
    carouselPrevious: "Dica anterior",
    carouselNext: "Dica seguinte",
    carouselStop: "Parar a troca automática de dicas",
    carouselStart: "Iniciar a troca automática de dicas",
    carouselChildren: "Para crianças",
    carouselTeens: "Para adolescentes",
    carouselParents: "Para pais e cuidadores",
    carouselEducators: "Para professores e educadores",
  },
  tips: {},
} satisfies Translation;
