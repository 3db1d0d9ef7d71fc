/** Anchors of result keys on the supplement's pages. */

/** Characters safe in an HTML id and a URL fragment without escaping. */
export function anchorFor(key: string): string {
  return "k-" + key.replace(/[^A-Za-z0-9._-]/g, "_");
}
