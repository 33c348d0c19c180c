// Names with direction marks: a name such as "\u202EEve" (RIGHT-TO-LEFT OVERRIDE) cannot
// reorder the words shown around it, in the team view, the report or the printed report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { level, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();
const current = level('l5').id;
const aim = level('l6c').id;
const EVIL = '\u202EEve Hacker';

async function report(name) {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  await page.getByLabel('Level to rate').selectOption(aim);
  await page.getByRole('group', { name: statementsOf(aim)[0], exact: true }).getByRole('radio', { name: 'Learning' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  await page.getByLabel('Your name (shown on the report and in file names)').fill(name);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (JSON)' }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  return { context, page, text };
}

/** Where on screen each of `texts` is drawn inside `locator`, as { left, right }. */
const placesOf = (locator, texts) => locator.evaluate((el, wanted) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const found = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const t of wanted) {
      const at = node.data.indexOf(t);
      if (at < 0 || found[t]) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      const r = range.getBoundingClientRect();
      found[t] = { left: r.left, right: r.right };
    }
  }
  return found;
}, texts);

test('a name with a right-to-left override is isolated in the report, the printed report and the team view', async () => {
  const evil = await report(EVIL);
  // In the report, and in print (the PDF), the name is drawn in an isolate of its own.
  const dd = evil.page.locator('dd', { hasText: 'Eve Hacker' });
  for (const media of ['screen', 'print']) {
    await evil.page.emulateMedia({ media });
    assert.equal(await dd.locator('bdi').evaluate((b) => getComputedStyle(b).unicodeBidi), 'isolate', media);
  }
  await evil.page.emulateMedia({ media: 'screen' });
  await evil.page.checkClean();
  await evil.context.close();
  const plain = await report('Bob Plain');
  await plain.context.close();

  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).click();
  await page.getByText('nothing is uploaded anywhere').waitFor();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles([
    { name: 'eve.json', mimeType: 'application/json', buffer: Buffer.from(evil.text) },
    { name: 'bob.json', mimeType: 'application/json', buffer: Buffer.from(plain.text) },
  ]);
  await page.getByText('2 reports loaded.', { exact: false }).first().waitFor();
  const tna = page.getByRole('region', { name: 'Training needs analysis' });
  const line = tna.getByText(/^Would help 2 people with \d+ gaps?: /).first();
  await line.waitFor();
  // Without isolation the override would run on to the end of the sentence and draw
  // ".nialP boB ,rekcaH evE": Bob Plain and the full stop left of Eve's name.
  const at = await placesOf(line, ['Eve Hacker', 'Bob Plain', '.']);
  assert.ok(at['Bob Plain'].left >= at['Eve Hacker'].right - 1, `Bob Plain is drawn after Eve's name: ${JSON.stringify(at)}`);
  assert.ok(at['.'].left >= at['Bob Plain'].right - 1, 'the full stop ends the sentence');
  const heat = page.getByRole('table', { name: "People by domain, against each person's aim" });
  assert.equal(await heat.locator('th[scope=row] bdi').count(), 2, 'each name in the heatmap is isolated');
  await expectNoAxeViolations(page, 'team view with a right-to-left override in a name');

  // Loaded again, the report is named as a duplicate: the words after the name stay after it.
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles([
    { name: 'eve-again.json', mimeType: 'application/json', buffer: Buffer.from(evil.text) },
  ]);
  const duplicate = page.getByText(/the same report was loaded twice; counted once$/);
  await duplicate.waitFor();
  const dup = await placesOf(duplicate, ['Eve Hacker', 'counted once']);
  assert.ok(dup['counted once'].left >= dup['Eve Hacker'].right - 1, `the sentence goes on after Eve's name: ${JSON.stringify(dup)}`);

  // Importing the report asks a question with the name in it: the question reads in order.
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByLabel('Import a report (JSON exported from Stepwise)').setInputFiles({
    name: 'eve.json', mimeType: 'application/json', buffer: Buffer.from(evil.text),
  });
  const question = page.getByText(/^Replace your current work with the report for /);
  await question.waitFor();
  const asked = await placesOf(question, ['Eve Hacker', ' of 20']);
  assert.ok(asked[' of 20'].left >= asked['Eve Hacker'].right - 1, `the question goes on after the name: ${JSON.stringify(asked)}`);
  await page.getByRole('button', { name: 'Yes, replace my work' }).click();
  const done = page.getByText(/^Imported the report for /);
  await done.waitFor();
  assert.equal(await done.locator('bdi').count(), 1, 'the imported report named in an isolate');
  await page.checkClean();
  await context.close();
});
