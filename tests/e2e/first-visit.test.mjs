// A first visit downloads only what choosing a role needs (the framework's outline); the
// competences follow the choice, with the wait announced and a failure explained. A person
// who comes back gets their competences straight away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = levels[0].id;
const COMPLETE = '**/content/mhn.json';

/** Paths of the files the page asks for from now on. */
function recordRequests(page) {
  const paths = [];
  page.on('request', (req) => paths.push(new URL(req.url()).pathname));
  return paths;
}

test('a first visit fetches the competences once a role is chosen, and a return visit at once', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  const requested = recordRequests(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(COMPLETE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1, name: /self-assessment/ }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(requested.includes('/content/mhn.outline.json'), 'the outline is what a first visit opens');
  assert.ok(!requested.includes('/content/mhn.json'), 'no competences before a role is chosen');
  await page.getByRole('checkbox', { name: 'Older adults' }).waitFor();
  await expectNoAxeViolations(page, 'first visit, outline only');

  // Coming back before choosing a role (an area chosen is kept) is still a first visit.
  await page.getByRole('checkbox', { name: 'Older adults' }).check();
  requested.length = 0;
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /self-assessment/ }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(await page.getByRole('checkbox', { name: 'Older adults' }).isChecked());
  assert.ok(!requested.includes('/content/mhn.json'), 'still no competences');
  await page.getByRole('checkbox', { name: 'Older adults' }).uncheck();

  await page.getByLabel('Your current role').selectOption(current);
  await page.getByRole('status').filter({ hasText: 'Loading competences…' }).waitFor();
  await expectNoAxeViolations(page, 'competences loading');
  release();
  const [first] = statementsOf(current);
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).check();
  await page.getByText(`1 of ${statementsOf(current).length} rated`, { exact: true }).waitFor();
  await page.checkClean();

  // Coming back: progress is saved, so the competences come with the page.
  requested.length = 0;
  await page.reload();
  const radio = page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' });
  await radio.waitFor();
  assert.ok(await radio.isChecked(), 'the rating is still there');
  assert.ok(requested.includes('/content/mhn.json'));
  assert.equal(await page.getByLabel('Your current role').inputValue(), current);
  await context.close();
});

test('when the competences cannot be fetched the person is told, keeps their choice, and can try again', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  let attempts = 0;
  await page.route(COMPLETE, (route) => {
    attempts += 1;
    return attempts === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  const alert = page.getByRole('alert').filter({ hasText: 'The competences could not be loaded' });
  await alert.waitFor();
  await alert.getByText('Nothing you entered is affected').waitFor();
  await expectNoAxeViolations(page, 'competences could not be fetched');
  const [first] = statementsOf(current);
  assert.equal(await page.getByRole('group', { name: first }).count(), 0, 'nothing to rate yet');

  await alert.getByRole('button', { name: 'Try loading them again' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'current-level', 'focus stays in the form');
  await page.getByRole('group', { name: first }).getByRole('radio', { name: 'Competent' }).check();
  assert.equal(await page.getByLabel('Your current role').inputValue(), current, 'the role chosen is kept');
  assert.equal(attempts, 2);
  await context.close();
});
