/** Placeholder: `y < exp(x)`. */
export const expExceeds = (y: number, x: number): boolean => y < Math.exp(x);
