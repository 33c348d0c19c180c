// Measures the built app in headless Chromium over loopback: bytes transferred on a first
// visit (raw and gzip -9 of every file the page requested), and the time to the first usable
// control beside a minimal Yew counter (STEPWISE_COUNTER, a folder built by scripts/bench),
// median of 10 fresh loads, unthrottled and on a slow 4G phone. Prints figures; asserts nothing.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer } from '../tests/e2e/helpers.mjs';

const LOADS = 10;
const dist = new URL('../dist/', import.meta.url).pathname;
const browser = await launch();
const { server, url } = await startServer(dist);

// The role menu as the app draws it, once its module runs; the page's plain first screen
// (src/ui/first_screen.rs) has one from the start, whose choice the app takes over.
const APP_MENU = '.app-shell:not(.app-shell--static) #current-level:enabled';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// Every file built, gzip: what the service worker keeps.
const totalGzip = () => JSON.parse(readFileSync(join(dist, 'sw.js'), 'utf8').match(/const FILES = (\[.*?\]);/)[1])
  .reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

try {
  // Bytes: what a first visit with an empty cache asks for, until the app's own menu works
  // (in the page's clock, from its resource timing), and apart, what it asks for after.
  const context = await browser.newContext();
  await context.addInitScript((selector) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) {
        window.__menuAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }, APP_MENU);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(APP_MENU).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  await page.waitForLoadState('networkidle');
  const { requested, menuAt } = await page.evaluate(() => ({
    requested: performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).origin === location.origin)
      .map((e) => [new URL(e.name).pathname, e.startTime]),
    menuAt: window.__menuAt,
  }));
  await context.close();
  const files = ['/index.html', ...requested.filter(([, t]) => t <= menuAt).map(([f]) => f)];
  const afterwards = requested.filter(([, t]) => t > menuAt).map(([f]) => f);
  let raw = 0;
  let gz = 0;
  let br = 0;
  const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log("First visit, bytes transferred (every file the page requested until the app's role menu works, with the framework it opens):");
  for (const f of [...new Set(files)].sort()) {
    const body = readFileSync(join(dist, f));
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    br += brotli(body);
    console.log(`  ${f.padEnd(28)} ${kb(body.length).padStart(10)} raw ${kb(z).padStart(10)} gzip`);
  }
  console.log(`  ${'total'.padEnd(28)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip   (budget 200 KB gzip)`);
  console.log(`  (for comparison, brotli at quality 11: ${kb(br)} in all)`);
  const later = [...new Set(afterwards)].filter((f) => !files.includes(f)).sort();
  const laterGz = later.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  console.log(`  once the menu works, for offline use, the page asks for ${later.join(', ')}: ${kb(laterGz)} gzip; the service worker then keeps every file (${kb(totalGzip())} gzip)`);

  // A first visit opens the framework's outline; choosing a role fetches its competences.
  {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
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
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
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

  // First usable control, Stepwise beside a minimal Yew counter built the same way: ten
  // fresh loads of each, taken in turns so both see the same machine, with the HTTP cache
  // switched off through the DevTools protocol and the files served gzipped. Timed from
  // navigation start until the control is in the DOM and enabled (a MutationObserver set up
  // before any page script runs): Stepwise's current-role <select>, the counter's button.
  // Stepwise's is timed twice: on the plain first screen (usable at once: a role chosen there
  // is kept) and as the app draws it (everything has arrived and runs).
  const counter = await startServer(process.env.STEPWISE_COUNTER);
  const apps = [
    { name: 'Stepwise', url, controls: { first: '#current-level', app: APP_MENU } },
    { name: 'Yew counter', url: counter.url, controls: { app: '#counter button' } },
  ];
  const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  };
  const SLOW = 'slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up), CPU 4x slower';
  // Fresh loads: no HTTP cache and no service worker. Second visits: each app as it is
  // served, Stepwise with its service worker (installed by the first load, not timed), the
  // counter with the HTTP cache on (this server says no-store, as a static host may).
  for (const [label, network, cpu, second] of [['unthrottled', null, 1, false], [SLOW, SLOW_4G, 4, false], [SLOW, SLOW_4G, 4, true]]) {
    const times = new Map(apps.map((a) => [a.name, { first: [], app: [] }]));
    const tabs = [];
    for (const app of apps) {
      const c = await browser.newContext({ serviceWorkers: second ? 'allow' : 'block' });
      await c.addInitScript((controls) => {
        window.__controls = {};
        const observer = new MutationObserver(() => {
          for (const [name, selector] of Object.entries(controls)) {
            const el = window.__controls[name] === undefined && document.querySelector(selector);
            if (el && !el.disabled) window.__controls[name] = performance.now();
          }
          if (Object.keys(window.__controls).length === Object.keys(controls).length) observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
      }, app.controls);
      const tab = await c.newPage();
      const session = await c.newCDPSession(tab);
      await session.send('Network.enable');
      await session.send('Network.setCacheDisabled', { cacheDisabled: !second });
      if (network) await session.send('Network.emulateNetworkConditions', network);
      await session.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      tabs.push({ app, c, tab });
    }
    for (let i = 0; i <= LOADS; i += 1) {
      for (const { app, tab } of tabs) {
        await tab.goto(app.url);
        await tab.waitForFunction((n) => Object.keys(window.__controls).length === n, Object.keys(app.controls).length, { timeout: 60_000 });
        const t = await tab.evaluate(async (second) => {
          // A second visit comes after the first has installed the service worker.
          if (second && navigator.serviceWorker && document.getElementById('stepwise')) await navigator.serviceWorker.ready;
          localStorage.clear();
          return window.__controls;
        }, second);
        // The first load warms up the browser process itself, not the app.
        if (i > 0) for (const [name, ms] of Object.entries(t)) times.get(app.name)[name].push(ms);
      }
    }
    for (const { c } of tabs) await c.close();
    const ours = times.get('Stepwise');
    const base = times.get('Yew counter').app;
    const range = (xs) => `fastest ${Math.min(...xs).toFixed(0)}, slowest ${Math.max(...xs).toFixed(0)}`;
    const ratio = (xs) => `${(median(xs) / median(base)).toFixed(2)}x`;
    console.log(second
      ? `Second visit, first usable control, ${label}, median of ${LOADS} loads after a first:`
      : `First usable control, ${label}, median of ${LOADS} uncached gzipped loads:`);
    console.log(`  Yew counter (its button) ${median(base).toFixed(0)} ms (${range(base)})`);
    const budget = second ? '1.2x' : '1.5x';
    console.log(`  Stepwise, role menu on the plain first screen ${median(ours.first).toFixed(0)} ms (${range(ours.first)}): ${ratio(ours.first)} the counter   (budget ${budget})`);
    console.log(`  Stepwise, role menu drawn by the app (its module arrived and running) ${median(ours.app).toFixed(0)} ms (${range(ours.app)}): ${ratio(ours.app)} the counter${second ? `   (budget ${budget})` : ''}`);
  }
  counter.server.close();

} finally {
  await browser.close();
  server.close();
}
