// Puppeteer's browser download is not used: safety-gap prints with a system
// Chromium (see src/pdf/findBrowser.ts). Skipping it keeps `npm install`
// working on machines whose network blocks the download.
module.exports = { skipDownload: true };
