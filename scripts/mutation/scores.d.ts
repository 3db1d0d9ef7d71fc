// Types of scores.js (plain JavaScript, run by `npm run mutation`).
import type { IncrementalReport, Ledger } from "./ledger.js";
type Counted = { files: Record<string, { mutants: { status: string; mutatorName: string }[] }> };
export function tally(report: Counted, keyOf: (file: string) => string | undefined): Map<string, { detected: number; undetected: number; survivors: Map<string, number> }>;
export function score(group: { detected: number; undetected: number }): number;
export function areaOf<A extends { area: string }>(file: string, areas: readonly A[]): A | undefined;
export function report(json: Counted, areas: readonly { area: string; min: number }[]): { area: string; min: number; score: number }[];
export function ledgerReport(ledger: Ledger, readSource: (path: string) => string | undefined, mutable: readonly string[]): { report: { files: IncrementalReport["files"] }; changed: string[]; missing: string[] };
export function mutableFiles(paths: readonly string[], mutate: readonly string[]): string[];
export function countByFolder(paths: readonly string[]): string;
