/** Message texts for printing the paper to PDF (`src/pdf`). */

export const browserEnvMissing = (path: string): string => `PUPPETEER_EXECUTABLE_PATH is set to "${path}", but no file exists there`;
export const browserEnvMissingHint = (): string => "point PUPPETEER_EXECUTABLE_PATH at a Chromium or Chrome executable, or unset it to use the system browser";

export const noBrowser = (searched: string[]): string =>
  `no Chromium or Chrome found to print the PDF (looked at PUPPETEER_EXECUTABLE_PATH, ${searched.join(", ")})`;
export const noBrowserHint = (command: string): string => `run \`${command}\`, or set PUPPETEER_EXECUTABLE_PATH to a Chromium/Chrome executable`;

export const installingChromium = (command: string): string => `safety-gap: no Chromium found; installing Debian's chromium as root: ${command}`;
export const installFailed = (command: string, detail: string): string => `installing Chromium failed (${command}): ${detail}`;
export const installFailedHint = (command: string): string => `run \`${command}\` yourself and read its output, or set PUPPETEER_EXECUTABLE_PATH`;

export const browserLaunchFailed = (path: string, detail: string): string => `could not start the browser ${path}: ${detail}`;
export const browserLaunchFailedHint = (): string => "check that the browser runs (`<path> --headless --version`), or set PUPPETEER_EXECUTABLE_PATH to another one";

// A reference the print page could not load. `ref` is the reference as the source writes it, or the URL.
export const remoteRequest = (ref: string): string =>
  `the page asks for ${ref}, which is on the network; the PDF is printed offline and loads nothing from the network`;
export const remoteRequestHint = (): string =>
  "remove the reference, or use a file the build writes beside the page (figures come from report/figures/*.vl.json; styles from templates/*.css as assets/paper/*.css; fonts under assets/fonts/)";

export const missingRequest = (ref: string): string =>
  `the page asks for ${ref}, which is not one of the page's files: the PDF can only load paper.html and the files the build writes under assets/`;
export const missingRequestHint = (): string =>
  "refer to a file the build writes, by a path relative to paper.html (assets/paper/<name>.css for templates/<name>.css, assets/fonts/, assets/katex/), or remove the reference";

export const localFileRequest = (ref: string): string =>
  `the page asks for ${ref}, a file of the machine; the PDF never loads anything outside the page's own files`;
export const localFileRequestHint = (): string => "remove the reference; the page can only use the files the build writes under assets/, by relative paths";

export const navigationRequest = (ref: string): string =>
  `the page navigates to ${ref} (a meta refresh or a frame-busting link); the printed page cannot be replaced by another`;
export const navigationRequestHint = (): string => 'remove the <meta http-equiv="refresh"> or whatever navigates away';

export const moreBlocked = (n: number): string => ` (and ${n} more ${n === 1 ? "reference" : "references"} the page could not load)`;

export const loadTimeout = (seconds: number): string => `the page did not finish loading within ${seconds} s, so it was not printed`;
export const loadTimeoutHint = (): string => "look for a frame or resource that never finishes loading in templates/ or report/paper/, and remove it";

export const htmlMissing = (file: string): string => `cannot print ${file}: the file does not exist`;
export const htmlMissingHint = (): string => "render the HTML before printing it";

export const dateFieldChanged = (field: string): string =>
  `the PDF's ${field} is not in the form Chromium writes (D:YYYYMMDDHHmmSS+00'00'), so it cannot be fixed for a reproducible build`;
export const dateFieldChangedHint = (): string => "report this with your Chromium version; src/pdf/normalizePdf.ts must learn the new form";
