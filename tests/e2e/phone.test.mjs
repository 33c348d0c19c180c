// Every view on a 320 px phone, by keyboard and with a screen reader in mind: nothing wider
// than the screen, axe clean (WCAG 2.2 AA), chart words of a readable size, tables that
// scroll reachable by keyboard, a skip link to the ratings, and focus never dropped to the
// page after an action (a screen reader would start again from the top).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf, levelTitle } from './content.mjs';

const shared = sharedBrowserAndServer();
const PHONE = { viewport: { width: 320, height: 640 } };

const current = levels.find((l) => l.career_level === 5).id;
const aim = levels.find((l) => l.career_level === 6).id;

/** Opens the app and waits for it to start (not the plain first screen before it). */
async function open(page) {
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).waitFor();
}

/** The page scrolls only up and down: nothing is wider than the 320 px screen. */
async function expectFits(page, view) {
  const { scroll, client, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    // What sticks out, to say what to fix.
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  }));
  assert.ok(scroll <= client, `"${view}" is ${scroll} px wide on a ${client} px screen (${wide.join(', ')})`);
}

/** Keyboard focus is on something, not dropped to the page. */
async function expectFocusKept(page, action) {
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? null : el.tagName.toLowerCase();
  });
  assert.ok(focused, `focus is kept after ${action}`);
}

/** The accessible name of the element that has focus, as far as its label or words go. */
function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent;
  });
}

/** A table in its scrolling box: it needs no sideways scroll, so no column is cut off. */
async function expectWhole(page, name) {
  const region = page.getByRole('region', { name, exact: true });
  assert.equal(await region.getAttribute('tabindex'), '0', `the box of "${name}" can be focused`);
  const { scroll, client } = await region.evaluate((r) => ({ scroll: r.scrollWidth, client: r.clientWidth }));
  assert.ok(scroll <= client, `"${name}" is whole at 320 px (${scroll} px in ${client} px)`);
}

async function chooseRoleAndRate(page) {
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  for (const [level, rating] of [[current, 'Competent'], [aim, 'Learning']]) {
    await page.getByLabel('Level to rate').selectOption(level);
    for (const statement of statementsOf(level).slice(0, 4)) {
      await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: rating }).check();
    }
  }
  await page.getByLabel('Level to rate').selectOption(current);
}

test('rating on a phone: a skip link first, statements clear of their box, every column in view', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await expectFits(page, 'first visit');
  await expectNoAxeViolations(page, 'first visit at 320 px');
  await chooseRoleAndRate(page);
  const first = statementsOf(current)[0];
  await page.getByRole('group', { name: first, exact: true }).waitFor();

  // Coming back: the first Tab stop skips the menus, and the next is the first rating.
  await page.reload();
  await page.getByRole('button', { name: 'Team view' }).waitFor();
  await page.getByRole('group', { name: first, exact: true }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to ratings' });
  assert.ok(await skip.evaluate((a) => a === document.activeElement), 'the first Tab stop is "Skip to ratings"');
  const box = await skip.boundingBox();
  assert.ok(box.width > 40 && box.x >= 0 && box.x + box.width <= 320, 'it shows on screen when focused');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const radio = await page.evaluate(() => ({
    type: document.activeElement.type,
    group: document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent,
  }));
  assert.deepEqual(radio, { type: 'radio', group: first }, 'two Tabs and Enter reach the first rating');

  // Each statement sits inside its box: the box's border does not cross its words.
  const crossed = await page.evaluate(() => [...document.querySelectorAll('fieldset.app-competence')].filter((f) => {
    const legend = f.querySelector('legend').getBoundingClientRect();
    const top = f.getBoundingClientRect().top + parseFloat(getComputedStyle(f).borderTopWidth);
    return legend.top < top || legend.height < 20;
  }).length);
  assert.equal(crossed, 0, 'no statement is cut by its border');
  assert.ok(await page.locator('fieldset.app-competence legend').evaluateAll(
    (ls) => ls.some((l) => l.getBoundingClientRect().height > 40),
  ), 'some statements wrap onto two lines or more at 320 px (what the border used to cut)');

  // Where you stand: every column, "Reached" included, in view; the boxes can be focused.
  await expectWhole(page, 'Progress at each level');
  // Each domain's progress, beside the ratings: its figures in words, and on screen.
  const domains = page.getByRole('list', { name: `By domain, ${levelTitle(current)}` }).getByRole('listitem');
  assert.ok(await domains.count() > 1, 'a line for each domain');
  for (const item of await domains.all()) {
    assert.match(await item.innerText(), /\d+ of \d+ rated, \d+ met/);
    const { x, width } = await item.boundingBox();
    assert.ok(x >= 0 && x + width <= 320, 'each domain line is on screen');
  }
  const reached = page.getByRole('table', { name: 'Progress at each level' }).getByRole('columnheader', { name: 'Reached' });
  const cell = await reached.boundingBox();
  assert.ok(cell.x + cell.width <= 320, '"Reached" is on screen');
  await expectFits(page, 'rating');
  await expectNoAxeViolations(page, 'rating at 320 px');
  await page.checkClean();
  await context.close();
});

test('changing view on a phone is announced, focus stays on the menu, and every view fits', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await chooseRoleAndRate(page);
  // The first move to another view starts the full app, with focus on that view's button.
  await page.getByRole('button', { name: 'Career map' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: `Career map from ${levelTitle(current)}` }).waitFor();
  await expectFocusKept(page, 'opening the career map');
  for (const view of ['Rate yourself', 'Gap report and plan', 'Team view', 'Career map']) {
    const button = page.getByRole('button', { name: view, exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Now showing: ${view}` }).waitFor({ state: 'attached' });
    assert.equal(await button.getAttribute('aria-current'), 'page');
    assert.ok(await button.evaluate((b) => b === document.activeElement), `focus stays on "${view}"`);
    await expectFits(page, view);
  }
  // Offered after the app, for educators: choosing another framework.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Use another framework' }).click();
  await page.getByRole('heading', { name: 'Use another framework' }).waitFor();
  await expectFocusKept(page, 'opening "Use another framework"');
  await expectFits(page, 'Use another framework');
  await expectNoAxeViolations(page, 'Use another framework at 320 px');
  // And the glossary, offered at the foot of every page.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Glossary', exact: true }).click();
  await page.getByRole('heading', { name: 'Glossary', exact: true }).waitFor();
  await expectFocusKept(page, 'opening the glossary');
  await expectFits(page, 'Glossary');
  await expectNoAxeViolations(page, 'Glossary at 320 px');
  // And, for supervisors, reviewing someone's assessment.
  await page.getByRole('contentinfo').getByRole('button', { name: "Review someone's assessment" }).click();
  await page.getByRole('heading', { name: "Review someone's assessment" }).waitFor();
  await expectFocusKept(page, "opening \"Review someone's assessment\"");
  await expectFits(page, "Review someone's assessment");
  await expectNoAxeViolations(page, "Review someone's assessment at 320 px");
  await page.checkClean();
  await context.close();
});

test('the gap report with a plan fits a phone: chart words readable, Status and Remove on screen', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await chooseRoleAndRate(page);
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  const adds = page.getByRole('button', { name: /^Add to plan: / });
  await adds.first().waitFor();
  const titles = (await adds.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))))
    .slice(0, 2).map((l) => l.replace(/^Add to plan: /, ''));
  for (const title of titles) {
    await page.getByRole('button', { name: `Add to plan: ${title}`, exact: true }).click();
    await page.getByRole('button', { name: `Remove from plan: ${title}`, exact: true }).waitFor();
  }
  await page.getByLabel('An action of your own').fill('Shadow the ward manager for a week of rotas and budgets');
  await page.getByRole('button', { name: 'Add action to plan' }).click();
  const plan = page.getByRole('table', { name: 'Your planned actions' });
  await plan.getByRole('rowheader').filter({ hasText: 'Shadow the ward manager' }).waitFor();

  await expectFits(page, 'gap report with a plan');
  for (const name of ['Competences met at each level', `Domains at ${levelTitle(aim)}`]) await expectWhole(page, name);
  // Each row's date, status and Remove are on screen, each with its words.
  const planned = [...titles, 'Shadow the ward manager for a week of rotas and budgets'];
  for (const name of planned) {
    for (const control of [
      page.getByLabel(`Target date for ${name}`, { exact: true }),
      page.getByLabel(`Status of ${name}`, { exact: true }),
      page.getByRole('button', { name: `Remove ${name}`, exact: true }),
    ]) {
      const box = await control.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `${await control.evaluate((c) => c.id)} is on screen`);
    }
  }
  await plan.getByText('Status', { exact: true }).first().waitFor();

  // The chart's domain names and figures are text of a readable size, not shrunk with it.
  const sizes = await page.locator('.app-chart__label, .app-chart__value').evaluateAll(
    (els) => els.map((e) => ({ text: e.textContent, px: parseFloat(getComputedStyle(e).fontSize), height: e.getBoundingClientRect().height })),
  );
  assert.ok(sizes.length >= 12, 'every domain has a name and a figure');
  for (const s of sizes) assert.ok(s.px >= 12 && s.height >= 12, `"${s.text}" is drawn at ${s.px} px`);
  // Each bar takes most of the row, its name above it.
  const bars = await page.locator('.app-chart__row').evaluateAll((rows) => rows.map((r) => ({
    row: r.getBoundingClientRect().width,
    bar: r.querySelector('svg').getBoundingClientRect().width,
    nameAbove: r.querySelector('.app-chart__label').getBoundingClientRect().bottom <= r.querySelector('svg').getBoundingClientRect().top,
  })));
  for (const b of bars) assert.ok(b.bar >= b.row * 0.6 && b.nameAbove, `a bar ${b.bar} px wide in a row of ${b.row} px, under its name`);
  await expectNoAxeViolations(page, 'gap report with a plan at 320 px');

  // Removing with the keyboard: focus goes to the next row's Remove, then to the plan's heading.
  for (const [i, name] of planned.entries()) {
    await page.getByRole('button', { name: `Remove ${name}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: `Remove ${name}`, exact: true }).waitFor({ state: 'detached' });
    await expectFocusKept(page, `removing "${name}"`);
    const expected = i + 1 < planned.length ? `Remove ${planned[i + 1]}` : 'Action plan';
    assert.equal(await focusedName(page), expected);
  }
  await page.checkClean();
  await context.close();
});

test('aiming for a role on the career map keeps focus and says so, on a phone', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByRole('button', { name: 'Career map' }).click();
  const map = page.getByRole('region', { name: `Career map from ${levelTitle(current)}` });
  await map.waitFor();
  await expectFits(page, 'career map');
  await expectNoAxeViolations(page, 'career map at 320 px');

  const aimFor = map.getByRole('button', { name: /^Aim for this: / }).first();
  const title = (await aimFor.getAttribute('aria-label')).replace(/^Aim for this: /, '');
  await aimFor.focus();
  await page.keyboard.press('Enter');
  await map.getByRole('status').filter({ hasText: `Your aim is now ${title}.` }).waitFor();
  await expectFocusKept(page, 'aiming for a role');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'This is your aim');
  assert.ok(await page.evaluate(() => document.activeElement.closest('li').textContent.includes('Explore from here')));
  await expectFits(page, 'career map after aiming');
  await expectNoAxeViolations(page, 'career map after aiming at 320 px');

  // The aim is set: the rating page says so.
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.ok((await page.getByLabel('The level you aim for').evaluate((s) => s.selectedOptions[0].textContent)).startsWith(title));
  await page.checkClean();
  await context.close();
});

/** One exported report of a person who rated their role and aim (made at desktop width). */
async function exportedReport(name) {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  await chooseRoleAndRate(page);
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByLabel('Your name (shown on the report and in file names)').fill(name);
  await page.getByRole('button', { name: /^Add to plan: / }).first().click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)' }).click(),
  ]);
  const report = { name: file.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(await file.path()) };
  await context.close();
  return report;
}

test('the team view and a person\'s report on a phone', async () => {
  const files = [await exportedReport('Ann Smith'), await exportedReport('Bartholomew Fitzgerald-Okonkwo')];
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await page.getByRole('button', { name: 'Team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles(files);
  await page.getByText('2 reports loaded.').waitFor();
  const heat = page.getByRole('table', { name: "People by domain, against each person's aim" });
  await heat.getByRole('rowheader', { name: 'Ann Smith' }).waitFor();
  await expectFits(page, 'team view with reports');
  // The heatmap scrolls sideways in its own box, which the keyboard can reach.
  assert.equal(await page.getByRole('region', { name: 'Heatmap table (scrolls sideways)' }).getAttribute('tabindex'), '0');
  // Its caption wraps within the screen rather than run on under the columns out of view.
  const caption = await heat.locator('caption').boundingBox();
  assert.ok(caption.x >= 0 && caption.x + caption.width <= 320, 'the heatmap\'s caption is on screen');
  await expectNoAxeViolations(page, 'team view at 320 px');

  // A person's report, and back to their name in the heatmap.
  const name = heat.getByRole('button', { name: 'Bartholomew Fitzgerald-Okonkwo' });
  await name.focus();
  await page.keyboard.press('Enter');
  const person = page.getByRole('region', { name: 'Bartholomew Fitzgerald-Okonkwo' });
  await person.getByRole('heading', { name: 'Gaps at the level aimed for' }).waitFor();
  await expectFits(page, "a person's report in the team view");
  await expectNoAxeViolations(page, "a person's report at 320 px");
  await person.getByRole('button', { name: 'Back to the whole team' }).focus();
  await page.keyboard.press('Enter');
  await person.waitFor({ state: 'detached' });
  await expectFocusKept(page, "closing a person's report");
  assert.ok(await name.evaluate((b) => b === document.activeElement), 'focus is back on their name');

  // Clearing the team takes its button away: focus goes to choosing files again.
  await page.getByRole('button', { name: 'Clear the team view' }).focus();
  await page.keyboard.press('Enter');
  await heat.waitFor({ state: 'detached' });
  await expectFocusKept(page, 'clearing the team');
  assert.equal(await focusedName(page), 'Choose report files (JSON), or drop them here');
  await expectFits(page, 'team view cleared');
  await page.checkClean();
  await context.close();
});

test('starting again by keyboard on a phone keeps focus', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, PHONE);
  await open(page);
  await chooseRoleAndRate(page);
  await page.getByRole('button', { name: 'Start again…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'No, keep my work' }).focus();
  await page.keyboard.press('Enter');
  await expectFocusKept(page, 'keeping the work');
  assert.equal(await focusedName(page), 'Start again…');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, clear everything' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: statementsOf(current)[0], exact: true }).waitFor({ state: 'detached' });
  await expectFocusKept(page, 'clearing everything');
  await expectFits(page, 'after starting again');
  await page.checkClean();
  await context.close();
});
