// Issue 14: the first screen starts a person's journey. A support worker on a 375 px phone
// reaches the first rating in three actions (choose the role, confirm the aim, start), with
// nothing about frameworks before the heading, the aim asked as a choice, and how long rating
// takes said before they start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { level, levelTitle, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

test('a first visit on a phone reaches the first rating in three actions', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await page.goto(shared.base);
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  // The app's own first screen (not the plain one written into the page).
  await page.getByRole('button', { name: 'Team view' }).waitFor();

  // Before the heading: no control at all, so nothing about frameworks; and nothing to
  // start again on a first visit.
  const before = await page.evaluate(() => {
    const h1 = document.querySelector('h1');
    return [...document.querySelectorAll('select, input, button, a[href], textarea')]
      .filter((c) => c.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((c) => c.outerHTML.slice(0, 80));
  });
  assert.deepEqual(before, [], 'no control before the heading');
  assert.equal(await page.getByRole('button', { name: /Start again/ }).count(), 0,
    'nothing to start again yet');
  assert.equal(await page.getByText(/framework file/i).count(), 0, 'no framework file offered here');

  // 1. The role.
  const role = level('l2');
  await page.getByLabel('Your current role').selectOption(role.id);
  // The aim is asked, with the kinds of move as choices, and the one in force said in words.
  const aim = page.getByRole('group', { name: 'Your aim' });
  await aim.waitFor();
  assert.equal(await aim.getByRole('radio', { name: 'Move up' }).isChecked(), true,
    'moving up is offered first, and said');
  await page.getByText(/^You aim to move up to Career level 3/).waitFor();
  const estimate = await page.getByText(/^Rating your current role takes about/).innerText();
  const count = statementsOf(role.id).length;
  assert.equal(estimate,
    `Rating your current role takes about ${Math.max(1, Math.ceil(count / 2))} minutes: ${count} competences.`);

  // 2. The aim: staying in post and growing there.
  await aim.getByRole('radio', { name: 'Stay in your role and grow there' }).check();
  await page.getByText(`You are staying in your current role and growing there: your gaps are measured against ${levelTitle(role.id)}.`).waitFor();
  assert.equal(await page.getByLabel('The level you aim for').count(), 0,
    'no level to choose when staying: there is only one');
  await expectNoAxeViolations(page, 'first screen, role and aim chosen, at 375 px');

  // 3. Start: the keyboard focus is on the first competence's first rating, on screen.
  await page.getByRole('button', { name: 'Start rating' }).click();
  const first = page.getByRole('group', { name: statementsOf(role.id)[0], exact: true });
  await page.waitForFunction(() => document.activeElement?.type === 'radio');
  assert.ok(await first.evaluate((g) => g.contains(document.activeElement)),
    'focus is in the first competence');
  assert.ok(await first.getByRole('radio').first().isVisible());
  const { y, height } = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
  assert.ok(y >= 0 && y + height <= 667, 'the first rating is in view');

  // A rating made, the domain's bar and figures follow, and there is now something to clear.
  await page.keyboard.press('Space');
  const domains = page.getByRole('list', { name: `By domain, ${levelTitle(role.id)}` });
  await domains.getByText(/^1 of \d+ rated, [01] met$/).waitFor();
  await page.getByRole('button', { name: 'Start again…' }).waitFor();
  await expectNoAxeViolations(page, 'rating at 375 px');
  await page.checkClean();
  await context.close();
});

test('Start again, once used, leaves the keyboard on the role menu', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByLabel('Your current role').selectOption('l5');
  await page.getByRole('button', { name: 'Start again…' }).click();
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await page.getByRole('option', { name: 'Choose your current role' }).waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('button', { name: /Start again/ }).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'current-level');
  await page.checkClean();
  await context.close();
});

test('the first screen at 1,280 px: the aim as a choice, a menu for the level where there are several, axe clean', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, { viewport: { width: 1280, height: 800 } });
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).waitFor();
  await expectNoAxeViolations(page, 'first screen at 1,280 px');
  await page.getByLabel('Your current role').selectOption('l5');
  const aim = page.getByRole('group', { name: 'Your aim' });
  // From level 5 there are two level-6 roles to move up to: the menu offers both, nearest first.
  const offered = await page.getByLabel('The level you aim for').locator('option').allTextContents();
  assert.deepEqual(offered.slice(0, 2), [`${levelTitle('l6c')} (clinical route)`, `${levelTitle('l6m')} (managerial route)`]);
  await page.getByLabel('The level you aim for').selectOption('l6m');
  await page.getByText(`You aim to move up to ${levelTitle('l6m')}.`, { exact: false }).waitFor();
  assert.equal(await aim.getByRole('radio', { name: 'Move up' }).isChecked(), true);
  await expectNoAxeViolations(page, 'role and aim chosen at 1,280 px');
  await page.checkClean();
  await context.close();
});
