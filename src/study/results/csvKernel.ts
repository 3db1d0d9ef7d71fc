/**
 * Loads dist/wasm/csvKernel.wasm (src/study/results/assembly/csvKernel.ts) and
 * formats samples.csv's lines with it: the same bytes as the TypeScript path
 * of samplesCsv, in a tenth of the time (see the kernel's header).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packageFile } from "../../compiledWorkerFile.js";

interface Exports {
  memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  heapStart(): number;
  inDomain(p: number, n: number): number;
  formatCell(scores: number, n: number, prefix: number, prefixLength: number, out: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Found from the package root, as the random kernel is. */
const WASM_URL = packageFile(import.meta.url, "study/results", "dist/wasm/csvKernel.wasm");

let cached: Exports | null | undefined;

function kernel(): Exports | null {
  if (cached === undefined) {
    const path = fileURLToPath(WASM_URL);
    cached = existsSync(path) ? (new wasmApi.Instance(new wasmApi.Module(readFileSync(path)), {}).exports as Exports) : null;
  }
  return cached;
}

/**
 * `header`, then every line `<prefix><index>,<score>\n` of cells that have
 * n scores each (prefix c for cell c): UTF-8 bytes, or undefined when the
 * kernel is not built or a score is outside the range it formats (the
 * caller then writes the lines in TypeScript).
 */
export function formatSampleLines(header: Uint8Array, prefixes: readonly Uint8Array[], cells: readonly Float64Array[], n: number): Uint8Array | undefined {
  const w = kernel();
  if (!w || cells.some((x) => x.length !== n)) return undefined;
  const scoreBytes = cells.length * n * 8;
  const prefixBytes = prefixes.reduce((s, p) => s + p.length, 0);
  // A line is at most its prefix, the index's digits, ",", 19 digits and "0." of a score, and "\n".
  const outBytes = header.length + prefixBytes * n + cells.length * n * (String(Math.max(0, n - 1)).length + 23);
  const scoresAt = w.heapStart();
  const prefixesAt = scoresAt + scoreBytes;
  const outAt = prefixesAt + prefixBytes;
  const need = outAt + outBytes - w.memory.buffer.byteLength;
  if (need > 0) w.memory.grow(Math.ceil(need / 65536));
  const memory = w.memory.buffer;
  const scores = new Float64Array(memory, scoresAt, cells.length * n);
  cells.forEach((x, c) => scores.set(x, c * n));
  if (!w.inDomain(scoresAt, cells.length * n)) return undefined;
  const bytes = new Uint8Array(memory);
  bytes.set(header, outAt);
  let written = header.length;
  let prefixAt = prefixesAt;
  prefixes.forEach((p, c) => {
    bytes.set(p, prefixAt);
    written += w.formatCell(scoresAt + c * n * 8, n, prefixAt, p.length, outAt + written);
    prefixAt += p.length;
  });
  return bytes.slice(outAt, outAt + written);
}
