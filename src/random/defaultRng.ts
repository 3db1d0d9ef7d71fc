import { Generator, type GeneratorOptions } from "./generator.js";
import { PCG64 } from "./pcg64.js";
import { SeedSequence } from "./seedSequence.js";
import type { Entropy } from "./uint32Words.js";
import { fail } from "./fail.js";
import { generatorOptionsIgnored, generatorOptionsIgnoredHint } from "../messages/random.js";

/**
 * `np.random.default_rng(seed)`: a Generator over PCG64 seeded through
 * SeedSequence. A PCG64 is wrapped as is; a Generator is returned as is;
 * no seed draws fresh OS entropy. Options cannot be given with a Generator.
 */
export function defaultRng(seed?: Entropy | SeedSequence | PCG64 | Generator, options?: GeneratorOptions): Generator {
  if (seed instanceof Generator) {
    // Returned as is (NumPy's default_rng(gen)): options it cannot honour are an error, not silently dropped.
    if (options && Object.values(options).some((v) => v !== undefined)) fail(generatorOptionsIgnored(), generatorOptionsIgnoredHint());
    return seed;
  }
  if (seed instanceof PCG64) return new Generator(seed, options);
  return new Generator(new PCG64(seed), options);
}
