/**
 * A build made once and read by many test files: the files run in parallel
 * processes, so the first one builds and the others wait for it and read the
 * same folder.
 *
 * The folder is named by a hash of everything the build reads (report/,
 * templates/, src/ and the dist/ the CLI runs, package-lock.json, the
 * browser that prints the PDF, and what `prepare` does to the copy): a later
 * run with the same inputs reuses it, any change builds anew. A build that died (its process is gone) is
 * taken over, not waited for.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { execFile } from "node:child_process";
import { browserAvailable, findBrowser } from "../../src/pdf/findBrowser.js";

const repo = join(import.meta.dirname, "..", "..");
const cli = join(repo, "bin", "safety-gap.js");

export interface SharedBuild {
  /** The project: report/, templates/, .cache/ and out/. */
  project: string;
  /** The `out/` folder: paper.html, site/, results.json, ..., and paper.pdf when the spec asks for it and a browser is found. */
  out: string;
  /** The build's warnings (failing claims, a page count that differs). */
  warnings: string[];
  /** The project's `.cache/` (beside report/): copy it beside a patched report/ to reuse the stages the patch leaves alone. */
  cache: string;
}

export interface SharedBuildSpec {
  /** Names the folder (`sg-<name>-<hash>` in TMPDIR). */
  name: string;
  /** Changes the copy of report/ and templates/ before the build (e.g. a smaller simulation); its text is part of the hash. */
  prepare?: (project: string) => void;
  /**
   * Prints the PDF too, when a browser is found. Off by default: most files
   * read the HTML, the results or the stage cache, and a build without the
   * PDF starts no Chromium (`npm test`'s quick tier starts none).
   */
  pdf?: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The browser that prints (asked only when one is found), as the path it really is and its file's size and date: an upgraded Chromium prints anew. */
async function browserIdentity(): Promise<string> {
  const exe = realpathSync((await findBrowser(process.env)).executablePath);
  const st = statSync(exe);
  return `${exe} ${st.size} ${st.mtimeMs}`;
}

const withPdf = (spec: SharedBuildSpec): boolean => spec.pdf === true && browserAvailable();

async function inputsHash(spec: SharedBuildSpec): Promise<string> {
  const h = createHash("sha256");
  for (const f of [...["report", "templates", "src", "dist"].flatMap((d) => filesUnder(join(repo, d))), join(repo, "package-lock.json")]) {
    h.update(relative(repo, f)).update("\0").update(readFileSync(f)).update("\0");
  }
  h.update(withPdf(spec) ? await browserIdentity() : "no pdf").update("\0").update(String(spec.prepare ?? ""));
  return h.digest("hex").slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `safety-gap build --quiet` in `project` (the compiled CLI, as `npm test`
 * runs after `node scripts/dist.js`: the build does not depend on the test
 * runner's process, e.g. Stryker's worker threads), dated 0; returns its warnings.
 */
function buildWithCli(project: string, pdf: boolean): Promise<string[]> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete env.SOURCE_DATE_EPOCH;
  const args = [cli, "build", "--quiet", "--workers", "2", ...(pdf ? [] : ["--no-pdf"])];
  return new Promise((ok, fail) =>
    execFile(process.execPath, args, { cwd: project, env, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) return fail(new Error(`the shared build in ${project} failed (exit ${String(error.code)}):\n${stderr}`));
      const lines = stderr.split("\n").filter((l) => l !== "");
      const other = lines.filter((l) => !l.startsWith("warning: "));
      if (other.length > 0) return fail(new Error(`the shared build in ${project} wrote more than warnings:\n${stderr}`));
      ok(lines.map((l) => l.slice("warning: ".length)));
    }),
  );
}

/** `safety-gap build` (with the supplement, and the PDF when `spec.pdf` and a browser is found) of a copy of report/ and templates/, made once (see above). */
export async function sharedBuild(spec: SharedBuildSpec): Promise<SharedBuild> {
  const dir = join(tmpdir(), `sg-${spec.name}-${await inputsHash(spec)}`);
  const project = join(dir, "project");
  const done = join(dir, "done");
  const owner = join(dir, "owner");
  const found = (): SharedBuild => ({ project, out: join(project, "out"), warnings: JSON.parse(readFileSync(done, "utf8")) as string[], cache: join(project, ".cache") });
  for (;;) {
    if (existsSync(done)) return found();
    try {
      mkdirSync(dir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    // Another process builds: wait, unless it died before finishing.
    const pid = Number(existsSync(owner) ? readFileSync(owner, "utf8") : "0");
    if (pid > 0 && !alive(pid)) rmSync(dir, { recursive: true, force: true });
    else await sleep(250);
  }
  writeFileSync(owner, String(process.pid));
  try {
    for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
    spec.prepare?.(project);
    writeFileSync(done, JSON.stringify(await buildWithCli(project, withPdf(spec))));
    return found();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
