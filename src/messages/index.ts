/**
 * Every message safety-gap shows a user, as functions, one module per area
 * (vega-lite's log/message.ts, split so each stage's messages sit together).
 * Import an area (`import * as msg from "../messages/render.js"`) or all of
 * them from here.
 */
export * as build from "./build.js";
export * as cli from "./cli.js";
export * as compute from "./compute.js";
export * as figures from "./figures.js";
export * as init from "./init.js";
export * as pdf from "./pdf.js";
export * as random from "./random.js";
export * as render from "./render.js";
export * as review from "./review.js";
export * as site from "./site.js";
export * as source from "./source.js";
export * as stats from "./stats.js";
