import type { Translation } from './en.js';

export default {
  messages: {
    dayName: "Ημέρα Ασφαλούς Διαδικτύου",
    countdownUntil: "{duration} μέχρι την {name}, {date}",
    countdownToday: "Σήμερα είναι η {name}!",
    countdownEnded: "Η {name} έγινε: {date}.",
    globalTheme: "Μαζί για ένα καλύτερο διαδίκτυο",
    bannerDay: "{name} {year}",
    bannerMessage: "Συμμετέχουν σχολεία, οικογένειες και οργανισμοί από περίπου 190 χώρες. Βρες μια δράση κοντά σου.",
    bannerCta: "Δες πώς μπορείς να συμμετάσχεις",
    bannerDismiss: "Κλείσιμο της ειδοποίησης για την {name}",
    carouselLabel: "Συμβουλές για ασφάλεια στο διαδίκτυο",
    carouselSlide: "{index} από {count}",
    carouselPrevious: "Προηγούμενη συμβουλή",
    carouselNext: "Επόμενη συμβουλή",
    carouselStop: "Διακοπή αυτόματης εναλλαγής συμβουλών",
    carouselStart: "Έναρξη αυτόματης εναλλαγής συμβουλών",
    carouselChildren: "Για παιδιά",
    carouselTeens: "Για εφήβους",
    carouselParents: "Για γονείς",
    carouselEducators: "Για εκπαιδευτικούς",
  },
  tips: {},
} satisfies Translation;
