import { crc32 as zlibCrc32 } from "node:zlib";

/**
 * zlib's CRC-32 (the same as Python's `zlib.crc32`) of a name's UTF-8 bytes.
 * Random streams are keyed by the CRCs of the names they belong to, so a
 * cell's stream does not depend on where the cell sits in a list.
 */
export function crc32(name: string): number {
  return zlibCrc32(name);
}
