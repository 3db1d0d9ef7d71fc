/** Messages of the build orchestration, `build` and `watch`. */
export const noModelFile = (reportDir: string): string => `no model.yaml in ${reportDir}`;
export const noModelFileHint = (): string => "Run safety-gap in the project folder, or pass --report with the folder that holds model.yaml and paper/.";

export const figureSpecMissing = (id: string): string => `the text places figure '${id}', but report/figures/${id}.vl.json does not exist`;
export const figureSpecMissingHint = (id: string): string => `Create report/figures/${id}.vl.json or correct the figure id.`;

export const claimsFailStrict = (count: number, file: string): string => `${count} claim(s) of ${file} fail against the reproduction (--strict)`;
export const claimsFailStrictHint = (): string => "Fix the parameters or the claim, or build without --strict to see them as warnings.";

export const pageCountDiffers = (stated: number, printed: number): string =>
  `report/paper.yaml states ${stated} pages (the ACM reference line), but the PDF has ${printed}: set \`pages: ${printed}\``;

