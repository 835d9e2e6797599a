/** The theme banner's English words. */
export const enBanner = {
  /** The global theme since 2019, in its official wording where there is one. */
  globalTheme: 'Together for a better internet',
  /** The banner's message when the partner gives none and the theme has no subtitle. */
  bannerMessage: 'Schools, families and organisations in about 190 countries take part. Find an activity near you.',
  /** The call to action. */
  bannerCta: 'Find out how to take part',
  /** The dismiss button's accessible name. */
  bannerDismiss: 'Dismiss the {name} banner',
};
