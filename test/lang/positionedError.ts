/**
 * The error a results-language step throws, as the fields a test compares:
 * its message, where it points (offset and length) and its hint. Fails the
 * test when `f` throws nothing or throws another kind of error.
 */
export interface Positioned {
  message: string;
  pos: number;
  length: number;
  hint?: string | undefined;
}

export function positionedError<E extends Error & Positioned>(f: () => unknown, kind: abstract new (...args: never[]) => E): [string, number, number, string | undefined] {
  try {
    f();
  } catch (e) {
    if (e instanceof kind) return [e.message, e.pos, e.length, e.hint];
    throw e;
  }
  throw new Error(`no ${kind.name} was thrown`);
}
