// Types of repositoryListing.js (plain JavaScript: scripts/test.js runs it before anything is compiled).
export function listRepository(root: string): Map<string, string>;
export function changes(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[];
export function changedMessage(changed: readonly string[], shown?: number): string;
