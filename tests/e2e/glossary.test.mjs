// The glossary: the framework's terms and abbreviations in plain words, offered at the foot
// of every page (on a first visit the rating page hands over to the full module to draw it)
// and from the gap report, which names the terms its gaps and routes use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = levels.find((l) => l.career_level === 5).id;
const aim = levels.find((l) => l.career_level === 6).id;

test('the glossary opens from the foot of a first visit and from the gap report', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const footerLink = page.getByRole('contentinfo').getByRole('button', { name: 'Glossary', exact: true });
  await footerLink.click();
  const heading = page.getByRole('heading', { level: 2, name: 'Glossary', exact: true });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'glossary-title');

  const terms = await page.getByRole('term').allTextContents();
  for (const t of ['NMC', 'RQF', 'CPD', 'Pay band']) assert.ok(terms.includes(t), `${t} in ${terms.join(', ')}`);
  const lower = terms.map((t) => t.toLowerCase());
  assert.deepEqual(lower, [...lower].sort(), 'in alphabetical order');
  await page.getByRole('definition').filter({ hasText: 'Regulated Qualifications Framework' }).waitFor();
  assert.equal(await footerLink.count(), 0, 'no link to the view already open');
  await expectNoAxeViolations(page, 'glossary');

  // From the gap report: the terms its gaps and routes use, and the way to the glossary.
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  await page.getByLabel('Level to rate').selectOption(aim);
  for (const statement of statementsOf(aim)) {
    await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'New to me' }).check();
  }
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  const note = page.getByText(/^Terms used here that the glossary explains: /);
  await note.waitFor();
  assert.match(await note.textContent(), /\bNMC\b/);
  await page.getByRole('button', { name: 'See the glossary' }).click();
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'glossary-title');
  await page.checkClean();
  await context.close();
});

test("the Care Certificate's gap report names each standard as published, beside our own name", async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(`${shared.base}?framework=care-certificate`);
  await page.getByRole('heading', { level: 1, name: 'Care Certificate: self-assessment' }).waitFor();
  await page.getByLabel('Your current role').selectOption({ index: 1 });
  const first = page.getByRole('region', { name: 'Rate yourself' }).getByRole('group')
    .filter({ has: page.getByRole('radio', { name: 'New to me' }) }).first();
  await first.getByRole('radio', { name: 'New to me' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  await page.getByText('Published as Standard 1: Understand your role', { exact: true }).waitFor();
  const row = page.getByRole('rowheader').filter({ hasText: 'Knowing my role' });
  assert.match(await row.textContent(), /\(published as Standard 1: Understand your role\)/);
  await expectNoAxeViolations(page, 'Care Certificate gap report with published standards');
  await page.checkClean();
  await context.close();
});
