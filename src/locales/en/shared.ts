/** The English words more than one element uses. */
export const enShared = {
  /** The day's name. */
  dayName: 'Safer Internet Day',
  /** Above the banner's heading: "Safer Internet Day 2027 · Tuesday 9 February 2027". */
  bannerDay: '{name} {year}',
  /** The link that downloads the day as a calendar event (an .ics file), under a countdown or a banner. */
  calendarLink: 'Add to calendar',
  /**
   * The line that introduces the country's helpline for children and young people; `{helpline}` is its name and
   * number as a phone link, such as "Nummer gegen Kummer: 116 111".
   */
  helplineLine: 'Need to talk to someone? {helpline}',
};
