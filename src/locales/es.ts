import type { Translation } from './schema.js';

export default {
  messages: {
    // Source of the day's name: Spain's Departamento de Seguridad Nacional (dsn.gob.es, 2021), naming INCIBE and its Safer Internet Centre IS4K as organisers.
    dayName: 'Día de Internet Segura',
    countdownUntil: '{duration} hasta el {name}, {date}',
    countdownToday: '¡Hoy es el {name}!',
    countdownHideSeconds: 'Ocultar los segundos',
    countdownShowSeconds: 'Mostrar los segundos',
    countdownEnded: 'El {name} fue el {date}.',
    eventUntil: '{duration} hasta el {date}',
    eventToday: '¡Hoy es el gran día!',
    eventEnded: 'Tuvo lugar el {date}.',
    globalTheme: 'Juntos por un mejor internet',
    bannerDay: '{name} {year}',
    bannerMessage:
      'Participan escuelas, familias y organizaciones de unos 190 países. Encuentra una actividad cerca de ti.',
    bannerCta: 'Descubre cómo participar',
    bannerDismiss: 'Cerrar el aviso del {name}',
    carouselLabel: 'Consejos para navegar de forma segura',
    carouselLabelFor: 'Consejos para navegar de forma segura dirigidos a {audiences}',
    carouselAudienceChildren: 'niños y niñas',
    carouselAudienceTeens: 'adolescentes',
    carouselAudienceParents: 'familias',
    carouselAudienceEducators: 'docentes',
    carouselRole: 'carrusel',
    carouselSlideRole: 'diapositiva',
    carouselSlide: '{index} de {count}',
    carouselPrevious: 'Consejo anterior',
    carouselNext: 'Consejo siguiente',
    carouselStop: 'Detener el cambio automático de consejos',
    carouselStart: 'Iniciar el cambio automático de consejos',
    carouselChildren: 'Para niños y niñas',
    carouselTeens: 'Para adolescentes',
    carouselParents: 'Para familias',
    carouselEducators: 'Para docentes',
    calendarLink: 'Añadir al calendario',
    helplineLine: '¿Necesitas hablar con alguien? {helpline}',
  },
  tips: {
    'children-trusted-adult': {
      title: 'Cuéntaselo a alguien de confianza',
      text: 'Si algo en internet te preocupa, te pone triste o te confunde, cuéntaselo a un adulto de confianza. No te vas a meter en líos por contarlo.',
    },
    'children-password-secret': {
      title: 'Las contraseñas son secretas',
      text: 'No le digas tus contraseñas a nadie, ni siquiera a tu mejor amigo o amiga. Los adultos que te cuidan pueden ayudarte a recordarlas.',
    },
    'children-personal-info': {
      title: 'Tus datos son solo tuyos',
      text: 'Tu nombre completo, tu dirección, tu escuela y tu número de teléfono son solo tuyos. Pregunta a un adulto antes de compartirlos en internet.',
    },
    'children-be-kind': {
      title: 'Sé amable en internet',
      text: 'Detrás de cada pantalla hay una persona de verdad, con sentimientos de verdad. Envía solo mensajes que también dirías cara a cara.',
    },
    'children-strangers': {
      title: 'No todos son quienes dicen ser',
      text: 'En internet, la gente puede hacerse pasar por otra persona. Nunca aceptes quedar con alguien a quien solo conoces por internet.',
    },
    'children-true-or-not': {
      title: '¿De verdad es cierto?',
      text: 'No todo lo que ves en internet es verdad, aunque parezca real. Pregunta a un adulto o búscalo en otro sitio antes de creértelo.',
    },
    'children-free-prizes': {
      title: 'Los premios gratis son una trampa',
      text: 'Un mensaje que dice que has ganado algo casi siempre es una trampa. No hagas clic: enséñaselo a un adulto.',
    },
    'children-screen-breaks': {
      title: 'Haz una pausa',
      text: 'Jugar y mirar la pantalla es divertido, pero tus ojos y tu cuerpo también necesitan descansar. Deja la pantalla un rato para moverte, jugar al aire libre o leer.',
    },
    'children-block-report': {
      title: 'Puedes bloquear y denunciar',
      text: 'Si alguien es malo contigo o te hace sentir mal, puedes bloquearlo y denunciarlo. Después cuéntale a un adulto lo que pasó.',
    },
    'children-photos': {
      title: 'Piensa antes de compartir una foto',
      text: 'Una foto se puede copiar y reenviar. Pide permiso antes de compartir una foto de otra persona, y pregunta a un adulto antes de compartir una tuya.',
    },
    'children-ai-helpers': {
      title: 'Los chatbots se pueden equivocar',
      text: 'Los programas que chatean contigo pueden equivocarse, aunque parezca que lo saben todo. Comprueba lo que dicen con un adulto o en un libro.',
    },
    'teens-digital-footprint': {
      title: 'Lo que publicas se queda',
      text: 'Las capturas de pantalla duran más que las publicaciones borradas. Antes de compartir algo, pregúntate si te parecería bien que alguien lo viera dentro de cinco años.',
    },
    'teens-two-step': {
      title: 'Activa la verificación en dos pasos',
      text: 'Añade un segundo paso, como un código en tu teléfono, a tus cuentas importantes. Así, una contraseña robada ya no basta por sí sola para entrar.',
    },
    'teens-unique-passwords': {
      title: 'Una contraseña para cada cuenta',
      text: 'Si una web filtra tu contraseña, todas las cuentas en las que la usas quedan en riesgo. Un gestor de contraseñas puede recordarlas todas por ti.',
    },
    'teens-upstander': {
      title: 'No te quedes mirando: actúa',
      text: 'Cuando veas que se meten con alguien, un mensaje privado de apoyo puede significar mucho. Denuncia el acoso en vez de compartirlo.',
    },
    'teens-nudes-pressure': {
      title: 'Presión para enviar imágenes',
      text: 'Nadie tiene derecho a presionarte para que envíes fotos íntimas. Si pasa, o si se comparte una imagen tuya, no es culpa tuya: habla con alguien de confianza o con una línea de ayuda.',
    },
    'teens-deepfakes': {
      title: 'Lo falso puede parecer real',
      text: 'La IA puede crear fotos, voces y vídeos falsos muy convincentes. Comprueba primero quién lo publicó y si fuentes fiables cuentan lo mismo.',
    },
    'teens-sextortion-scams': {
      title: 'Las amenazas son una estafa',
      text: 'Si alguien amenaza con compartir imágenes a menos que pagues, deja de responder, no pagues, guarda las pruebas y cuéntaselo a un adulto o denúncialo.',
    },
    'teens-too-good': {
      title: '¿Demasiado bueno para ser verdad?',
      text: 'Las monedas de juego baratas, los seguidores gratis y las ofertas de dinero fácil suelen ser estafas que buscan tu cuenta o tus datos. Si te meten prisa, tómatelo con calma.',
    },
    'teens-feed-feelings': {
      title: 'Fíjate en cómo te hace sentir tu feed',
      text: 'Si después de hacer scroll te sientes peor, silencia cuentas, deja de seguirlas o tómate un descanso. Tú decides lo que ves.',
    },
    'teens-location': {
      title: 'Revisa tu configuración de ubicación',
      text: 'Algunas apps muestran dónde estás en un mapa o en los datos de las fotos. No compartas tu ubicación salvo que de verdad lo necesites, y hazlo solo con gente que conozcas.',
    },
    'teens-talk-it-through': {
      title: 'No tienes por qué pasar por esto a solas',
      text: 'Hablar con un amigo, alguien de tu familia, un profesor o una línea de ayuda puede hacerlo todo más fácil. Pedir ayuda es una muestra de fuerza.',
    },
    'parents-talk-early': {
      title: 'Habla pronto y a menudo',
      text: 'Pregunta a tu hijo o hija qué le gusta hacer en internet y también qué le preocupa. Hablar con calma y con frecuencia le facilitará acudir a ti cuando algo vaya mal.',
    },
    'parents-stay-calm': {
      title: 'Mantén la calma cuando te lo cuente',
      text: 'Si tu hijo o hija te cuenta algo que le ha afectado, antes de nada dale las gracias por contártelo. Quitarle los dispositivos puede hacer que la próxima vez no te lo cuente.',
    },
    'parents-settings-together': {
      title: 'Configura las apps en familia',
      text: 'Revisa la configuración de privacidad con tu hijo o hija cuando empiece a usar una app o un juego nuevo. Explícale por qué importa cada ajuste, para que aprenda a hacerlo por su cuenta.',
    },
    'parents-parental-controls': {
      title: 'Usa el control parental como apoyo',
      text: 'Los filtros y los límites de tiempo ayudan, sobre todo con los más pequeños, pero ninguna herramienta lo detecta todo. Combínalos con diálogo y con más confianza a medida que tu hijo o hija crezca.',
    },
    'parents-family-agreement': {
      title: 'Acuerda normas en familia',
      text: 'Decide con tus hijos cuándo y dónde se usan los dispositivos, por ejemplo, nada de pantallas en las comidas ni en los dormitorios por la noche. Las normas que también cumplen los adultos son más fáciles de mantener.',
    },
    'parents-sharenting': {
      title: 'Piensa antes de publicar sobre tu hijo o hija',
      text: 'Las fotos e historias que compartes hoy pasan a formar parte de la vida en internet de tu hijo o hija. Pregunta a los hijos mayores antes de publicar algo sobre ellos y evita datos como el nombre de su escuela.',
    },
    'parents-scam-signs': {
      title: 'Reconoce las señales de una estafa',
      text: 'Las prisas, el secretismo y las peticiones de códigos o pagos son señales de alerta. Enseña a tu hijo o hija cómo compruebas un mensaje antes de hacer nada.',
    },
    'parents-in-app-purchases': {
      title: 'Controla las compras dentro de las apps',
      text: 'Muchos juegos gratuitos ganan dinero con compras dentro del juego. Exige una contraseña para los pagos y habla de cómo estas ofertas están pensadas para tentar a quien juega.',
    },
    'parents-ai-tools': {
      title: 'Explora la IA en familia',
      text: 'Prueba un chatbot o un generador de imágenes con tu hijo o hija y habla con él o ella de en qué acierta y en qué falla el programa. Ayúdale a verlo como una herramienta que hay que cuestionar, no como una autoridad.',
    },
    'parents-model-habits': {
      title: 'Da ejemplo',
      text: 'Los niños copian lo que ven. Dejar tu propio teléfono a un lado durante el tiempo en familia les enseña cómo es un equilibrio sano.',
    },
    'parents-bullied-online': {
      title: 'Si tu hijo o hija sufre acoso en internet',
      text: 'Primero escucha; después ayúdale a guardar capturas, bloquear a quienes participan y denunciarlo. Avisa también a la escuela y evita responder con enfado en su nombre.',
    },
    'parents-account-security': {
      title: 'Protege las cuentas de la familia',
      text: 'Usa una contraseña fuerte y distinta para cada cuenta, con verificación en dos pasos en el correo y las tiendas de apps. Enseña a tu hijo o hija a hacer lo mismo cuando tenga sus propias cuentas.',
    },
    'parents-know-reporting': {
      title: 'Aprende a denunciar',
      text: 'Aprende a bloquear y denunciar en las apps que usa tu hijo o hija, y averigua cuáles son la línea de ayuda y el canal de denuncia de tu país. Saberlo de antemano ahorra tiempo cuando importa.',
    },
    'educators-teach-evaluating': {
      title: 'Enseña a comprobar las fuentes',
      text: 'Practica la lectura lateral: abrir nuevas pestañas para averiguar quién está detrás de una afirmación antes de juzgarla. Los ejercicios breves y frecuentes funcionan mejor que una sola clase larga.',
    },
    'educators-ai-literacy': {
      title: 'Incluye la IA en la alfabetización mediática',
      text: 'Muestra a tus estudiantes ejemplos de textos e imágenes generados por IA, con sus errores. Debate con ellos cómo funcionan estas herramientas, de dónde salen sus datos y cuándo es justo usarlas.',
    },
    'educators-safe-space': {
      title: 'Facilita que pidan ayuda',
      text: 'Haz saber a tus estudiantes con quién pueden hablar en la escuela y que se les escuchará. Ofrece una forma discreta de avisar, como un buzón de preguntas o una persona de referencia del centro.',
    },
    'educators-follow-procedure': {
      title: 'Sigue el protocolo de protección',
      text: 'Si un estudiante te cuenta que ha sufrido algún daño en internet, escucha, no prometas guardar el secreto y comunícalo de inmediato a la persona coordinadora de bienestar y protección del centro. Anota lo que dijo con sus propias palabras.',
    },
    'educators-cyberbullying-policy': {
      title: 'Incluye lo digital en las normas de la escuela',
      text: 'Asegúrate de que las normas contra el acoso y de convivencia cubran lo que pasa en internet, también fuera del horario escolar si afecta a los estudiantes. Compártelas con las familias.',
    },
    'educators-pupil-voice': {
      title: 'Deja que los estudiantes lideren',
      text: 'Los jóvenes suelen conocer mejor que nadie las apps y tendencias más nuevas. Hazlos partícipes al planificar las clases de seguridad en internet y al enseñar a estudiantes más pequeños.',
    },
    'educators-privacy-classroom': {
      title: 'Protege los datos de tus estudiantes',
      text: 'Comprueba que hay consentimiento antes de publicar trabajos o fotos de estudiantes, y usa herramientas aprobadas por la escuela que cumplan la normativa de protección de datos. Da ejemplo en clase con buenos hábitos de privacidad.',
    },
    'educators-accounts-security': {
      title: 'Protege tus cuentas de la escuela',
      text: 'Usa contraseñas fuertes y únicas y la verificación en dos pasos en los sistemas de la escuela. Bloquea la pantalla cuando te levantes de tu mesa, aunque sea un minuto.',
    },
    'educators-phishing': {
      title: 'Detecta el phishing en clase',
      text: 'Usa en clase ejemplos reales y anonimizados de correos y mensajes falsos. Pide a tus estudiantes que busquen las pistas, como remitentes extraños o la presión para actuar rápido.',
    },
    'educators-wellbeing-balance': {
      title: 'Habla de equilibrio, no solo de límites',
      text: 'Comenta cómo hacen sentir a tus estudiantes las distintas actividades en internet y ayúdales a darse cuenta de cuándo necesitan un descanso. Evita presentar todo el tiempo de pantalla como algo dañino.',
    },
  },
} satisfies Translation;
