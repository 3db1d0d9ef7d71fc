// Types of ledger.js (plain JavaScript: run by `npm run mutation` before anything is compiled).
export interface LedgerMutant {
  id: string;
  mutatorName: string;
  status: string;
  statusReason?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  [field: string]: unknown;
}
export interface LedgerTest {
  id: string;
  name: string;
  [field: string]: unknown;
}
export interface IncrementalReport {
  schemaVersion: string;
  thresholds: { high: number; low: number };
  projectRoot?: string;
  files: Record<string, { language: string; source: string; mutants: LedgerMutant[] }>;
  testFiles?: Record<string, { source?: string; tests: LedgerTest[] }>;
  [field: string]: unknown;
}
export interface Ledger {
  schemaVersion: string;
  thresholds: { high: number; low: number };
  files: Record<string, { language: string; sha256: string; mutants: LedgerMutant[] }>;
  testFiles: Record<string, { sha256?: string; tests: LedgerTest[] }>;
}
export const LEDGER_PATH: string;
export const REASON_LIMIT: number;
export function sha256(text: string): string;
export function sourceReader(root: string): (path: string) => string | undefined;
export function dehydrate(report: IncrementalReport): Ledger;
export function hydrate(ledger: Ledger, readSource: (path: string) => string | undefined): { report: IncrementalReport; changed: string[] };
export function serialize(ledger: Ledger): string;
export function emptyLedger(): Ledger;
