/**
 * zlib's CRC-32 (the polynomial of `zlib.crc32` in Python) of a name's UTF-8
 * bytes. Random streams are keyed by the CRCs of the names they belong to,
 * so a cell's stream does not depend on where the cell sits in a list.
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const encoder = new TextEncoder();
/** By name: a run asks for the same few names' CRCs once per cell and per comparison. */
const known = new Map<string, number>();

export function crc32(name: string): number {
  let crc = known.get(name);
  if (crc === undefined) {
    const bytes = encoder.encode(name);
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
    crc = (c ^ 0xffffffff) >>> 0;
    // Bounded, for a long watch session that keeps renaming things.
    if (known.size >= 4096) known.clear();
    known.set(name, crc);
  }
  return crc;
}
