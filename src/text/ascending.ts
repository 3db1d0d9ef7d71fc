/**
 * Code-unit order of two strings, for `sort`: the order of sorted keys and
 * file names in hashes and pages, the same on every machine and locale
 * (`localeCompare` is not).
 */
export function ascending(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
