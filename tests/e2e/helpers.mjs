// Shared set-up for the browser journeys: Debian's Chromium through playwright-core, the
// built app served from dist/ on loopback, axe-core, and watchers for anything that leaves
// the origin or breaks the Content-Security-Policy.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { serve } from '../../scripts/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

export async function startServer(dir = join(root, 'dist')) {
  return serve(dir, 0);
}

/**
 * A fresh browser profile with watchers: every request must stay on `base`'s origin, and
 * the page must raise no CSP violation, console error or uncaught exception.
 */
export async function newWatchedPage(browser, base, options = {}) {
  // Stepwise's service worker would serve later loads from its copy, out of reach of a
  // journey's own routes: journeys run without it, except those about offline use
  // (offline.test.mjs), which allow it.
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  const origin = new URL(base).origin;
  const offOrigin = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) offOrigin.push(url);
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.checkClean = async () => {
    assert.deepEqual(offOrigin, [], 'no request to another origin');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
    assert.deepEqual(errors, [], 'no console error or uncaught exception');
  };
  return { context, page };
}

/**
 * Runs axe-core on the page as it is now, against WCAG 2.2 A and AA, and fails listing
 * every violation. axe is evaluated through the DevTools protocol, which the page's CSP
 * does not govern, so the app's own CSP stays strict.
 */
/** Like expectNoAxeViolations, inside an iframe of the page. */
export async function expectNoAxeViolationsInFrame(frame, view) {
  if (!(await frame.evaluate(() => Boolean(window.axe)))) await frame.evaluate(axeSource);
  const results = await frame.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(summary, [], `axe-core violations in view "${view}"`);
  assert.ok(results.passes.length > 10, 'axe actually ran its rules');
}

export async function expectNoAxeViolations(page, view, include = null) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const results = await page.evaluate((include) => window.axe.run(include ? { include: [[include]] } : document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }), include);
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations in view "${view}"`);
  assert.ok(results.passes.length > 10, 'axe actually ran its rules');
}

/**
 * One browser and one server of dist/ for a test file, started before its tests and closed
 * after them. The returned object's `browser` and `base` are set once `before` has run.
 */
export function sharedBrowserAndServer() {
  const shared = { browser: null, server: null, base: null };
  before(async () => {
    shared.browser = await launch();
    ({ server: shared.server, url: shared.base } = await startServer());
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}
