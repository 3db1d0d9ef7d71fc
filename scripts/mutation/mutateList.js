/**
 * The files Stryker mutates when `npm run mutation` is given globs: those
 * globs, then every exclusion (`!...`) of the config's own `mutate` list.
 * Stryker's `--mutate` replaces the config's list whole, so without this a
 * glob such as `src/random/**\/*.ts` would take in the AssemblyScript
 * sources and the generated tables that the config leaves out.
 */
export function mutateList(globs, configMutate) {
  return [...globs, ...configMutate.filter((g) => g.startsWith("!") && !globs.includes(g))];
}
