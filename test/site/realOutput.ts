/**
 * The real paper and supplement (report/ built without the PDF), made once
 * for the browser tests that look at them as a reader does (layout at phone
 * width, accessibility): the files that use it run in parallel processes, so
 * the first one builds and the others wait for it and read the same folder.
 *
 * The folder is named by a hash of everything the build reads (report/,
 * templates/, src/, package-lock.json): a later run with the same inputs
 * reuses it, any change builds anew. A build that died (its process is gone)
 * is taken over, not waited for.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { build } from "../../src/pipeline/build.js";
import { nodeEffects } from "../../src/pipeline/effects.js";
import { resolveOptions } from "../../src/pipeline/resolveOptions.js";

const repo = join(import.meta.dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function inputsHash(): string {
  const h = createHash("sha256");
  for (const f of [...["report", "templates", "src"].flatMap((d) => filesUnder(join(repo, d))), join(repo, "package-lock.json")]) {
    h.update(relative(repo, f)).update("\0").update(readFileSync(f)).update("\0");
  }
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

/** The `out/` folder of the real build (paper.html, site/, ...). */
export async function realOutput(): Promise<string> {
  const dir = join(tmpdir(), `sg-real-output-${inputsHash()}`);
  const out = join(dir, "project", "out");
  const done = join(dir, "done");
  const owner = join(dir, "owner");
  for (;;) {
    if (existsSync(done)) return out;
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
    const project = join(dir, "project");
    for (const d of ["report", "templates"]) cpSync(join(repo, d), join(project, d), { recursive: true });
    await build(resolveOptions({ cwd: project, workers: 2, pdf: false }), nodeEffects({}));
    writeFileSync(done, "");
    return out;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
