/**
 * Levenshtein distance and "closest candidate", used by every "did you
 * mean" in safety-gap: the key, helper, label, citation, parameter name or
 * figure field the author probably meant. The cutoff keeps us
 * from suggesting something unrelated when nothing is close.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The candidate nearest to `word`, or undefined when none is within a third of its length (min 2). */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = Math.max(2, Math.ceil(word.length / 3));
  for (const c of candidates) {
    // Stryker disable next-line MethodExpression: the length test only skips candidates that cannot win (their distance is at least the length difference); Math.max skips fewer, with the same result
    if (Math.abs(c.length - word.length) > Math.min(bestD, limit)) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    // d === bestD only after a candidate was taken (bestD starts at Infinity), so best is set.
    if (d < bestD || (d === bestD && c < best!)) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}
