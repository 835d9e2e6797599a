/**
 * English, the language every other translation is checked against. Placeholders in braces are filled in by the
 * elements; numbers, dates, units and lists come from `Intl` in the visitor's language.
 */
export const en = {
  /** The day's name. */
  dayName: 'Safer Internet Day',
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
  /** The global theme since 2019, in its official wording where there is one. */
  globalTheme: 'Together for a better internet',
  /** Above the banner's heading: "Safer Internet Day 2027 · Tuesday 9 February 2027". */
  bannerDay: '{name} {year}',
  /** The banner's message when the partner gives none and the theme has no subtitle. */
  bannerMessage: 'Schools, families and organisations in about 190 countries take part. Find an activity near you.',
  /** The call to action. */
  bannerCta: 'Find out how to take part',
  /** The dismiss button's accessible name. */
  bannerDismiss: 'Dismiss the {name} banner',
  /** The tip carousel's accessible name. */
  carouselLabel: 'Online safety tips',
  /**
   * Its name when it shows tips for some audiences only: "Online safety tips for parents and carers". `{audiences}` is
   * one or more of the four words below, joined as a list ("children and teens"), each in the form this sentence needs.
   */
  carouselLabelFor: 'Online safety tips for {audiences}',
  carouselAudienceChildren: 'children',
  carouselAudienceTeens: 'teens',
  carouselAudienceParents: 'parents and carers',
  carouselAudienceEducators: 'teachers and educators',
  /** What screen readers call the carousel and each of its tips (`aria-roledescription`): the words, in lower case. */
  carouselRole: 'carousel',
  carouselSlideRole: 'slide',
  /** Each tip's accessible name: "3 of 12". */
  carouselSlide: '{index} of {count}',
  /** The buttons' accessible names. */
  carouselPrevious: 'Previous tip',
  carouselNext: 'Next tip',
  carouselStop: 'Stop showing tips one after another',
  carouselStart: 'Start showing tips one after another',
  /** Who a tip is for, shown above its title. */
  carouselChildren: 'For children',
  carouselTeens: 'For teens',
  carouselParents: 'For parents and carers',
  carouselEducators: 'For teachers and educators',
  /** The link that downloads the day as a calendar event (an .ics file), under a countdown or a banner. */
  calendarLink: 'Add to calendar',
  /**
   * The line that introduces the country's helpline for children and young people; `{helpline}` is its name and
   * number as a phone link, such as "Nummer gegen Kummer: 116 111".
   */
  helplineLine: 'Need to talk to someone? {helpline}',
};
