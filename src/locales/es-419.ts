import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name, found by its translator: Latin-American press (El Tiempo, Colombia, 2019; Río Negro, Argentina, 2026); no committee's own name found.
    dayName: 'Día de Internet Segura',
    countdownUntil: '{duration} para el {name}, {date}',
    countdownToday: '¡Hoy es el {name}!',
    countdownHideSeconds: 'Ocultar los segundos',
    countdownShowSeconds: 'Mostrar los segundos',
    countdownEnded: 'El {date} se celebró el {name}.',
    eventUntil: '{duration} para el {date}',
    eventToday: '¡Hoy es el gran día!',
    eventEnded: 'El {date} tuvo lugar este evento.',
    globalTheme: 'Juntos por una internet mejor',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Participan escuelas, familias y organizaciones de unos 190 países. Encuentra una actividad cerca de ti.',
    bannerCta: 'Descubre cómo participar',
    bannerDismiss: 'Cerrar el aviso del {name}',
    carouselLabel: 'Consejos de seguridad en internet',
    carouselLabelFor: 'Consejos de seguridad en internet para {audiences}',
    carouselAudienceChildren: 'niñas y niños',
    carouselAudienceTeens: 'adolescentes',
    carouselAudienceParents: 'madres, padres y cuidadores',
    carouselAudienceEducators: 'docentes y educadores',
    carouselRole: 'carrusel',
    carouselSlideRole: 'diapositiva',
    carouselSlide: '{index} de {count}',
    carouselPrevious: 'Consejo anterior',
    carouselNext: 'Siguiente consejo',
    carouselStop: 'Detener el cambio automático de consejos',
    carouselStart: 'Iniciar el cambio automático de consejos',
    carouselChildren: 'Para niñas y niños',
    carouselTeens: 'Para adolescentes',
    carouselParents: 'Para madres, padres y cuidadores',
    carouselEducators: 'Para docentes y educadores',
    calendarLink: 'Agregar al calendario',
    helplineLine: '¿Necesitas hablar con alguien? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Cuéntaselo a alguien de confianza',
      text: 'Si algo en internet te preocupa, te pone triste o te confunde, cuéntaselo a un adulto de confianza. No te vas a meter en problemas por contarlo.',
    },
    'children-password-secret': {
      title: 'Las contraseñas son secretas',
      text: 'No le digas tus contraseñas a nadie, ni siquiera a tu mejor amigo o amiga. Los adultos que te cuidan pueden ayudarte a recordarlas.',
    },
    'children-personal-info': {
      title: 'Tus datos son solo tuyos',
      text: 'Tu nombre completo, tu dirección, tu escuela y tu número de teléfono son solo tuyos. Pregúntale a un adulto antes de compartirlos en cualquier lugar de internet.',
    },
    'children-be-kind': {
      title: 'Sé amable en internet',
      text: 'Detrás de cada pantalla hay una persona de verdad, con sentimientos de verdad. Envía solo mensajes que también dirías cara a cara.',
    },
    'children-strangers': {
      title: 'No todos son quienes dicen ser',
      text: 'En internet, la gente puede hacerse pasar por otra persona. Nunca aceptes verte en persona con alguien que solo conoces por internet.',
    },
    'children-true-or-not': {
      title: '¿De verdad es cierto?',
      text: 'No todo lo que ves en internet es verdad, aunque parezca real. Pregúntale a un adulto o búscalo en otro lugar antes de creerlo.',
    },
    'children-free-prizes': {
      title: 'Los premios gratis son una trampa',
      text: 'Un mensaje que dice que ganaste algo casi siempre es una trampa. No hagas clic: mejor muéstraselo a un adulto.',
    },
    'children-screen-breaks': {
      title: 'Toma un descanso',
      text: 'Jugar y ver cosas en la pantalla es divertido, pero tus ojos y tu cuerpo también necesitan descansar. Deja la pantalla un rato para moverte, jugar afuera o leer.',
    },
    'children-block-report': {
      title: 'Puedes bloquear y reportar',
      text: 'Si alguien es malo contigo o te incomoda, puedes bloquearlo y reportarlo. Después cuéntale a un adulto lo que pasó.',
    },
    'children-photos': {
      title: 'Piensa antes de compartir una foto',
      text: 'Una foto se puede copiar y reenviar. Pide permiso antes de compartir una foto de otra persona, y pregúntale a un adulto antes de compartir una tuya.',
    },
    'children-ai-helpers': {
      title: 'Los chatbots pueden equivocarse',
      text: 'Los programas de computadora que chatean contigo pueden equivocarse, aunque suenen muy seguros. Revisa lo que dicen con un adulto o en un libro.',
    },
    'teens-digital-footprint': {
      title: 'Lo que publicas se queda',
      text: 'Las capturas de pantalla duran más que las publicaciones borradas. Antes de compartir algo, pregúntate si te parecería bien que alguien lo viera dentro de cinco años.',
    },
    'teens-two-step': {
      title: 'Activa la verificación en dos pasos',
      text: 'Agrega un segundo paso, como un código en tu celular, a tus cuentas importantes. Así, una contraseña robada ya no basta por sí sola para entrar.',
    },
    'teens-unique-passwords': {
      title: 'Una contraseña para cada cuenta',
      text: 'Si un sitio filtra tu contraseña, todas las cuentas en las que la usas quedan en riesgo. Un administrador de contraseñas puede recordarlas todas por ti.',
    },
    'teens-upstander': {
      title: 'No te quedes de brazos cruzados',
      text: 'Cuando veas que molestan a alguien, un mensaje privado de apoyo puede significar mucho. Reporta el acoso en lugar de compartirlo.',
    },
    'teens-nudes-pressure': {
      title: 'Presión para enviar imágenes',
      text: 'Nadie tiene derecho a presionarte para que envíes fotos íntimas. Si pasa, o si alguien comparte una imagen tuya, no es tu culpa: habla con alguien de confianza o con una línea de ayuda.',
    },
    'teens-deepfakes': {
      title: 'Lo falso puede parecer real',
      text: 'La IA puede crear fotos, voces y videos falsos muy convincentes. Primero revisa quién lo publicó y si fuentes confiables dicen lo mismo.',
    },
    'teens-sextortion-scams': {
      title: 'Las amenazas son una estafa',
      text: 'Si alguien amenaza con compartir imágenes tuyas si no le pagas, deja de responder, no pagues, guarda las pruebas y cuéntaselo a un adulto o repórtalo.',
    },
    'teens-too-good': {
      title: '¿Demasiado bueno para ser verdad?',
      text: 'Las monedas de juego baratas, los seguidores gratis y las ofertas de dinero fácil suelen ser estafas que buscan tu cuenta o tus datos. Si sientes que te apuran, tómate tu tiempo.',
    },
    'teens-feed-feelings': {
      title: 'Fíjate en cómo te hace sentir lo que ves',
      text: 'Si después de un rato en redes sociales te sientes peor, silencia cuentas, deja de seguirlas o tómate un descanso. Tú decides lo que ves.',
    },
    'teens-location': {
      title: 'Revisa tu configuración de ubicación',
      text: 'Algunas aplicaciones muestran dónde estás en un mapa o en los datos de las fotos. No compartas tu ubicación a menos que de verdad lo necesites, y en ese caso solo con personas que conoces.',
    },
    'teens-talk-it-through': {
      title: 'No tienes que pasar por esto a solas',
      text: 'Hablar con un amigo o amiga, alguien de tu familia, un profesor o una línea de ayuda puede hacer las cosas más fáciles. Pedir ayuda es una muestra de fortaleza.',
    },
    'parents-talk-early': {
      title: 'Hable desde temprano y con frecuencia',
      text: 'Pregúntele a su hijo o hija qué le gusta hacer en internet y también qué le preocupa. Las conversaciones tranquilas y frecuentes le facilitarán acudir a usted cuando algo salga mal.',
    },
    'parents-stay-calm': {
      title: 'Mantenga la calma cuando se lo cuente',
      text: 'Si su hijo o hija le cuenta algo angustiante, antes que nada agradézcale por contárselo. Quitarle los dispositivos puede hacer que la próxima vez dude en contárselo.',
    },
    'parents-settings-together': {
      title: 'Configure las aplicaciones en familia',
      text: 'Revise la configuración de privacidad con su hijo o hija cuando empiece a usar una aplicación o un juego nuevo. Explíquele por qué importa cada ajuste, para que aprenda a hacerlo por su cuenta.',
    },
    'parents-parental-controls': {
      title: 'Use el control parental como apoyo',
      text: 'Los filtros y los límites de tiempo ayudan, sobre todo con los más pequeños, pero ninguna herramienta lo detecta todo. Combínelos con diálogo y con una confianza cada vez mayor a medida que su hijo o hija crezca.',
    },
    'parents-family-agreement': {
      title: 'Acuerde reglas en familia',
      text: 'Decida con sus hijos cuándo y dónde se usan los dispositivos, por ejemplo, nada de pantallas durante las comidas ni en los dormitorios por la noche. Las reglas que también cumplen los adultos son más fáciles de respetar.',
    },
    'parents-sharenting': {
      title: 'Piense antes de publicar sobre su hijo o hija',
      text: 'Las fotos e historias que comparte hoy pasan a formar parte de la vida en internet de su hijo o hija. Pregúnteles a sus hijos mayores antes de publicar algo sobre ellos y evite datos como el nombre de la escuela.',
    },
    'parents-scam-signs': {
      title: 'Reconozca las señales de una estafa',
      text: 'La urgencia, el secreto y las solicitudes de códigos o pagos son señales de alerta. Muéstrele a su hijo o hija cómo revisa usted un mensaje antes de actuar.',
    },
    'parents-in-app-purchases': {
      title: 'Controle las compras dentro de las aplicaciones',
      text: 'Muchos juegos gratuitos ganan dinero con compras dentro del juego. Exija una contraseña para los pagos y hable de cómo estas ofertas están diseñadas para tentar a quienes juegan.',
    },
    'parents-ai-tools': {
      title: 'Explore la IA en familia',
      text: 'Pruebe con su hijo o hija un chatbot o un generador de imágenes y hable con él o ella de lo que la herramienta hace bien y lo que hace mal. Ayude a su hijo o hija a verlo como una herramienta que hay que cuestionar, no como una autoridad.',
    },
    'parents-model-habits': {
      title: 'Dé el ejemplo',
      text: 'Los niños copian lo que ven. Si guarda su propio celular durante el tiempo en familia, les muestra cómo es un equilibrio sano.',
    },
    'parents-bullied-online': {
      title: 'Si su hijo o hija sufre acoso en internet',
      text: 'Primero escuche; después ayude a su hijo o hija a guardar capturas de pantalla, bloquear a las personas involucradas y reportarlo. Avise también a la escuela y evite responder con enojo en su nombre.',
    },
    'parents-account-security': {
      title: 'Proteja las cuentas de la familia',
      text: 'Use una contraseña segura y distinta para cada cuenta, con verificación en dos pasos en el correo electrónico y las tiendas de aplicaciones. Enséñele a su hijo o hija a hacer lo mismo cuando tenga sus propias cuentas.',
    },
    'parents-know-reporting': {
      title: 'Sepa cómo reportar',
      text: 'Aprenda a bloquear y reportar en las aplicaciones que usa su hijo o hija, y averigüe cuáles son la línea de ayuda y la línea de denuncia de su país. Saberlo con anticipación ahorra tiempo cuando importa.',
    },
    'educators-teach-evaluating': {
      title: 'Enseñe a verificar las fuentes',
      text: 'Practique la lectura lateral: abrir nuevas pestañas para averiguar quién está detrás de una afirmación antes de juzgarla. Los ejercicios breves y frecuentes funcionan mejor que una sola clase larga.',
    },
    'educators-ai-literacy': {
      title: 'Incluya la IA en la alfabetización mediática',
      text: 'Muestre a sus estudiantes ejemplos de textos e imágenes generados por IA, incluidos sus errores. Analice con ellos cómo funcionan estas herramientas, de dónde salen sus datos y cuándo es justo usarlas.',
    },
    'educators-safe-space': {
      title: 'Facilite que sus estudiantes hablen',
      text: 'Haga saber a sus estudiantes con quién pueden hablar en la escuela y que se les va a escuchar. Ofrezca una forma discreta de reportar, como un buzón de preguntas o una persona designada del personal.',
    },
    'educators-follow-procedure': {
      title: 'Siga el protocolo de protección',
      text: 'Si un estudiante le cuenta que sufrió algún daño en internet, escuche, no prometa guardar el secreto y comuníquelo de inmediato a la persona designada para la protección de estudiantes en la escuela. Anote lo que dijo el estudiante, tal como lo dijo.',
    },
    'educators-cyberbullying-policy': {
      title: 'Incluya lo digital en las normas de la escuela',
      text: 'Asegúrese de que las normas contra el acoso y de convivencia cubran lo que pasa en internet, también fuera del horario escolar cuando afecta a los estudiantes. Compártalas con las familias.',
    },
    'educators-pupil-voice': {
      title: 'Deje que los estudiantes lideren',
      text: 'Los jóvenes suelen conocer mejor que nadie las aplicaciones y tendencias más nuevas. Involúcrelos en la planificación de las clases de seguridad en internet y en la enseñanza a estudiantes más pequeños.',
    },
    'educators-privacy-classroom': {
      title: 'Proteja los datos de sus estudiantes',
      text: 'Verifique que haya consentimiento antes de publicar trabajos o fotos de estudiantes, y use herramientas aprobadas por la escuela que cumplan las normas de protección de datos. Dé el ejemplo en clase con buenos hábitos de privacidad.',
    },
    'educators-accounts-security': {
      title: 'Proteja sus cuentas de la escuela',
      text: 'Use contraseñas seguras y únicas, y la verificación en dos pasos en los sistemas de la escuela. Bloquee la pantalla cuando se levante de su escritorio, aunque sea por un minuto.',
    },
    'educators-phishing': {
      title: 'Detecte con su clase los mensajes fraudulentos',
      text: 'Use en clase ejemplos reales y anonimizados de correos y mensajes falsos. Pida a sus estudiantes que busquen las pistas, como direcciones de remitente extrañas o la presión para actuar rápido.',
    },
    'educators-wellbeing-balance': {
      title: 'Hable de equilibrio, no solo de límites',
      text: 'Converse con sus estudiantes sobre cómo los hacen sentir las distintas actividades en internet, y ayúdelos a darse cuenta de cuándo tomar un descanso. Evite presentar todo el tiempo frente a la pantalla como algo dañino.',
    },
  },
} satisfies Translation;
