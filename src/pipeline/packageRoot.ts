/** The safety-gap package folder (package.json, templates/, node_modules/): the same from src/ and dist/. */
import { fileURLToPath } from "node:url";

export const packageRoot = (): string => fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
