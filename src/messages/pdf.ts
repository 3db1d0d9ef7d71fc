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

export const externalRequest = (url: string, htmlFile: string): string =>
  `the page requested ${url} while printing ${htmlFile}; the paper must be offline (only file: and data: URLs are allowed)`;
export const externalRequestHint = (): string => "serve the resource from a local file under out/ (fonts, CSS, images) instead of a remote URL";

export const localRequestFailed = (url: string, reason: string): string => `the page could not load ${url} (${reason})`;
export const localRequestFailedHint = (): string => "check that the file is written to the output folder before printing, and that its relative path is right";

export const htmlMissing = (file: string): string => `cannot print ${file}: the file does not exist`;
export const htmlMissingHint = (): string => "render the HTML before printing it";

export const dateFieldChanged = (field: string): string =>
  `the PDF's ${field} is not in the form Chromium writes (D:YYYYMMDDHHmmSS+00'00'), so it cannot be fixed for a reproducible build`;
export const dateFieldChangedHint = (): string => "report this with your Chromium version; src/pdf/normalizePdf.ts must learn the new form";
