// Types of mutateList.js (plain JavaScript, run by scripts/mutation/run.js).
export function mutateList(globs: readonly string[], configMutate: readonly string[]): string[];
export function checkerConfig(mutate: readonly string[], at: string): { extends: string; include: string[]; exclude: string[] };
