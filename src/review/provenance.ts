/**
 * The render stage's record of where each number is printed
 * (`out/provenance.json`). The review tools only read it: to group a diff by
 * table/figure/section and to show which rendered sentences changed.
 */
export interface Provenance {
  usage: { key: string; where: string }[];
  sentences: { id: string; where: string; text: string; keys: string[] }[];
}

/** Where each key is used, first place first; keys the paper never prints are absent. */
export function placesByKey(p: Provenance | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of p?.usage ?? []) {
    const list = out.get(u.key) ?? [];
    if (!list.includes(u.where)) list.push(u.where);
    out.set(u.key, list);
  }
  return out;
}

/** Fallback grouping without provenance: the key's family and scale, e.g. "summary 7B". */
export function keyFamily(key: string): string {
  const [family, scale] = key.split(".");
  // Stryker disable next-line LogicalOperator: split always yields a first element, and without a second one it is the whole key, so `family && key` is the same string
  return scale ? `${family} ${scale}` : (family ?? key);
}
