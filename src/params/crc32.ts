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

export function crc32(name: string): number {
  let c = 0xffffffff;
  for (const byte of new TextEncoder().encode(name)) c = (TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
