// On the ward with no signal: once Stepwise has been opened, it opens and works with no
// network (its service worker keeps its files), nothing rated offline is lost, and a new
// release is offered on a later visit, never swapped in mid-assessment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations, startServer } from './helpers.mjs';
import { levels, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();
const current = levels[0].id;

// The app has started (not only the plain first screen) and its service worker controls
// the page, with every file kept.
async function openAndKeep(page, base) {
  await page.goto(base);
  await page.getByRole('button', { name: 'Team view' }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined);
}

test('opened once, Stepwise opens and works with no network, and nothing rated offline is lost', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, { serviceWorkers: 'allow' });
  await openAndKeep(page, shared.base);
  // Installable: the page names its manifest, with a name and icons.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return link && (await fetch(link.href)).json();
  });
  assert.equal(manifest.short_name, 'Stepwise');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  const statement = statementsOf(current)[0];
  await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).check();
  await expectNoAxeViolations(page, 'rating with no network');
  // The gap report comes with the full module: kept too.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Gap report', exact: true }).waitFor();

  await context.setOffline(false);
  await page.reload();
  await page.getByLabel('Your current role').waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), current, 'the role chosen offline is kept');
  assert.ok(await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).isChecked(),
    'the rating made offline is kept');
  await page.checkClean();
  await context.close();
});

test('a new release is offered on the next visit, and the work in hand is kept', async () => {
  // A copy of the built app, so a release can be made under it.
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-release-'));
  cpSync(join(import.meta.dirname, '..', '..', 'dist'), dir, { recursive: true });
  const { server, url } = await startServer(dir);
  try {
    const { context, page } = await newWatchedPage(shared.browser, url, { serviceWorkers: 'allow' });
    await openAndKeep(page, url);
    await page.getByLabel('Your current role').selectOption(current);
    const statement = statementsOf(current)[0];
    await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).check();
    assert.equal(await page.locator('.app-update').count(), 0, 'nothing to offer on the first visit');

    // A new release: a different build, so a different service worker.
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000000"'));
    await page.reload();
    const ready = page.getByRole('status').filter({ hasText: 'A new version of Stepwise is ready' });
    await ready.waitFor();
    // Still this version's app, with the rating in hand.
    assert.ok(await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).isChecked());
    await expectNoAxeViolations(page, 'a new version is ready');

    // A second tab, open on the same version, is told when the first takes the new one.
    const other = await context.newPage();
    await other.goto(url);
    await other.getByRole('status').filter({ hasText: 'A new version of Stepwise is ready' }).waitFor();

    await page.getByRole('button', { name: 'Use the new version now' }).click();
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('sw.js') && !document.querySelector('.app-update'));
    await other.getByRole('status').filter({ hasText: 'Stepwise has been updated in another tab' }).waitFor();
    await other.getByRole('button', { name: 'Reload this page' }).click();
    await other.waitForFunction(() => !document.querySelector('.app-update'));
    await other.getByRole('group', { name: statement, exact: true }).waitFor();
    assert.ok(await other.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).isChecked(),
      'the other tab has the rating too');
    await page.getByRole('group', { name: statement, exact: true }).waitFor();
    assert.ok(await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).isChecked(),
      'the rating is kept across the update');
    await page.checkClean();
    await context.close();
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
