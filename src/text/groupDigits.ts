/**
 * An integer with commas between groups of three digits: 10000000 ->
 * "10,000,000". Not `toLocaleString("en-US")`: its first call loads ICU's
 * number formatting, ~14 ms that `compute` paid at start-up for a message
 * it almost never prints.
 */
export function groupDigits(n: number): string {
  const s = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? `-${s}` : s;
}
