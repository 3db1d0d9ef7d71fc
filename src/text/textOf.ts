/**
 * The text of a file the tool made (a stage's cached output, a page it
 * rendered), held as a string or as UTF-8 bytes. These bytes were written
 * by this program, so they are decoded without the strict checks and the
 * byte positions that input files get (src/input/utf8.ts); an absent file
 * is the empty text.
 */
const decoder = new TextDecoder();

export function textOf(data: Uint8Array | string | undefined): string {
  return typeof data === "string" ? data : decoder.decode(data);
}
