// Nothing is lost: unreadable saved data is kept aside and reported, a browser that refuses
// storage still lets the person work, and starting again asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = levels[0].id;
const KEY = 'stepwise:mhn';

async function open(page) {
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

test('unreadable saved data is kept aside, reported, and never overwritten', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"fw":"mhn","r":{"x":'), KEY);
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await alert.waitFor();
  await alert.getByText('kept aside, unchanged').waitFor();
  await expectNoAxeViolations(page, 'unreadable saved data');

  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unreadable:')));
  assert.equal(aside.length, 1);
  await alert.getByText(aside[0]).waitFor();

  // Working on writes the main key afresh; the kept copy is untouched.
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByRole('group', { name: statementsOf(current)[0] }).getByRole('radio', { name: 'Competent' }).check();
  const stored = await page.evaluate(([key, a]) => [localStorage.getItem(key), localStorage.getItem(a)], [KEY, aside[0]]);
  assert.match(stored[0], /"v":1/);
  assert.equal(stored[1], '{"v":1,"fw":"mhn","r":{"x":');

  await alert.getByRole('button', { name: 'Dismiss this message' }).click();
  assert.equal(await alert.count(), 0);
  await page.checkClean();
  await context.close();
});

test('when the browser refuses storage the person is told and can keep working', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page);
  await page.getByRole('alert').filter({ hasText: 'not letting Stepwise save' }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  const statement = statementsOf(current)[0];
  await page.getByRole('group', { name: statement }).getByRole('radio', { name: 'Competent' }).check();
  await page.getByText(`1 of ${statementsOf(current).length} rated`, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'storage refused');
  await page.checkClean();
  await context.close();
});

test('opening the gap report loads the rest of the app, and carries over work that could not be saved', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const fetched = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  const [first, second] = statementsOf(current);
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).check();
  const group = page.getByRole('group', { name: second });
  await group.getByRole('radio', { name: 'Learning' }).check();
  await group.getByText('Evidence and notes').click();
  await group.getByLabel('Your note or evidence link (optional)').fill('Shadowing in March');
  assert.ok(!fetched.some((p) => p.includes('stepwise-full')), 'rating needs only the first module');

  // Only memory holds this work; the hand-over must carry it.
  const report = page.getByRole('button', { name: 'Gap report and plan' });
  await report.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Gap report', level: 2, exact: true }).waitFor();
  assert.ok(fetched.some((p) => p.endsWith('stepwise-full_bg.wasm')), 'the rest of the app was fetched');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Gap report and plan',
    'focus stays on the chosen section');
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).isChecked()
    .then((checked) => assert.ok(checked, 'the rating came across'));
  const note = page.getByRole('group', { name: second }).getByLabel('Your note or evidence link (optional)');
  assert.equal(await note.inputValue(), 'Shadowing in March', 'the note came across');
  await page.getByRole('alert').filter({ hasText: 'not letting Stepwise save' }).waitFor();
  await expectNoAxeViolations(page, 'after the hand-over');
  await page.checkClean();
  await context.close();
});

test('work done while the rest of the app loads is kept, and only the last section asked for opens', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  // Hold the full module's wasm until the person has done more, as on a slow connection.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/stepwise-full_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  const [first, second] = statementsOf(current);
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).check();

  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('status').filter({ hasText: 'Opening the gap report…' }).waitFor();
  // Meanwhile: back to rating, one more rating, then the team view instead.
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  await page.getByRole('group', { name: second }).getByRole('radio', { name: 'Learning' }).check();
  await page.getByRole('button', { name: 'Team view' }).click();
  release();

  await page.getByRole('heading', { name: 'Team view', level: 2 }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Gap report', exact: true }).count(), 0);
  assert.equal(await page.locator('#stepwise').count(), 1, 'one app on the page');
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.ok(await page.getByRole('group', { name: second }).getByRole('radio', { name: 'Learning' }).isChecked(),
    'the rating made while loading came across');
  const saved = await page.evaluate((key) => localStorage.getItem(key), KEY);
  assert.match(saved, /"r":\{[^}]*:1/, 'and was saved');
  await page.checkClean();
  await context.close();
});

test('when the rest of the app cannot be fetched the person is told, keeps their work, and can try again', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  let attempts = 0;
  await page.route('**/stepwise-full.js*', (route) => {
    attempts += 1;
    return attempts === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  const [first] = statementsOf(current);
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Stepwise could not open the gap report' });
  await alert.waitFor();
  await alert.getByText('Your ratings and notes are kept').waitFor();
  await expectNoAxeViolations(page, 'the full module could not be fetched');

  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Gap report', exact: true }).waitFor();
  assert.equal(attempts, 2, 'the second try asked again');
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.ok(await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).isChecked());
  await context.close();
});

test('start again asks first, and only clears when confirmed', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  const group = page.getByRole('group', { name: statementsOf(current)[0] });
  await group.getByRole('radio', { name: 'Proficient' }).check();

  await page.getByRole('button', { name: 'Start again…' }).click();
  const question = page.getByText('Clear all your ratings, notes and chosen levels in this browser?');
  await question.waitFor();
  assert.ok(await question.evaluate((el) => el === document.activeElement), 'focus moves to the question');
  await expectNoAxeViolations(page, 'start again confirmation');
  await page.getByRole('button', { name: 'No, keep my work' }).click();
  assert.ok(await group.getByRole('radio', { name: 'Proficient' }).isChecked());

  await page.getByRole('button', { name: 'Start again…' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), '');
  assert.equal(await page.getByRole('region', { name: 'Rate yourself' }).count(), 0);
  await page.checkClean();
  await context.close();
});

test('on a phone the page fits the screen and passes axe', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, {
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByRole('group', { name: statementsOf(current)[0] }).getByRole('radio', { name: 'Learning' }).tap();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (overflow ${overflow}px)`);
  await expectNoAxeViolations(page, 'phone');
  await page.checkClean();
  await context.close();
});
