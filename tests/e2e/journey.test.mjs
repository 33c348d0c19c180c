// The core journey, as a person would take it: pick a level, rate, see a gap and a route,
// reload and find everything, and complete a level with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levelTitle, statementsOf, levels, firstEvidenceOf, routeTitled } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = levels[0].id; // career level 5
const target = levels[1].id; // the next level up on the clinical route

function competence(page, statement) {
  return page.getByRole('group', { name: statement, exact: true });
}

async function rate(page, statement, label) {
  await competence(page, statement).getByRole('radio', { name: label, exact: true }).check();
}

test('rate, see a gap and a suggested route, reload and find everything', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1, name: /self-assessment/ }).waitFor();
  await expectNoAxeViolations(page, 'first visit');

  await page.getByLabel('Your current role').selectOption(current);
  const aim = page.getByLabel('The level you aim for');
  assert.equal(await aim.inputValue(), target, 'defaults to the next level up');
  await page.getByText(`You aim to move up to ${levelTitle(target)}`).waitFor();

  const mine = statementsOf(current);
  await rate(page, mine[0], 'Competent');
  await rate(page, mine[1], 'Proficient');
  await rate(page, mine[2], 'Learning');
  const progress = page.getByText(`3 of ${mine.length} rated`, { exact: true });
  await progress.waitFor();
  await expect(competence(page, mine[2]).getByText('Gap: below "Competent"'));

  // A note with an evidence link, rendered as text.
  const item = competence(page, mine[0]);
  await item.getByText('Evidence and notes').click();
  // The competences came with their evidence examples.
  await item.getByText(firstEvidenceOf(mine[0]), { exact: true }).waitFor();
  const note = '<b>Audit</b> https://example.org/evidence';
  await item.getByRole('textbox', { name: 'Your note or evidence link (optional)' }).fill(note);
  await expectNoAxeViolations(page, 'rating the current level');

  // Rate the level aimed for: one gap, and a route that would close it.
  await page.getByLabel('Level to rate').selectOption(target);
  const theirs = statementsOf(target);
  await rate(page, theirs[0], 'Learning');
  await rate(page, theirs[1], 'Expert');
  // Beside the ratings, the count; the gaps themselves and the training are in the report.
  const soFar = page.getByRole('region', { name: `Your gaps for ${levelTitle(target)}` });
  await soFar.getByText(/^1 gap among what you have rated;/).waitFor();
  await soFar.getByRole('button', { name: 'See your gaps and the training that closes them' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  const gaps = page.getByRole('region', { name: `Your gaps for ${levelTitle(target)}` });
  await gaps.getByRole('listitem').filter({ hasText: theirs[0] }).waitFor();
  const routes = page.getByRole('region', { name: 'Suggested training and CPD' });
  // The gap rated in their own role comes first: secure in the current role before moving.
  const first = routes.getByRole('listitem').first();
  await first.getByText(`Get secure in your current role first (${levelTitle(current)}): it develops 1 of your 1 gap there`).waitFor();
  // Then the routes the career map lists for the move, saying so.
  await routes.getByRole('listitem').filter({ hasText: `Fits your move from ${levelTitle(current)} to ${levelTitle(target)}` }).first().waitFor();
  const title = await first.getByRole('heading').textContent();
  // Entry requirements and provider come with the complete framework, when first opened.
  await first.getByText('Who it is for, and who provides it').click();
  await first.getByText(`Entry requirements: ${routeTitled(title).entry}`, { exact: true }).waitFor();
  await first.getByText(`Provided by: ${routeTitled(title).provider}`, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'gaps and suggestions');

  // Five suggestions first; the rest with the keyboard, behind "Show all".
  const ranked = routes.getByRole('list').first().getByRole('listitem');
  assert.equal(await ranked.count(), 5);
  const showAll = routes.getByRole('button', { name: /^Show all \d+ suggestions$/ });
  assert.equal(await showAll.getAttribute('aria-expanded'), 'false');
  const total = Number((await showAll.textContent()).match(/\d+/)[0]);
  assert.ok(total > 5);
  await showAll.focus();
  await page.keyboard.press('Enter');
  const fewer = routes.getByRole('button', { name: 'Show the first 5 only' });
  await fewer.waitFor();
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
  assert.equal(await ranked.count(), total);
  // Focus moved to the first route revealed, so the keyboard carries on from there.
  const sixth = await ranked.nth(5).getByRole('heading').textContent();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), sixth);
  await expectNoAxeViolations(page, 'all suggestions');

  // Gaps only: just the gap is listed.
  // Back to rating: the level aimed for is still the one shown.
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.equal(await page.getByLabel('Level to rate').inputValue(), target);
  await page.getByRole('radio', { name: 'Gaps only' }).check();
  assert.equal(await page.getByRole('region', { name: 'Rate yourself' }).getByRole('group', { name: theirs[1] }).count(), 0);
  await competence(page, theirs[0]).waitFor();
  await expectNoAxeViolations(page, 'gaps only filter');

  // Close the tab and come back.
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByLabel('Your current role').inputValue(), current);
  assert.equal(await page.getByLabel('The level you aim for').inputValue(), target);
  assert.ok(await competence(page, mine[0]).getByRole('radio', { name: 'Competent' }).isChecked());
  assert.ok(await competence(page, mine[1]).getByRole('radio', { name: 'Proficient' }).isChecked());
  assert.ok(await competence(page, mine[2]).getByRole('radio', { name: 'Learning' }).isChecked());
  const restored = competence(page, mine[0]).getByRole('textbox', { name: 'Your note or evidence link (optional)' });
  assert.equal(await restored.inputValue(), note);
  assert.equal(await page.locator('b', { hasText: 'Audit' }).count(), 0, 'notes are text, never HTML');
  await progress.waitFor();
  await page.getByLabel('Level to rate').selectOption(target);
  await soFar.getByText(/^1 gap among what you have rated;/).waitFor();

  await page.checkClean();
  await context.close();
});

test('complete a level with the keyboard alone', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();

  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName, id: el?.id ?? '', name: el?.getAttribute('name') ?? '', type: el?.getAttribute('type') ?? '' };
  });
  async function tabTo(predicate, limit = 30) {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      if (predicate(await focused())) return;
    }
    assert.fail('could not reach the element with Tab');
  }

  // Choose the current role with the keyboard: the first level in the list.
  await tabTo((f) => f.id === 'current-level');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByLabel('Your current role').inputValue(), current);
  // The role may have been chosen on the plain first screen: the competences come once the
  // app has started and taken the choice (and the focus) over.
  await competence(page, statementsOf(current)[0]).waitFor();

  const statements = statementsOf(current);
  await tabTo((f) => f.type === 'radio' && f.name.startsWith('rate-'));
  for (const [i, statement] of statements.entries()) {
    // Arrow keys move through a radio group and select: New to me → Learning → Competent.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.ok(
      await competence(page, statement).getByRole('radio', { name: 'Competent' }).isChecked(),
      `competence ${i + 1} rated by keyboard`,
    );
    if (i + 1 < statements.length) {
      await tabTo((f) => f.type === 'radio' && f.name.startsWith('rate-'), 5);
    }
  }
  await page.getByText(`${statements.length} of ${statements.length} rated`, { exact: true }).waitFor();
  const row = page.getByRole('table', { name: 'Progress at each level' })
    .getByRole('row', { name: new RegExp(escapeRegExp(levelTitle(current))) });
  await row.getByRole('cell', { name: 'Yes', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'level complete');
  await page.checkClean();
  await context.close();
});

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function expect(locator) {
  await locator.waitFor();
}
