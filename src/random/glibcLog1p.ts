/** Placeholder: replaced by the glibc port. */
export const glibcLog1p = (x: number): number => Math.log1p(x);
