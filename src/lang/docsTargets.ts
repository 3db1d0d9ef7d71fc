/** Which generated section goes into which doc (for `npm run docs` and its test). */
import { builtinSource } from "../sources.js";
import { formatTable, functionTable, keyFamiliesSection, keyShapesList } from "./generatedDocs.js";

export const GENERATED_DOCS: readonly { file: string; name: string; body: () => string }[] = [
  { file: "docs/review.md", name: "functions", body: functionTable },
  { file: "docs/writing.md", name: "functions", body: functionTable },
  { file: "docs/writing.md", name: "formats", body: formatTable },
  { file: "docs/results.md", name: "key families", body: () => keyFamiliesSection(builtinSource.keyFamilies) },
  { file: "docs/figures.md", name: "key shapes", body: () => keyShapesList(builtinSource.keyFamilies) },
];
