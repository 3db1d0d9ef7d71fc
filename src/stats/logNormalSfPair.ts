import { logIncompleteGammaPair } from "./logIncompleteGammaPair.js";

/**
 * Natural logs of the standard normal upper tail Q(z) = P(Z > z) and of
 * 1 - Q(z), for z >= 0, through erfc(z / sqrt 2) = Q_gamma(1/2, z^2 / 2),
 * in log space so the tail stays finite for any finite z.
 */
export function logNormalSfPair(z: number): { logSf: number; logCdf: number } {
  const { logQ } = logIncompleteGammaPair(0.5, 0.5 * z * z);
  const logSf = logQ - Math.LN2;
  return { logSf, logCdf: Math.log1p(-Math.exp(logSf)) };
}
