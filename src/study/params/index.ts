/** Stage 1, params: report/model.yaml (`unknown`) -> validated `Params`. */
export type { Params, LoadedParams, Benchmark, BenchmarkKind, MethodEffect } from "./types.js";
export { loadParams, parseParams } from "./load.js";
export { checkDesign } from "./checkDesign.js";
export { modelSchema } from "./modelSchema.js";
export { cellMeanOf } from "./cellMean.js";
export { paramsSchema, allowedText } from "./schema.js";
export { schemaTable } from "./schemaTable.js";
export { crc32 } from "./crc32.js";
export { hashParams, canonicalJson } from "./hash.js";
