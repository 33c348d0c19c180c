// Two tabs on the same framework: rating alternately in each loses nothing, each tab shows
// the other's ratings, and after reloading both, every rating is there.
import { test } from 'node:test';
import { sharedBrowserAndServer, newWatchedPage } from './helpers.mjs';
import { level, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();
const current = level('l5').id; // career level 5

function radio(page, statement, label, checked) {
  return page.getByRole('group', { name: statement, exact: true })
    .getByRole('radio', { name: label, ...(checked ? { checked: true } : {}) });
}

test('ratings made alternately in two tabs are all kept, and each tab shows the other\'s', async () => {
  const { context, page: left } = await newWatchedPage(shared.browser, shared.base);
  const right = await context.newPage();
  for (const page of [left, right]) {
    await page.goto(shared.base);
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  await left.getByLabel('Your current role').selectOption(current);
  // The other tab takes the chosen role from storage, and opens its competences.
  const s = statementsOf(current);
  await radio(right, s[0], 'Competent').waitFor();

  const steps = [[left, s[0], 'Competent'], [right, s[1], 'Learning'], [left, s[2], 'Expert'], [right, s[3], 'Proficient']];
  for (const [page, statement, label] of steps) {
    await radio(page, statement, label).check();
  }
  for (const page of [left, right]) {
    for (const [, statement, label] of steps) await radio(page, statement, label, true).waitFor();
  }
  for (const page of [left, right]) {
    await page.reload();
    for (const [, statement, label] of steps) await radio(page, statement, label, true).waitFor();
  }
  await left.checkClean();
  await context.close();
});
