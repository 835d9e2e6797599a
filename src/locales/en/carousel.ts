/** The tip carousel's English words. */
export const enCarousel = {
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
};
