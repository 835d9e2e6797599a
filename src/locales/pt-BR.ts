import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: SaferNet Brasil (new.safernet.org.br) and CGI.br (cg.org.br).
    dayName: 'Dia da Internet Segura',
    countdownUntil: '{duration} para o {name}, {date}',
    countdownToday: 'Hoje é o {name}!',
    countdownHideSeconds: 'Ocultar os segundos',
    countdownShowSeconds: 'Mostrar os segundos',
    countdownEnded: 'O {name} já aconteceu ({date}).',
    eventUntil: '{duration} até {date}',
    eventToday: 'É hoje!',
    eventEnded: 'Esta data já passou ({date}).',
    globalTheme: 'Juntos por uma internet melhor',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Escolas, famílias e organizações de cerca de 190 países participam. Encontre uma atividade perto de você.',
    bannerCta: 'Saiba como participar',
    bannerDismiss: 'Fechar o aviso do {name}',
    carouselLabel: 'Dicas de segurança na internet',
    carouselLabelFor: 'Dicas de segurança na internet para {audiences}',
    carouselAudienceChildren: 'crianças',
    carouselAudienceTeens: 'adolescentes',
    carouselAudienceParents: 'pais e responsáveis',
    carouselAudienceEducators: 'professores e educadores',
    carouselRole: 'carrossel',
    carouselSlideRole: 'diapositivo',
    carouselSlide: '{index} de {count}',
    carouselPrevious: 'Dica anterior',
    carouselNext: 'Próxima dica',
    carouselStop: 'Parar a troca automática de dicas',
    carouselStart: 'Iniciar a troca automática de dicas',
    carouselChildren: 'Para crianças',
    carouselTeens: 'Para adolescentes',
    carouselParents: 'Para pais e responsáveis',
    carouselEducators: 'Para professores e educadores',
    calendarLink: 'Adicionar à agenda',
    helplineLine: 'Precisa conversar com alguém? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Conte para alguém de confiança',
      text: 'Se alguma coisa na internet causar preocupação, tristeza ou confusão, conte para um adulto em quem você confia. Você não vai levar bronca nem ficar de castigo por contar.',
    },
    'children-password-secret': {
      title: 'Senha é segredo',
      text: 'Não conte suas senhas para ninguém, nem para seu melhor amigo ou sua melhor amiga. Os adultos que cuidam de você podem ajudar você a se lembrar delas.',
    },
    'children-personal-info': {
      title: 'Seus dados são só seus',
      text: 'Seu nome completo, seu endereço, sua escola e seu número de telefone são só seus. Pergunte a um adulto antes de compartilhar essas informações em qualquer lugar da internet.',
    },
    'children-be-kind': {
      title: 'Seja gentil na internet',
      text: 'Atrás de cada tela existe uma pessoa de verdade, com sentimentos de verdade. Só mande mensagens que você diria tranquilamente cara a cara.',
    },
    'children-strangers': {
      title: 'Nem todo mundo é quem diz ser',
      text: 'Na internet, uma pessoa pode fingir que é outra. Nunca aceite se encontrar com alguém que você só conhece pela internet.',
    },
    'children-true-or-not': {
      title: 'Será que é verdade mesmo?',
      text: 'Nem tudo o que você vê na internet é verdade, mesmo que pareça real. Pergunte a um adulto ou confira em outro lugar antes de acreditar.',
    },
    'children-free-prizes': {
      title: 'Prêmio grátis é armadilha',
      text: 'Uma mensagem dizendo que você ganhou alguma coisa quase sempre é uma armadilha. Não clique nela: mostre para um adulto.',
    },
    'children-screen-breaks': {
      title: 'Faça uma pausa',
      text: 'Jogar e assistir vídeos é divertido, mas seus olhos e seu corpo também precisam descansar. Pare um pouco para se mexer, brincar lá fora ou ler.',
    },
    'children-block-report': {
      title: 'Você pode bloquear e denunciar',
      text: 'Se alguém for maldoso com você ou deixar você desconfortável, você pode bloquear essa pessoa e denunciar. Depois, conte para um adulto o que aconteceu.',
    },
    'children-photos': {
      title: 'Pense antes de compartilhar uma foto',
      text: 'Uma foto pode ser copiada e repassada. Peça permissão antes de compartilhar uma foto de outra pessoa e pergunte a um adulto antes de compartilhar uma foto sua.',
    },
    'children-ai-helpers': {
      title: 'Chatbots também erram',
      text: 'Os programas de computador que conversam com você podem errar e, mesmo assim, parecer ter muita certeza. Confira o que eles dizem com um adulto ou em um livro.',
    },
    'teens-digital-footprint': {
      title: 'O que você posta fica',
      text: 'Capturas de tela duram mais que postagens apagadas. Antes de compartilhar, pense: tudo bem se alguém vir isso daqui a cinco anos?',
    },
    'teens-two-step': {
      title: 'Ative a verificação em duas etapas',
      text: 'Adicione uma segunda etapa às suas contas importantes, como um código no celular. Assim, uma senha roubada sozinha não basta para alguém entrar.',
    },
    'teens-unique-passwords': {
      title: 'Uma senha para cada conta',
      text: 'Se um site vazar sua senha, todas as contas que usam essa mesma senha ficam em risco. Um gerenciador de senhas pode lembrar todas elas para você.',
    },
    'teens-upstander': {
      title: 'Não fique só assistindo',
      text: 'Quando você vê alguém sendo humilhado ou perseguido, uma mensagem privada de apoio pode fazer muita diferença. Denuncie o bullying em vez de compartilhar.',
    },
    'teens-nudes-pressure': {
      title: 'Pressão para mandar fotos',
      text: 'Ninguém tem o direito de pressionar você a mandar fotos íntimas. Se isso acontecer, ou se alguém compartilhar uma imagem sua, a culpa não é sua: converse com alguém de confiança ou procure um canal de ajuda.',
    },
    'teens-deepfakes': {
      title: 'O falso pode parecer real',
      text: 'A IA consegue criar fotos, vozes e vídeos falsos bem convincentes. Primeiro, veja quem postou e se fontes confiáveis estão dizendo a mesma coisa.',
    },
    'teens-sextortion-scams': {
      title: 'Ameaça é golpe',
      text: 'Se alguém ameaçar compartilhar imagens caso você não pague, pare de responder, não pague, guarde as provas e conte para um adulto ou denuncie.',
    },
    'teens-too-good': {
      title: 'Bom demais para ser verdade?',
      text: 'Moedas de jogo baratas, seguidores grátis e promessas de dinheiro fácil muitas vezes são golpes para roubar sua conta ou seus dados. Se estiverem apressando você, vá com calma.',
    },
    'teens-feed-feelings': {
      title: 'Repare em como as redes fazem você se sentir',
      text: 'Se ficar rolando a tela faz você se sentir pior, silencie perfis, deixe de seguir ou faça uma pausa. Quem decide o que você vê é você.',
    },
    'teens-location': {
      title: 'Confira suas configurações de localização',
      text: 'Alguns aplicativos mostram onde você está num mapa ou nos dados das fotos. Deixe o compartilhamento de localização desativado, a não ser que você realmente precise, e compartilhe só com pessoas que você conhece.',
    },
    'teens-talk-it-through': {
      title: 'Você não precisa passar por isso sem ajuda',
      text: 'Conversar com um amigo, alguém da família, um professor ou um canal de ajuda pode deixar tudo mais leve. Pedir ajuda é sinal de força.',
    },
    'parents-talk-early': {
      title: 'Converse cedo e com frequência',
      text: 'Pergunte ao seu filho o que ele gosta de fazer na internet e também o que o preocupa. Conversas tranquilas e regulares facilitam que ele procure você quando algo der errado.',
    },
    'parents-stay-calm': {
      title: 'Mantenha a calma quando seu filho se abrir',
      text: 'Se seu filho contar algo que o deixou abalado, antes de tudo agradeça por ele ter contado. Tirar os aparelhos dele pode deixá-lo menos disposto a contar para você da próxima vez.',
    },
    'parents-settings-together': {
      title: 'Configure os aplicativos junto com seu filho',
      text: 'Revise as configurações de privacidade com seu filho quando ele começar a usar um aplicativo ou jogo novo. Explique por que cada configuração é importante, para que ele aprenda a fazer isso sozinho.',
    },
    'parents-parental-controls': {
      title: 'Use o controle parental como aliado',
      text: 'Filtros e limites de tempo ajudam, principalmente com crianças menores, mas nenhuma ferramenta pega tudo. Combine esses recursos com conversa e com cada vez mais confiança à medida que seu filho cresce.',
    },
    'parents-family-agreement': {
      title: 'Combine regras com a família',
      text: 'Decida com a família quando e onde os aparelhos são usados, por exemplo, nada de telas nas refeições nem nos quartos à noite. Regras que também valem para os adultos são mais fáceis de cumprir.',
    },
    'parents-sharenting': {
      title: 'Pense antes de postar sobre seu filho',
      text: 'Fotos e histórias que você compartilha hoje passam a fazer parte da vida digital do seu filho. Pergunte aos filhos mais velhos antes de postar sobre eles e evite detalhes como o nome da escola.',
    },
    'parents-scam-signs': {
      title: 'Conheça os sinais de golpe',
      text: 'Pressa, segredo e pedidos de códigos ou pagamentos são sinais de alerta. Mostre ao seu filho como você confere uma mensagem antes de tomar qualquer atitude.',
    },
    'parents-in-app-purchases': {
      title: 'Controle as compras dentro dos aplicativos',
      text: 'Muitos jogos gratuitos ganham dinheiro com compras dentro do jogo. Exija senha para pagamentos e converse sobre como essas ofertas são pensadas para tentar os jogadores.',
    },
    'parents-ai-tools': {
      title: 'Explore ferramentas de IA junto com seu filho',
      text: 'Experimente um chatbot ou um gerador de imagens com seu filho e conversem sobre os acertos e os erros da ferramenta. Ajude seu filho a ver a IA como algo a ser questionado, não como uma autoridade.',
    },
    'parents-model-habits': {
      title: 'Dê o exemplo',
      text: 'As crianças imitam o que veem. Deixar o próprio celular de lado durante o tempo em família mostra a elas como é um equilíbrio saudável.',
    },
    'parents-bullied-online': {
      title: 'Se seu filho sofrer bullying na internet',
      text: 'Primeiro escute; depois ajude seu filho a guardar capturas de tela, bloquear os envolvidos e denunciar. Avise também a escola e evite responder com raiva em nome dele.',
    },
    'parents-account-security': {
      title: 'Proteja as contas da família',
      text: 'Use uma senha forte e diferente para cada conta e ative a verificação em duas etapas no e-mail e nas lojas de aplicativos. Ensine seu filho a fazer o mesmo quando ele tiver as próprias contas.',
    },
    'parents-know-reporting': {
      title: 'Saiba como denunciar',
      text: 'Aprenda a bloquear e denunciar nos aplicativos que seu filho usa e descubra quais são os canais nacionais de ajuda e de denúncia. Saber isso com antecedência economiza tempo quando mais importa.',
    },
    'educators-teach-evaluating': {
      title: 'Ensine a checar as fontes',
      text: 'Pratique a leitura lateral: abrir novas abas para descobrir quem está por trás de uma afirmação antes de avaliá-la. Exercícios curtos e regulares funcionam melhor do que uma aula longa.',
    },
    'educators-ai-literacy': {
      title: 'Inclua a IA na educação midiática',
      text: 'Mostre aos alunos exemplos de textos e imagens gerados por IA, incluindo erros. Discuta como essas ferramentas funcionam, de onde vêm os dados delas e quando é justo usá-las.',
    },
    'educators-safe-space': {
      title: 'Facilite que os alunos falem',
      text: 'Diga aos alunos com quem eles podem conversar na escola e que eles serão ouvidos. Ofereça uma forma discreta de denunciar, como uma caixinha de perguntas ou um profissional de referência.',
    },
    'educators-follow-procedure': {
      title: 'Siga o protocolo de proteção da escola',
      text: 'Se um aluno revelar que sofreu algum tipo de violência ou abuso na internet, escute, não prometa segredo e encaminhe o caso imediatamente ao responsável pela proteção dos alunos na escola. Registre o que foi dito com as palavras do aluno.',
    },
    'educators-cyberbullying-policy': {
      title: 'Inclua o comportamento na internet nas regras',
      text: 'Garanta que as normas contra o bullying e as regras de convivência abranjam o que acontece na internet, inclusive fora do horário escolar quando isso afetar os alunos. Compartilhe essas regras com as famílias.',
    },
    'educators-pupil-voice': {
      title: 'Deixe os alunos liderarem',
      text: 'Os jovens muitas vezes conhecem melhor os aplicativos e as tendências mais recentes. Envolva os alunos no planejamento das aulas sobre segurança na internet e no ensino dos colegas mais novos.',
    },
    'educators-privacy-classroom': {
      title: 'Proteja os dados dos alunos',
      text: 'Confirme o consentimento antes de publicar trabalhos ou fotos dos alunos e use ferramentas aprovadas pela escola que cumpram a legislação de proteção de dados. Dê o exemplo em sala com bons hábitos de privacidade.',
    },
    'educators-accounts-security': {
      title: 'Proteja suas contas da escola',
      text: 'Use senhas fortes e exclusivas e a verificação em duas etapas nos sistemas da escola. Bloqueie a tela sempre que se afastar da mesa, mesmo que seja por um minuto.',
    },
    'educators-phishing': {
      title: 'Reconheça mensagens falsas com a turma',
      text: 'Use em sala exemplos reais e anonimizados de e-mails e mensagens falsas. Peça aos alunos que encontrem as pistas, como endereços de remetente estranhos e pressão para agir rápido.',
    },
    'educators-wellbeing-balance': {
      title: 'Fale de equilíbrio, não só de limites',
      text: 'Converse sobre como as diferentes atividades na internet fazem os alunos se sentir e ajude-os a perceber quando é hora de fazer uma pausa. Evite apresentar todo o tempo de tela como prejudicial.',
    },
  },
} satisfies Translation;
