// A nurse whose NMC registration has lapsed finds a starting point of their own in "Your
// current role", aims to return to the register, rates the competences of the role they
// return to, and is told to take return to practice first, then preceptorship; the career map
// starts from where they are, with the move back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { level, levelTitle, statementsOf, moves, routes } from './content.mjs';

const shared = sharedBrowserAndServer();
const start = 'l5-return';
const role = level(start).rates; // the newly registered nurse
const title = (id) => routes.find((r) => r.id === id).title;

test('a nurse returning after a lapse rates the role they return to and sees return to practice first', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, { viewport: { width: 375, height: 800 } });
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).waitFor();

  // The returning start is in the role menu, in words a returner would look for.
  const menu = page.getByLabel('Your current role');
  await menu.selectOption({ label: levelTitle(start) });
  assert.match(levelTitle(start), /Returning to mental health nursing after a break in registration/);
  // The aim: one move, back to the register as the role they return to, chosen and said.
  const aim = page.getByRole('group', { name: 'Your aim' });
  const back = aim.getByRole('radio', { name: `Return to the register as: ${level(role).name}` });
  assert.equal(await back.isChecked(), true, 'the return is the aim');
  assert.equal(await aim.getByRole('radio').count(), 1, 'no move up, across or staying from here');
  await page.getByText(`You aim to return to the register as ${levelTitle(role)}.`, { exact: true }).waitFor();
  const theirs = statementsOf(role);
  await page.getByText(`Rating your current role takes about ${Math.ceil(theirs.length / 2)} minutes: ${theirs.length} competences.`).waitFor();
  await expectNoAxeViolations(page, 'first screen, returning to the register');

  // They rate the role's own competences: every one below the bar.
  await page.getByRole('button', { name: 'Start rating' }).click();
  for (const statement of theirs) {
    await page.getByRole('group', { name: statement, exact: true })
      .getByRole('radio', { name: 'Learning', exact: true }).check();
  }
  await page.getByText(`${theirs.length} of ${theirs.length} rated`, { exact: true }).waitFor();
  // Nothing else to rate: no "Now rate" the same competences again.
  assert.equal(await page.getByRole('button', { name: /^Now rate / }).count(), 0);
  await expectNoAxeViolations(page, 'rating, returning to the register');

  const soFar = page.getByRole('region', { name: `Your gaps for ${levelTitle(role)}` });
  await soFar.getByRole('button', { name: 'See your gaps and the training that closes them' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  const suggested = page.getByRole('region', { name: 'Suggested training and CPD' });
  const ranked = suggested.getByRole('list').first().getByRole('listitem');
  await ranked.first().waitFor();
  assert.equal(await ranked.nth(0).getByRole('heading').textContent(), title('return-to-practice'));
  assert.equal(await ranked.nth(1).getByRole('heading').textContent(), title('preceptorship'));
  await ranked.nth(0).getByText(`Fits your move from ${levelTitle(start)} to ${levelTitle(role)}: the career map lists it first of 2 for this move.`, { exact: false }).waitFor();
  // Revalidation is for everyone on the register, shown apart; nothing they are past.
  await suggested.getByRole('heading', { name: 'Everyone needs these' }).waitFor();
  await suggested.getByRole('heading', { name: title('nmc-revalidation') }).waitFor();
  for (const past of ['rn-degree-apprenticeship', 'rn-top-up-nursing-associates', 'nursing-associate-apprenticeship']) {
    assert.equal(await suggested.getByRole('heading', { name: title(past) }).count(), 0, `${past} is not offered`);
  }
  assert.equal(await suggested.getByText(/in your current role/).count(), 0, 'the same gaps are not counted twice');
  await expectNoAxeViolations(page, 'gap report, returning to the register');

  // The career map starts from the returning start, with its one move, back.
  await page.getByRole('button', { name: 'Career map' }).click();
  const map = page.getByRole('region', { name: `Career map from ${levelTitle(start)}` });
  await map.waitFor();
  const picture = map.getByRole('group', { name: /^Career map as a picture, from / });
  await picture.getByRole('button', { name: `Return to the register: ${levelTitle(role)}` }).waitFor();
  const move = moves.find((m) => m.from === start);
  await map.getByRole('heading', { name: 'Returning to the register' }).waitFor();
  await map.locator('.app-map__text').getByText(move.requires, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'career map, returning to the register');
  await page.checkClean();
  await context.close();
});
