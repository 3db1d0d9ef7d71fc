/**
 * The one way an input file (report/, templates/) is read: its bytes, with
 * every way the file system can refuse them (missing, a folder, a broken or
 * looping symbolic link, no permission, too large) mapped once to a
 * SafetyGapError naming the file and the fix, and its text decoded as
 * strict UTF-8, an invalid byte being an error at its line and column.
 * Node's `readFileSync(path, "utf8")` would turn such a byte into U+FFFD
 * without a word (a Latin-1 "Café" became "Caf\uFFFD" in the paper).
 *
 * The role names the file in messages ("the parameter file", `figure spec
 * "fig2"`), so each reader says which of the report's files is wrong
 * without a copy of this code.
 */
import { closeSync, fstatSync, lstatSync, openSync, readlinkSync, readSync } from "node:fs";
import { SafetyGapError } from "../errors.js";
import * as msg from "../messages/input.js";
import { decodeUtf8 } from "./utf8.js";

export interface InputRole {
  /** The file in words, as a message's subject: "the parameter file", `figure spec "fig2"`. */
  what: string;
  /** Where the file is described, for the fix: "docs/model.md". */
  doc: string;
}

/** The role of a report file with no more specific one. */
export const REPORT_FILE: InputRole = { what: "the file", doc: "docs/writing.md" };

/**
 * Largest input file read: 64 MiB. Inputs are hand-written text (the
 * paper's largest is under 100 KiB); the cap keeps a wrong file (a video,
 * a disk image) from being read whole into memory and parsed.
 */
export const MAX_INPUT_BYTES = 64 * 2 ** 20;

/** The symbolic link's target when `path` is a link, else undefined (also when it cannot be inspected). */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
    // Stryker disable next-line BlockStatement: an empty catch block returns undefined as well.
  } catch {
    return undefined;
  }
}

/** An fs error on `path` as the user's problem, or rethrown when it is not one (then it is our bug). */
function unreadable(e: unknown, path: string, shown: string, role: InputRole): never {
  // Stryker disable next-line StringLiteral: no text put here passes the test below, so the error is rethrown whatever it is.
  const code = (e as NodeJS.ErrnoException).code ?? "";
  if (!/^E[A-Z0-9]+$/.test(code)) throw e;
  // Opening follows links: a link whose target is gone reports ENOENT for the link itself.
  const target = code === "ENOENT" ? linkTarget(path) : undefined;
  if (target !== undefined) throw new SafetyGapError(msg.danglingLink(role.what, target), { file: shown }, msg.cannotReadHint("dangling", role.doc));
  throw new SafetyGapError(msg.cannotRead(role.what, code, (e as Error).message), { file: shown }, msg.cannotReadHint(code, role.doc));
}

/** The file's bytes; `shown` is its path as the user types it (for messages). */
export function readInputBytes(path: string, role: InputRole, shown = path): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    return unreadable(e, path, shown, role);
  }
  try {
    const stat = fstatSync(fd);
    // Opening a folder succeeds on Linux; reading it is EISDIR.
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    if (stat.size > MAX_INPUT_BYTES) throw new SafetyGapError(msg.tooLarge(role.what, stat.size, MAX_INPUT_BYTES), { file: shown }, msg.tooLargeHint());
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    for (let n; read < bytes.length && (n = readSync(fd, bytes, read, bytes.length - read, read)) > 0; ) read += n;
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (e) {
    // A SafetyGapError (too large) has no code: unreadable rethrows it.
    return unreadable(e, path, shown, role);
  } finally {
    closeSync(fd);
  }
}

/** `bytes` as text (a leading byte-order mark dropped); an invalid byte is an error at its line and column. */
export function decodeInput(bytes: Uint8Array, role: InputRole, shown: string): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  throw new SafetyGapError(
    msg.notUtf8(role.what, decoded.bytes, decoded.byte),
    { file: shown, line: decoded.line, column: decoded.column, source: decoded.replaced },
    utf16 ? msg.utf16Hint() : msg.notUtf8Hint(),
  );
}

/** The file's text, strictly UTF-8. */
export const readInputText = (path: string, role: InputRole, shown = path): string => decodeInput(readInputBytes(path, role, shown), role, shown);
