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

/**
 * The tsconfig Stryker's TypeScript checker compiles when the run mutates
 * only some files (written to `at`, a folder below the project root): those
 * files and what they import, not the files that import them. The checker
 * type-checks once per group, and a group holds one mutant per file, so a
 * file with 300 mutants costs 300 checks; with all of src/ in the program,
 * each check of a widely imported file (pcg64.ts, say) re-checked its
 * importers, and the checker, not the tests, set the pace of the run. What
 * is lost: a mutant whose only type error is in an importer now runs as
 * tests (which drop types) and is counted, where it was excluded.
 */
export function checkerConfig(mutate, at) {
  const up = at.split("/").map(() => "..").join("/");
  const rel = (g) => `${up}/${g}`;
  return {
    extends: rel("tsconfig.json"),
    include: mutate.filter((g) => !g.startsWith("!")).map(rel),
    exclude: mutate.filter((g) => g.startsWith("!")).map((g) => rel(g.slice(1))),
  };
}
