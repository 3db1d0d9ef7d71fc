/**
 * safety-gap/random: NumPy 1.24's `default_rng` stack (SeedSequence -> PCG64
 * -> Generator), bit for bit, plus the fused bootstrap kernel.
 */
export { SeedSequence, type SeedSequenceOptions } from "./seedSequence.js";
export type { Entropy, IntegerTypedArray } from "./uint32Words.js";
export { PCG64, PCG64_MULTIPLIER } from "./pcg64.js";
export type { PCG64State } from "./pcg64State.js";
export { Generator, type GeneratorOptions } from "./generator.js";
export { defaultRng } from "./defaultRng.js";
export type { Size } from "./sizeCount.js";
export type { IntegerArray, NumberIntegerArray } from "./integerArray.js";
export type { Kernel } from "./kernelChoice.js";
export { bootstrapMeans, bootstrapMeanDifferences, type BootstrapOptions } from "./bootstrapMeans.js";
