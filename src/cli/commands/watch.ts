/**
 * `safety-gap watch` (npm run dev): build, serve out/ on localhost with live
 * reload, and rebuild on every change under report/ and templates/. The
 * stage cache makes a text edit skip the simulation; one Chromium stays open
 * so the PDF follows without a browser start.
 */
import { relative } from "node:path";
import { nodeEffects } from "../../build/effects.js";
import { resolveOptions } from "../../build/resolveOptions.js";
import { isSafetyGapError } from "../../errors.js";
import { PdfPrinter } from "../../pdf/PdfPrinter.js";
import { startLiveReloadServer } from "../../watch/liveReloadServer.js";
import { rebuild } from "../../watch/rebuild.js";
import { watchFolders } from "../../watch/watchFolders.js";
import type { Command } from "../command.js";
import { integerOption, parseOptions } from "../parseOptions.js";
import { formatStage } from "./build.js";

const help = `usage: safety-gap watch [--report DIR] [--out DIR] [--port N] [--no-pdf] [--no-site]

Builds the paper, serves the output folder on http://127.0.0.1:PORT/ (the
paper at /, the supplement at /site/, the PDF at /paper.pdf) and rebuilds on
every change under the report folder and templates/. The page reloads itself
when its HTML is rebuilt; the PDF follows. Each rebuild prints which stages
ran and why (a text edit reuses the simulation and the figures). Ctrl-C stops.

options:
  --report DIR   the paper's source folder (default: report)
  --out DIR      output folder (default: out)
  --port N       port on 127.0.0.1 (default: 4321; 0 picks a free one)
  --no-pdf       do not print the PDF on each change
  --no-site      do not rebuild the supplement on each change
`;

export const watchCommand: Command = {
  name: "watch",
  help,
  async run(args, io) {
    const { values } = parseOptions("watch", args, {
      report: { type: "string" },
      out: { type: "string" },
      port: { type: "string" },
      "no-pdf": { type: "boolean" },
      "no-site": { type: "boolean" },
    });
    const options = resolveOptions({ cwd: io.cwd, report: values.report, out: values.out, pdf: values["no-pdf"] !== true, site: values["no-site"] !== true });
    options.onStage = (r) => io.stdout(formatStage(r));
    const effects = nodeEffects(io.env);
    const printer = options.pdf ? await PdfPrinter.launch({ env: io.env }) : undefined;
    const server = await startLiveReloadServer(options.outDir, integerOption("watch", "port", values.port, 4321, 0));

    let running = false;
    let again: string[] | undefined;
    const run = async (why: string): Promise<void> => {
      if (running) {
        again = [...(again ?? []), why];
        return;
      }
      running = true;
      io.stdout(`\nrebuild: ${why}\n`);
      try {
        const report = await rebuild(options, effects, printer, {
          onHtml: (ms) => {
            server.reload();
            io.stdout(`  html in ${ms.toFixed(0)} ms: ${server.url}\n`);
          },
          onPdf: (ms) => io.stdout(`  pdf in ${ms.toFixed(0)} ms: ${server.url}paper.pdf\n`),
        });
        for (const w of report.warnings) io.stderr(`warning: ${w}\n`);
      } catch (e) {
        // A broken edit must not end the session: say what is wrong and keep serving the last good out/.
        io.stderr(isSafetyGapError(e) ? `error: ${e.format()}\n` : `internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      } finally {
        running = false;
        if (again) {
          const next = again;
          again = undefined;
          void run(next.join(", "));
        }
      }
    };

    await run("start");
    io.stdout(`watching ${[options.reportDir, options.templatesDir].map((d) => relative(io.cwd, d) || ".").join(" and ")}; serving ${server.url}\n`);
    const watcher = watchFolders([options.reportDir, options.templatesDir], (changed) => void run(changed.map((f) => relative(io.cwd, f)).join(", ")));

    await new Promise<void>((resolveStop) => {
      const stop = (): void => resolveStop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    watcher.close();
    await server.close();
    await printer?.close();
    return 0;
  },
};

