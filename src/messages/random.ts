/**
 * Message texts of src/random and src/numeric (one function per message, so
 * the wording lives in one place and tests can match it).
 */
const show = (v: unknown): string =>
  typeof v === "bigint"
    ? `${v}n`
    : typeof v === "string"
      ? JSON.stringify(v)
      : Object.is(v, -0)
        ? "-0"
        : Array.isArray(v)
          ? `[${v.map(show).join(", ")}]`
          : String(v);

export const seedNotInteger = (value: unknown): string =>
  `seed entropy must be a non-negative integer (number or bigint) or an array of them, got ${show(value)}`;
export const seedHint = (): string => "pass e.g. 42, 2n ** 70n, [1, 2, 3] or an integer typed array, as np.random.SeedSequence accepts";
export const poolSizeTooSmall = (poolSize: unknown): string => `poolSize must be an integer >= 4, got ${show(poolSize)}`;
export const poolSizeHint = (): string => "leave poolSize out (4, NumPy's default) or pass a whole number >= 4";
export const generateStateHint = (): string => 'call e.g. generateState(4) or generateState(4, "uint64")';
export const stateWordsInvalid = (n: unknown): string => `generateState needs a non-negative integer word count, got ${show(n)}`;
export const stateDtypeInvalid = (dtype: unknown): string => `generateState dtype must be "uint32" or "uint64", got ${show(dtype)}`;
export const childrenSpawnedInvalid = (value: unknown): string =>
  `nChildrenSpawned must be a whole number in [0, 2**32 - 1] (NumPy's uint32 counter), got ${show(value)}`;
export const childrenSpawnedHint = (): string => "pass the n_children_spawned of the sequence being recreated (0 for a new one)";
export const spawnCountInvalid = (n: unknown): string => `spawn needs a non-negative integer count, got ${show(n)}`;
export const spawnCountHint = (): string => "call e.g. spawn(4) for four children, as np.random.SeedSequence.spawn takes";
export const bitGeneratorInvalid = (value: unknown): string =>
  `new Generator needs a PCG64 bit generator, got ${value === null || typeof value !== "object" ? show(value) : `a ${value.constructor?.name ?? "object"}`}`;
export const bitGeneratorHint = (): string => "pass new PCG64(seed), or call defaultRng(seed)";
export const generatorOptionsIgnored = (): string => "defaultRng(generator, options): a Generator is returned as is, so its kernel and threads cannot change";
export const generatorOptionsIgnoredHint = (): string => "pass its bit generator instead: defaultRng(generator.bitGenerator, options)";
export const bitGeneratorStateInvalid = (why: string): string => `invalid PCG64 state: ${why}`;
export const bitGeneratorStateHint = (): string =>
  'use the shape of NumPy\'s bit_generator.state: { bitGenerator: "PCG64", state: { state, inc }, hasUint32, uinteger }';
export const integerArgInvalid = (name: string, value: unknown): string =>
  `${name} must be an integer (a safe-integer number or a bigint), got ${show(value)}`;
export const integerArgHint = (): string => "pass whole numbers; use a bigint for values beyond 2**53";
export const highNotAboveLow = (low: unknown, high: unknown): string => `high <= low: integers(${show(low)}, ${show(high)}) has no values`;
export const int64Bounds = (name: string, value: unknown): string => `${name} is out of bounds for int64: ${show(value)}`;
export const sizeInvalid = (size: unknown): string => `size must be a non-negative integer or an array of them, got ${show(size)}`;
export const tooBig = (count: number, bytesPerValue: number): string =>
  `cannot allocate ${count} values (${count * bytesPerValue} bytes): too big for one array`;
export const tooBigHint = (): string => "draw fewer values per call (NumPy raises MemoryError here too)";
export const outInvalid = (method: string, allowed: string, value: unknown): string => `${method}: out must be ${allowed}, got ${show(value)}`;
export const outTooNarrow = (method: string, type: string, low: unknown, high: unknown): string =>
  `${method}: out is a ${type}, which cannot hold every value of [${String(low)}, ${String(high)})`;
export const outSizeMismatch = (method: string, count: number, length: number): string => `${method}: size asks for ${count} values but out holds ${length}`;
export const outHint = (): string => "pass out as a typed array of the result's type and length (size may be omitted with out), e.g. integers(0, 500, undefined, { out: new Int32Array(n) })";
export const sizeHint = (): string => "omit size for a single value, or pass e.g. 1000 or [200, 500]";
export const realArgInvalid = (name: string, value: unknown): string => `${name} must be a number, not NaN, got ${show(value)}`;
export const realArgHint = (): string => "pass a number (infinities are allowed, as in NumPy); scale must be >= 0 and not -0";
export const scaleNegative = (scale: unknown): string => `scale must be non-negative, got ${show(scale)}`;
export const advanceInvalid = (value: unknown): string => `advance needs an integer delta (number or bigint), got ${show(value)}`;
export const jumpsInvalid = (value: unknown): string => `jumped needs an integer count (number or bigint), got ${show(value)}`;
export const advanceHint = (): string => "pass a whole number or a bigint (negative goes backwards; the count wraps modulo 2**128)";
export const kernelInvalid = (value: unknown): string => `kernel must be "ts" or "wasm", got ${show(value)} (from option or SAFETY_GAP_KERNEL)`;
export const kernelHint = (): string => "set SAFETY_GAP_KERNEL=ts or SAFETY_GAP_KERNEL=wasm, or leave it unset";
export const wasmMissing = (path: string): string => `the WebAssembly kernel ${path} is missing`;
export const wasmMissingHint = (): string => "run `npm run dist` (compiles src/**/assembly/*.ts to dist/wasm/), or set SAFETY_GAP_KERNEL=ts";
export const bootstrapArgsInvalid = (why: string, fn = "bootstrapMeans"): string => `${fn}: ${why}`;
export const bootstrapHint = (fn = "bootstrapMeans"): string =>
  fn === "bootstrapMeans"
    ? "call bootstrapMeans(defaultRng(seed), new Float64Array(values), resamples)"
    : "call bootstrapMeanDifferences(defaultRng(seed), new Float64Array(treated), new Float64Array(control), resamples)";
export const emptyInput = (fn: string): string => `${fn} of an empty array is undefined`;
export const emptyInputHint = (): string => "pass at least one value";
export const percentileOutOfRange = (q: unknown): string => `percentiles must be in the range [0, 100], got ${show(q)}`;
export const percentileHint = (): string => "pass q as a number or array of numbers between 0 and 100";
export const sliceOutOfRange = (start: number, n: number, length: number): string =>
  `pairwiseSum range [${start}, ${start + n}) lies outside an array of length ${length}`;
export const threadsInvalid = (value: unknown): string => `threads must be a whole number >= 1, got ${show(value)}`;
export const threadsHint = (): string => "pass 1 (the default: this thread only) or 2 (one helper thread for big integers arrays)";
export const sliceHint = (): string => "pass a start and count (whole numbers >= 0) that stay inside the array";
