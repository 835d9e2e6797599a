/** The countdown's English words. */
export const enCountdown = {
  /** What a screen reader hears before the day: "9 days and 4 hours until Safer Internet Day, Tuesday 9 February 2027". */
  countdownUntil: '{duration} until {name}, {date}',
  /** Shown on the day itself. */
  countdownToday: 'Today is {name}!',
  /** The countdown's button that stops the seconds ticking (they are hidden), and the one that shows them again. */
  countdownHideSeconds: 'Hide the seconds',
  countdownShowSeconds: 'Show the seconds',
  /** Shown once a partner's own date has passed. */
  countdownEnded: '{name} took place on {date}.',
  /**
   * The same three sentences for a partner's own date or moment (`date` set to another day than Safer Internet Day),
   * which may be any event: they do not name the day.
   */
  eventUntil: '{duration} until {date}',
  eventToday: 'Today is the day!',
  eventEnded: 'This took place on {date}.',
};
