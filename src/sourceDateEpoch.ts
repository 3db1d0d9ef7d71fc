/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): the one date a build may
 * write, in whole seconds since 1970. Unset or not a whole number gives 0,
 * never "now", so two builds of the same inputs are byte-identical.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): number {
  // Stryker disable next-line StringLiteral: unset only needs a text that is not digits, and Stryker's own is not either
  const v = env.SOURCE_DATE_EPOCH ?? "";
  return /^\d+$/.test(v) ? Number(v) : 0;
}
