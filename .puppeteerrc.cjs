// No test drives a browser that puppeteer downloads: they use Debian's Chromium, Firefox ESR and WebKit (README,
// "Development"). Without this, `npm install` fetches a 170 MB Chrome, and fails outright where it cannot be reached.
module.exports = { skipDownload: true };
