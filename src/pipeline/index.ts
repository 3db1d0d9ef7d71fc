/** The build orchestration: report/ -> out/, stage by stage, cached. See build.ts. */
export { build, buildPage, startPrint, createContext, type BuildReport, type BuiltPage } from "./build.js";
export type { BuildOptions, StageRun, BuildContext } from "./context.js";
export { nodeEffects, type BuildEffects } from "./effects.js";
export { writeTreeAtomically, type OutputFiles } from "./writeTreeAtomically.js";
