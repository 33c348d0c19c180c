// The first screen is on the page before the app's module arrives (written into index.html
// at build time): a person can read what Stepwise is and choose their role at once, and the
// app, when it starts, carries on from that choice with the keyboard focus where it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();
const MODULE = '**/stepwise_bg.wasm';

/** Holds the rating page's module back until the returned function is called. */
async function holdModule(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(MODULE, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a role chosen before the app has arrived is kept, with the focus on the menu', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  const release = await holdModule(page);
  await page.goto(shared.base);
  // Everything here is the page's own HTML: the module is still held back.
  await page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading the rest of Stepwise' }).waitFor();
  const menu = page.getByLabel('Your current role');
  const offered = await menu.locator('option').allTextContents();
  assert.equal(offered[0], 'Choose your current role');
  assert.equal(offered.length, levels.length + 1, 'every role of the framework is offered');
  await expectNoAxeViolations(page, 'first screen before the app has started');

  const role = levels[4];
  await menu.focus();
  await menu.selectOption(role.id);
  release();
  // The app's own first competence of that level, once it has taken over.
  await page.getByRole('group', { name: statementsOf(role.id)[0], exact: true }).waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), role.id);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'current-level',
    'the focus is still on the role menu');
  assert.equal(await page.getByText('Loading the rest of Stepwise').count(), 0);

  // The choice was saved like any other: it is there after a reload.
  await page.unrouteAll({ behavior: 'wait' });
  await page.reload();
  await page.getByRole('group', { name: statementsOf(role.id)[0], exact: true }).waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), role.id);
  await page.checkClean();
  await context.close();
});

test('someone with progress saved is not shown a blank first screen while the app arrives', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByLabel('Your current role').selectOption(levels[2].id);
  await page.getByRole('group', { name: statementsOf(levels[2].id)[0], exact: true }).waitFor();

  const release = await holdModule(page);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Loading Stepwise' }).waitFor();
  assert.equal(await page.getByLabel('Your current role').count(), 0,
    'no role menu that would say no role is chosen');
  release();
  await page.getByRole('group', { name: statementsOf(levels[2].id)[0], exact: true }).waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), levels[2].id);
  await page.checkClean();
  await context.close();
});
