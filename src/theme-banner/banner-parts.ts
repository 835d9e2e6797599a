/** What a banner fetches when the first one renders: the theme data and lookups, and the banner's own styles. */
export { countryPage, isCountryCode, themeFor } from './themes.js';
export { styles } from './sid-theme-banner.styles.js';
