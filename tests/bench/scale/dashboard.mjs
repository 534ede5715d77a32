// The dashboard (/overblik) fully rendered in headless Chromium (dashboard-render.mjs's measurement), and the size
// of what a first visit must load before the app starts: index.html's stylesheets and scripts with every chunk they
// import statically (modulepreload hints may list only some), each gzipped with zlib.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { renderDashboard } from '../dashboard-render.mjs';
import { median } from './stats.mjs';

export async function dashboardCase({ origin, cookie, runs }) {
  const samples = await renderDashboard({ origin, cookie, runs });
  return {
    name: 'Dashboard /overblik fully rendered',
    runs,
    renderedMs: median(samples.map((s) => s.renderedMs)),
    figuresMs: median(samples.map((s) => s.figuresMs)),
    samples,
  };
}

// Static imports only: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

export function initialBundle(webDist) {
  const index = readFileSync(join(webDist, 'index.html'), 'utf8');
  const styles = [...index.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const entries = [...index.matchAll(/<script[^>]*src="([^"]+)"/g), ...index.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const scripts = new Set();
  const visit = (file) => {
    if (scripts.has(file) || !existsSync(join(webDist, file))) return;
    scripts.add(file);
    for (const [, imported] of readFileSync(join(webDist, file), 'utf8').matchAll(STATIC_IMPORT)) visit(imported);
  };
  entries.forEach(visit);
  const size = (files) =>
    [...files].reduce(
      (sum, file) => {
        const content = readFileSync(join(webDist, file));
        return { raw: sum.raw + content.length, gzip: sum.gzip + gzipSync(content, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  const js = size(scripts);
  const css = size(styles);
  const kb = (bytes) => +(bytes / 1000).toFixed(1); // kB as the Angular build reports them
  return {
    scripts: scripts.size,
    stylesheets: styles.length,
    jsGzipKb: kb(js.gzip),
    jsRawKb: kb(js.raw),
    cssGzipKb: kb(css.gzip),
    cssRawKb: kb(css.raw),
    totalGzipKb: kb(js.gzip + css.gzip),
    totalRawKb: kb(js.raw + css.raw),
  };
}
