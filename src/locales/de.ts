import type { Translation } from './en.js';

export default {
  messages: {
    dayName: 'Safer Internet Day',
    countdownUntil: 'Noch {duration} bis zum {name}, {date}',
    countdownToday: 'Heute ist {name}!',
    countdownEnded: 'Der {name} war am {date}.',
  },
  tips: {},
} satisfies Translation;
