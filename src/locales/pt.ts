import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: sicnoticias.pt (2020), on the events of Portugal's Centro Internet Segura.
    dayName: 'Dia da Internet Mais Segura',
    countdownUntil: '{duration} para o {name}, {date}',
    countdownToday: 'Hoje é o {name}!',
    countdownHideSeconds: 'Ocultar os segundos',
    countdownShowSeconds: 'Mostrar os segundos',
    countdownEnded: 'O {name} já decorreu ({date}).',
    eventUntil: '{duration} até {date}',
    eventToday: 'É hoje!',
    eventEnded: 'Esta data já passou ({date}).',
    globalTheme: 'Juntos por uma internet melhor',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Participam escolas, famílias e organizações de cerca de 190 países. Encontre uma atividade perto de si.',
    bannerCta: 'Saiba como participar',
    bannerDismiss: 'Fechar o aviso do {name}',
    carouselLabel: 'Dicas de segurança online',
    carouselLabelFor: 'Dicas de segurança online para {audiences}',
    carouselAudienceChildren: 'crianças',
    carouselAudienceTeens: 'adolescentes',
    carouselAudienceParents: 'pais e cuidadores',
    carouselAudienceEducators: 'professores e educadores',
    carouselRole: 'carrossel',
    carouselSlideRole: 'diapositivo',
    carouselSlide: '{index} de {count}',
    carouselPrevious: 'Dica anterior',
    carouselNext: 'Dica seguinte',
    carouselStop: 'Parar a troca automática de dicas',
    carouselStart: 'Iniciar a troca automática de dicas',
    carouselChildren: 'Para crianças',
    carouselTeens: 'Para adolescentes',
    carouselParents: 'Para pais e cuidadores',
    carouselEducators: 'Para professores e educadores',
    calendarLink: 'Adicionar ao calendário',
    helplineLine: 'Precisas de falar com alguém? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Conta a alguém de confiança',
      text: 'Se alguma coisa na internet te preocupar, te deixar triste ou te confundir, conta a um adulto em quem confies. Não te vais meter em sarilhos por contares.',
    },
    'children-password-secret': {
      title: 'As palavras-passe são segredo',
      text: 'Não contes as tuas palavras-passe a ninguém, nem ao teu melhor amigo ou amiga. Os adultos que cuidam de ti podem ajudar-te a lembrar-te delas.',
    },
    'children-personal-info': {
      title: 'Os teus dados são só teus',
      text: 'O teu nome completo, a tua morada, a tua escola e o teu número de telefone são só teus. Pergunta a um adulto antes de os partilhares na internet.',
    },
    'children-be-kind': {
      title: 'Sê gentil na internet',
      text: 'Atrás de cada ecrã há uma pessoa a sério, com sentimentos a sério. Só envia mensagens que dirias à vontade cara a cara.',
    },
    'children-strangers': {
      title: 'Nem todos são quem dizem ser',
      text: 'Na internet, as pessoas podem fingir que são outra pessoa. Nunca aceites encontrar-te com alguém que só conheces da internet.',
    },
    'children-true-or-not': {
      title: 'Será mesmo verdade?',
      text: 'Nem tudo o que vês na internet é verdade, mesmo que pareça real. Pergunta a um adulto ou confirma noutro sítio antes de acreditares.',
    },
    'children-free-prizes': {
      title: 'Prémios grátis são uma armadilha',
      text: 'Uma mensagem a dizer que ganhaste alguma coisa costuma ser uma armadilha. Não cliques nela e, em vez disso, mostra-a a um adulto.',
    },
    'children-screen-breaks': {
      title: 'Descansa um bocadinho',
      text: 'Jogar e ver vídeos é divertido, mas os teus olhos e o teu corpo também precisam de descanso. Faz uma pausa para te mexeres, brincares lá fora ou leres.',
    },
    'children-block-report': {
      title: 'Podes bloquear e denunciar',
      text: 'Se alguém for mau contigo ou te deixar desconfortável, podes bloquear essa pessoa e denunciar. Depois, conta a um adulto o que aconteceu.',
    },
    'children-photos': {
      title: 'Pensa antes de partilhar uma foto',
      text: 'Uma foto pode ser copiada e passada a outros. Pede autorização antes de partilhares uma foto de outra pessoa e pergunta a um adulto antes de partilhares uma foto tua.',
    },
    'children-ai-helpers': {
      title: 'Os chatbots também se enganam',
      text: 'Os programas que conversam contigo podem enganar-se e, mesmo assim, falar como se tivessem a certeza. Confirma o que dizem com um adulto ou num livro.',
    },
    'teens-digital-footprint': {
      title: 'O que publicas fica',
      text: 'As capturas de ecrã duram mais do que as publicações apagadas. Antes de partilhares, pensa: não te importavas que alguém visse isto daqui a cinco anos?',
    },
    'teens-two-step': {
      title: 'Ativa a verificação em dois passos',
      text: 'Junta um segundo passo às tuas contas importantes, como um código no telemóvel. Assim, uma palavra-passe roubada já não chega para entrar.',
    },
    'teens-unique-passwords': {
      title: 'Uma palavra-passe por conta',
      text: 'Se um site deixar escapar a tua palavra-passe, todas as contas que a usam ficam em risco. Um gestor de palavras-passe pode lembrar-se de todas por ti.',
    },
    'teens-upstander': {
      title: 'Põe-te do lado de quem é gozado',
      text: 'Quando vês alguém a ser gozado, uma mensagem privada de apoio pode significar muito. Denuncia o bullying em vez de o partilhares.',
    },
    'teens-nudes-pressure': {
      title: 'Pressão para enviar imagens',
      text: 'Ninguém tem o direito de te pressionar a enviar fotos íntimas. Se acontecer, ou se partilharem uma imagem tua, a culpa não é tua: fala com alguém de confiança ou com uma linha de apoio.',
    },
    'teens-deepfakes': {
      title: 'O falso pode parecer real',
      text: 'A IA consegue criar fotos, vozes e vídeos falsos muito convincentes. Vê primeiro quem publicou e se fontes de confiança dizem o mesmo.',
    },
    'teens-sextortion-scams': {
      title: 'Ameaças são uma burla',
      text: 'Se alguém ameaçar partilhar imagens a não ser que pagues, deixa de responder, não pagues, guarda as provas e conta a um adulto ou denuncia.',
    },
    'teens-too-good': {
      title: 'Bom demais para ser verdade?',
      text: 'Moeda de jogo barata, seguidores grátis e ofertas de dinheiro fácil são muitas vezes burlas que procuram ficar com a tua conta ou os teus dados. Se te estão a apressar, abranda.',
    },
    'teens-feed-feelings': {
      title: 'Como te sentes com o teu feed?',
      text: 'Se andar pelo feed te deixa pior, silencia, deixa de seguir ou faz uma pausa. És tu quem decide o que vês.',
    },
    'teens-location': {
      title: 'Revê as definições de localização',
      text: 'Algumas aplicações mostram onde estás num mapa ou nos dados das fotos. Partilha a tua localização só quando precisares mesmo e apenas com pessoas que conheces.',
    },
    'teens-talk-it-through': {
      title: 'Não tens de passar por isto a sós',
      text: 'Falar com um amigo, alguém da família, um professor ou uma linha de apoio pode tornar tudo mais fácil. Pedir ajuda é um sinal de força.',
    },
    'parents-talk-early': {
      title: 'Converse cedo e muitas vezes',
      text: 'Pergunte ao seu filho o que gosta de fazer na internet e também o que o preocupa. Conversas calmas e regulares facilitam que venha ter consigo quando algo corre mal.',
    },
    'parents-stay-calm': {
      title: 'Mantenha a calma quando lhe contarem',
      text: 'Se o seu filho lhe contar algo perturbador, antes de mais agradeça-lhe por ter contado. Tirar-lhe os dispositivos pode torná-lo menos disposto a contar-lhe da próxima vez.',
    },
    'parents-settings-together': {
      title: 'Configure as aplicações com o seu filho',
      text: 'Reveja as definições de privacidade com o seu filho quando ele começar a usar uma aplicação ou um jogo novo. Explique porque é que cada uma importa, para que aprenda a fazê-lo sozinho.',
    },
    'parents-parental-controls': {
      title: 'O controlo parental é uma ajuda',
      text: 'Filtros e limites de tempo ajudam, sobretudo com crianças mais novas, mas nenhuma ferramenta apanha tudo. Combine-os com conversa e com cada vez mais confiança, à medida que o seu filho cresce.',
    },
    'parents-family-agreement': {
      title: 'Combine regras em família',
      text: 'Decida em família quando e onde se usam os dispositivos, por exemplo, sem ecrãs às refeições nem nos quartos à noite. Regras que também valem para os adultos cumprem-se melhor.',
    },
    'parents-sharenting': {
      title: 'Pense antes de publicar sobre os filhos',
      text: 'As fotos e histórias que partilha hoje passam a fazer parte da vida digital do seu filho. Pergunte aos filhos mais velhos antes de publicar sobre eles e evite pormenores como o nome da escola.',
    },
    'parents-scam-signs': {
      title: 'Conheça os sinais de burla',
      text: 'Pressa, secretismo e pedidos de códigos ou de pagamentos são sinais de alerta. Mostre ao seu filho como verifica uma mensagem antes de agir.',
    },
    'parents-in-app-purchases': {
      title: 'Controle as compras nas aplicações',
      text: 'Muitos jogos gratuitos ganham dinheiro com compras dentro do jogo. Exija uma palavra-passe para pagamentos e explique como estas ofertas são pensadas para tentar os jogadores.',
    },
    'parents-ai-tools': {
      title: 'Explore a IA em conjunto',
      text: 'Experimente um chatbot ou um gerador de imagens com o seu filho e converse com ele sobre o que acerta e onde falha. Ajude-o a ver a IA como uma ferramenta a questionar, não como uma autoridade.',
    },
    'parents-model-habits': {
      title: 'Dê o exemplo',
      text: 'As crianças imitam o que veem. Pôr o seu próprio telemóvel de lado durante o tempo em família mostra-lhes como é um equilíbrio saudável.',
    },
    'parents-bullied-online': {
      title: 'Se o seu filho sofrer ciberbullying',
      text: 'Primeiro ouça; depois ajude-o a guardar capturas de ecrã, bloquear os envolvidos e denunciar. Informe também a escola e evite responder com raiva em nome do seu filho.',
    },
    'parents-account-security': {
      title: 'Proteja as contas da família',
      text: 'Use uma palavra-passe forte e diferente em cada conta e a verificação em dois passos no e-mail e nas lojas de aplicações. Ensine o seu filho a fazer o mesmo quando tiver contas próprias.',
    },
    'parents-know-reporting': {
      title: 'Saiba como denunciar',
      text: 'Aprenda a bloquear e denunciar nas aplicações que o seu filho usa e saiba quais são as linhas nacionais de apoio e de denúncia. Saber com antecedência poupa tempo quando é preciso.',
    },
    'educators-teach-evaluating': {
      title: 'Ensine a verificar as fontes',
      text: 'Pratique a leitura lateral: abrir novos separadores para saber quem está por trás de uma afirmação antes de a avaliar. Exercícios curtos e regulares resultam melhor do que uma aula longa.',
    },
    'educators-ai-literacy': {
      title: 'Inclua a IA na literacia mediática',
      text: 'Mostre aos alunos exemplos de textos e imagens gerados por IA, incluindo erros. Discuta como funcionam estas ferramentas, de onde vêm os seus dados e quando é justo usá-las.',
    },
    'educators-safe-space': {
      title: 'Facilite que os alunos falem',
      text: 'Diga aos alunos com quem podem falar na escola e que serão ouvidos. Ofereça uma forma discreta de denunciar, como uma caixa de perguntas ou um adulto de referência.',
    },
    'educators-follow-procedure': {
      title: 'Siga o procedimento de proteção',
      text: 'Se um aluno revelar que sofreu algum mal na internet, ouça-o, não prometa segredo e informe logo o responsável designado pela proteção. Registe o que foi dito, com as palavras dele.',
    },
    'educators-cyberbullying-policy': {
      title: 'Inclua o comportamento digital nas regras',
      text: 'Garanta que as regras contra o bullying e de comportamento abrangem o que acontece na internet, também fora do horário escolar quando afeta os alunos. Partilhe-as com as famílias.',
    },
    'educators-pupil-voice': {
      title: 'Deixe os alunos liderar',
      text: 'Os jovens conhecem muitas vezes melhor as aplicações e tendências mais recentes. Envolva-os no planeamento das aulas de segurança digital e no ensino dos alunos mais novos.',
    },
    'educators-privacy-classroom': {
      title: 'Proteja os dados dos alunos',
      text: 'Confirme o consentimento antes de publicar trabalhos ou fotos dos alunos e use ferramentas aprovadas pela escola que cumpram as regras de proteção de dados. Dê o exemplo na aula com bons hábitos de privacidade.',
    },
    'educators-accounts-security': {
      title: 'Proteja as suas contas da escola',
      text: 'Use palavras-passe fortes e únicas e a verificação em dois passos nos sistemas da escola. Bloqueie o ecrã sempre que se afastar da secretária, nem que seja por um minuto.',
    },
    'educators-phishing': {
      title: 'Identifique o phishing com os alunos',
      text: 'Use na aula exemplos reais e anonimizados de e-mails e mensagens falsos. Peça aos alunos que encontrem as pistas, como remetentes estranhos e pressão para agir depressa.',
    },
    'educators-wellbeing-balance': {
      title: 'Fale de equilíbrio, não só de limites',
      text: 'Converse sobre como as diferentes atividades na internet fazem os alunos sentir-se e ajude-os a perceber quando devem fazer uma pausa. Evite apresentar todo o tempo de ecrã como prejudicial.',
    },
  },
} satisfies Translation;
