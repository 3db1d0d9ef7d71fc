/**
 * Parses the dotted keys of results.numbers (grammar in src/results/types.ts)
 * into their parts, so a popup can say what a number is and where it comes
 * from. Scale, method, condition and benchmark names may not contain dots;
 * methods may contain `+` and `-` (`SFT+DPO`, `Reasoning-PT`).
 */
export type ParsedKey =
  | { family: "cell"; scale: string; method: string; condition: string; benchmark: string; stat: string }
  | { family: "cmp"; scale: string; method: string; benchmark: string; stat: string }
  | { family: "summary"; scale: string; method: string; metric: string; stat: string | null }
  | { family: "other" };

export function parseKey(key: string): ParsedKey {
  const p = key.split(".");
  if (p[0] === "cell" && p.length === 6) {
    return { family: "cell", scale: p[1]!, method: p[2]!, condition: p[3]!, benchmark: p[4]!, stat: p[5]! };
  }
  if (p[0] === "cmp" && p.length === 5) return { family: "cmp", scale: p[1]!, method: p[2]!, benchmark: p[3]!, stat: p[4]! };
  if (p[0] === "summary" && (p.length === 4 || p.length === 5)) {
    return { family: "summary", scale: p[1]!, method: p[2]!, metric: p[3]!, stat: p[4] ?? null };
  }
  return { family: "other" };
}

/** Characters safe in an HTML id and a URL fragment without escaping. */
export function anchorFor(key: string): string {
  return "k-" + key.replace(/[^A-Za-z0-9._-]/g, "_");
}
