/** Message texts for the statistics library (`src/stats`). */

export const sampleTooSmall = (name: string, n: number, min: number): string =>
  n === 0 ? `${name} is empty; at least ${min} value${min === 1 ? " is" : "s are"} needed` : `${name} has ${n} value${n === 1 ? "" : "s"}; at least ${min} are needed`;

export const nonFiniteSampleValue = (name: string, index: number, value: number): string =>
  `${name}[${index}] is ${String(value)}; every value must be a finite number`;

export const invalidDdof = (ddof: number): string => `ddof must be a non-negative integer, got ${String(ddof)}`;

export const zeroVarianceBoth = (fn: string): string =>
  `${fn}: both samples have zero variance, so the test statistic is undefined`;

export const zeroPooledVariance = (): string => "cohenD(a, b): the pooled standard deviation is zero, so the effect size is undefined";

export const invalidDegreesOfFreedom = (fn: string, df: number): string =>
  `${fn}: degrees of freedom must be positive (Infinity allowed), got ${String(df)}`;

export const invalidStatistic = (fn: string, name: string, value: number): string => `${fn}: ${name} must be a number, got ${String(value)}`;

export const invalidBetaArguments = (x: number, a: number, b: number): string =>
  `regularizedIncompleteBeta(x, a, b): need 0 <= x <= 1, a > 0, b > 0 (finite), got x = ${String(x)}, a = ${String(a)}, b = ${String(b)}`;

export const invalidProbability = (fn: string, p: number): string => `${fn}: probability must be in [0, 1], got ${String(p)}`;

export const noConvergence = (fn: string, iterations: number): string =>
  `${fn}: the continued fraction did not converge in ${iterations} iterations`;

export const nonFiniteMoments = (fn: string, what: string): string =>
  `${fn}: ${what} overflows a double (the values are too large in magnitude), so the statistic is undefined`;

export const unequalRows = (fn: string, index: number, length: number, expected: number): string =>
  `${fn}: rows[${index}] has ${length} values, rows[0] has ${expected}; every row must have the same length`;

export const invalidConfidence = (fn: string, confidence: number): string =>
  `${fn}: confidence must be a number in [0, 1] (e.g. 0.95), got ${String(confidence)}`;
