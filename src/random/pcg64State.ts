/** NumPy's `PCG64().state` dict, in camelCase: 128-bit state and increment plus the 32-bit half-word buffer. */
export interface PCG64State {
  bitGenerator: "PCG64";
  state: { state: bigint; inc: bigint };
  /** 1 when `uinteger` holds the unused upper half of the last 64-bit output. */
  hasUint32: number;
  uinteger: number;
}
