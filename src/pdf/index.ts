/** Printing the paper: find a browser, print HTML to a reproducible PDF. */
export { findBrowser, defaultProbe, browserAvailable, APT_INSTALL, type BrowserProbe, type FoundBrowser, type BrowserSource } from "./findBrowser.js";
export { PdfPrinter, printPdf, type PrintJob, type PrinterOptions, type BlockedRequest, type RequestSource } from "./PdfPrinter.js";
export { PAGE_ORIGIN } from "./pageFiles.js";
export { normalizePdf, pdfDate } from "./normalizePdf.js";
export { CHROMIUM_ARGS, BROWSER_ARGS, NO_NETWORK_ARGS } from "./chromiumArgs.js";
export { countPages } from "./countPages.js";
