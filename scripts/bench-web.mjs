// Measures the built app in headless Chromium over loopback: bytes transferred on a first
// visit (raw and gzip -9 of every file the page requested), and time to first render
// (the app's "stepwise-rendered" performance mark), median of 10 fresh loads.
// Prints figures; asserts nothing.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer } from '../tests/e2e/helpers.mjs';

const LOADS = 10;
const dist = new URL('../dist/', import.meta.url).pathname;
const browser = await launch();
const { server, url } = await startServer(dist);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

try {
  // Bytes: what a first visit with an empty cache asks for.
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = [];
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.origin === new URL(url).origin) files.push(u.pathname === '/' ? '/index.html' : u.pathname);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Anything the page asks for once it is on screen counts too.
  await page.waitForLoadState('networkidle');
  await context.close();

  let raw = 0;
  let gz = 0;
  let br = 0;
  const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log('First visit, bytes transferred (every file the page requested, with the framework it opens):');
  for (const f of [...new Set(files)].sort()) {
    const body = readFileSync(join(dist, f));
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    br += brotli(body);
    console.log(`  ${f.padEnd(28)} ${kb(body.length).padStart(10)} raw ${kb(z).padStart(10)} gzip`);
  }
  console.log(`  ${'total'.padEnd(28)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip   (budget 150 KB gzip)`);
  console.log(`  (for comparison, brotli at quality 11: ${kb(br)} in all)`);

  // A first visit opens the framework's outline; choosing a role fetches its competences.
  {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(url);
    await p.getByLabel('Your current role').waitFor();
    await p.waitForLoadState('networkidle');
    const later = [];
    p.on('requestfinished', (req) => later.push(new URL(req.url()).pathname));
    const started = Date.now();
    await p.getByLabel('Your current role').selectOption('l5');
    await p.getByRole('radio').first().waitFor();
    const took = Date.now() - started;
    await ctx.close();
    let more = 0;
    for (const f of new Set(later)) more += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
    console.log(`Choosing a role fetches its competences and routes: ${[...new Set(later)].sort().join(', ')}`);
    console.log(`  ${kb(more)} gzip more; choice to the first competence on screen ${took} ms (one load, loopback)`);
  }

  // The gap report and team view come with the full module, fetched when first asked for.
  {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(url);
    await p.getByRole('heading', { level: 1 }).waitFor();
    const later = [];
    p.on('requestfinished', (req) => later.push(new URL(req.url()).pathname));
    const started = Date.now();
    await p.getByRole('button', { name: 'Gap report and plan' }).click();
    await p.getByRole('heading', { name: 'Gap report', exact: true }).waitFor();
    const took = Date.now() - started;
    await ctx.close();
    let more = 0;
    for (const f of new Set(later)) more += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
    console.log(`Opening the gap report the first time fetches the full module: ${[...new Set(later)].sort().join(', ')}`);
    console.log(`  ${kb(more)} gzip more; click to the report on screen ${took} ms (one load, loopback)`);
  }

  // First render: ten loads in one tab with the HTTP cache switched off, so every load
  // fetches and compiles everything afresh, as a first visit does. Timed from navigation
  // start to the moment the app's heading is in the DOM (a MutationObserver set up before
  // any page script runs), and, for comparison, to the app's own "stepwise-rendered" mark,
  // set by an effect that Yew runs some frames after the DOM is updated.
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('#stepwise h1')) {
        window.__stepwiseInDom = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const inDom = [];
  const effect = [];
  for (let i = 0; i <= LOADS; i += 1) {
    await p.goto(url);
    await p.getByRole('heading', { level: 1 }).waitFor();
    await p.waitForFunction(() => performance.getEntriesByName('stepwise-rendered').length > 0);
    const [dom, mark] = await p.evaluate(() => {
      const t = [window.__stepwiseInDom, performance.getEntriesByName('stepwise-rendered')[0].startTime];
      localStorage.clear();
      return t;
    });
    if (i > 0) { // the first load warms up the browser process itself, not the app
      inDom.push(dom);
      effect.push(mark);
    }
  }
  await ctx.close();
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    const median = (xs[LOADS / 2 - 1] + xs[LOADS / 2]) / 2;
    return `median ${median.toFixed(1)} ms (fastest ${xs[0].toFixed(1)}, slowest ${xs[xs.length - 1].toFixed(1)})`;
  };
  console.log(`First render, ${LOADS} uncached loads, navigation start to the app in the DOM: ${stats(inDom)}   (budget 150 ms)`);
  console.log(`  to the app's first effect (stepwise-rendered mark): ${stats(effect)}`);
  // Team view: 500 exported reports chosen at once, timed in the page from the file input's
  // change event to the heatmap showing all 500 rows.
  const reportsDir = process.env.STEPWISE_REPORTS;
  if (reportsDir) {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync(reportsDir).filter((f) => f.endsWith('.json')).map((f) => join(reportsDir, f));
    const times = [];
    for (let run = 0; run < 3; run += 1) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(url);
      await p.getByRole('heading', { level: 1 }).waitFor();
      await p.getByRole('button', { name: 'Team view' }).click();
      const input = p.getByLabel('Choose report files (JSON), or drop them here');
      await input.evaluate((el, n) => {
        el.addEventListener('change', () => {
          window.__teamStart = performance.now();
          new MutationObserver((_, observer) => {
            if (document.querySelectorAll('table.app-heat tbody tr').length >= n) {
              window.__teamDone = performance.now();
              observer.disconnect();
            }
          }).observe(document.body, { childList: true, subtree: true });
        }, { capture: true });
      }, files.length);
      await input.setInputFiles(files);
      await p.waitForFunction(() => window.__teamDone !== undefined, null, { timeout: 60_000 });
      times.push(await p.evaluate(() => window.__teamDone - window.__teamStart));
      await ctx.close();
    }
    times.sort((a, b) => a - b);
    console.log(`Team view, ${files.length} reports chosen at once to the heatmap drawn: median ${times[1].toFixed(0)} ms of 3 runs (fastest ${times[0].toFixed(0)}, slowest ${times[2].toFixed(0)})   (budget 1000 ms)`);
  }
} finally {
  await browser.close();
  server.close();
}
