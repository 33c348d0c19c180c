// Frameworks: areas of practice, the career map, switching frameworks, and bringing your own
// framework file, which is checked first and never touches what is already saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, competences, levelTitle, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

const SMALL = readFileSync(new URL('./fixtures/small.toml', import.meta.url), 'utf8');

async function open(page, url = shared.base) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

const storage = (page) => page.evaluate(() => ({ ...localStorage }));

test('choosing an area of practice brings its competences into view and into the count', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  const tagged = competences.find((c) => c.areas);
  assert.ok(tagged, 'the framework has area-specific competences');
  const level = tagged.level;
  await page.getByLabel('Your current role').selectOption(level);
  const total = competences.filter((c) => c.level === level && !c.areas).length;
  await page.getByText(`0 of ${total} rated`, { exact: true }).waitFor();
  const item = page.getByRole('group', { name: tagged.statement, exact: true });
  assert.equal(await item.count(), 0, 'hidden until its area is chosen');

  const areaName = await page.locator(`label[for="area-${tagged.areas}"]`).textContent();
  await page.getByRole('checkbox', { name: areaName }).check();
  await item.waitFor();
  const withArea = competences.filter((c) => c.level === level && (!c.areas || c.areas === tagged.areas)).length;
  await page.getByText(`0 of ${withArea} rated`, { exact: true }).waitFor();
  await expectNoAxeViolations(page, 'areas of practice');

  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.ok(await page.getByRole('checkbox', { name: areaName }).isChecked(), 'the choice is saved');
  await page.checkClean();
  await context.close();
});

test('the career map can be explored from the current role and sets an aim', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  const [first, second, third] = levels;
  await page.getByLabel('Your current role').selectOption(first.id);
  // The map is a section of its own, brought by the full module when first opened.
  await page.getByRole('button', { name: 'Career map' }).click();
  const map = page.getByRole('region', { name: `Career map from ${levelTitle(first.id)}` });
  await map.waitFor();
  await map.getByRole('heading', { name: 'Moving up' }).waitFor();
  await map.getByRole('heading', { name: 'Staying and growing in post' }).waitFor();
  await map.getByRole('heading', { name: levelTitle(second.id), exact: true }).waitFor();
  await expectNoAxeViolations(page, 'career map');

  await map.getByRole('button', { name: `Explore from here: ${levelTitle(second.id)}` }).click();
  const moved = page.getByRole('heading', { name: `Career map from ${levelTitle(second.id)}` });
  await moved.waitFor();
  assert.ok(await moved.evaluate((el) => el === document.activeElement), 'focus follows to the new map');

  const onward = page.getByRole('region', { name: `Career map from ${levelTitle(second.id)}` });
  await onward.getByRole('button', { name: `Aim for this: ${levelTitle(third.id)}` }).click();
  await onward.getByRole('button', { name: 'Back to your current role' }).click();
  await page.getByRole('heading', { name: `Career map from ${levelTitle(first.id)}` }).waitFor();
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.equal(await page.getByLabel('The level you aim for').inputValue(), third.id, 'the aim was set');
  await page.checkClean();
  await context.close();
});

test('switching to the Care Certificate keeps mental health nursing progress apart', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  await page.getByLabel('Your current role').selectOption(levels[0].id);
  const statement = statementsOf(levels[0].id)[0];
  await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).check();

  // Choosing a framework is for educators: offered after the app, not among its sections.
  await page.getByRole('contentinfo').getByRole('button', { name: 'Use another framework' }).click();
  const menu = page.getByRole('combobox', { name: 'Framework', exact: true });
  await page.waitForFunction(() => document.activeElement?.id === 'framework-choice');
  await expectNoAxeViolations(page, 'use another framework');
  await menu.selectOption({ label: 'Care Certificate (16 standards)' });
  await page.getByRole('heading', { level: 1, name: 'Care Certificate: self-assessment' }).waitFor();
  // The menu has gone with its view: focus goes on to the role, the next thing to choose.
  const role = page.getByLabel('Your current role');
  await page.waitForFunction(() => document.activeElement?.id === 'current-level');
  await role.selectOption({ index: 1 });
  const first = page.getByRole('region', { name: 'Rate yourself' }).getByRole('group').filter({ has: page.getByRole('radio', { name: 'Good' }) }).first();
  await first.getByRole('radio', { name: 'Good' }).check();
  await expectNoAxeViolations(page, 'Care Certificate');
  const sections = page.getByRole('navigation', { name: 'Sections' });
  assert.equal(await sections.getByRole('button', { name: 'Career map' }).count(), 0, 'no career map to offer');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Care Certificate: self-assessment' }).waitFor();
  await page.getByRole('button', { name: 'Use another framework' }).click();
  await page.getByRole('combobox', { name: 'Framework', exact: true }).selectOption({ label: 'Mental health nursing (career levels 2 to 9)' });
  await page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();
  await sections.getByRole('button', { name: 'Career map' }).waitFor();
  assert.ok(await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Competent' }).isChecked());
  await page.checkClean();
  await context.close();
});

test('a framework file with mistakes is reported line by line and nothing saved is touched', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await open(page);
  await page.getByLabel('Your current role').selectOption(levels[0].id);
  // The role may be chosen on the plain first screen, before the app starts and saves it.
  await page.waitForFunction((id) => (localStorage.getItem('stepwise:mhn') || '').includes(`"cur":"${id}"`), levels[0].id);
  const before = await storage(page);

  const broken = SMALL
    .replace('statement = "I review care."', 'statement = ""')
    .replace('develops_competences = ["b.care.1"]', 'develops_competences = ["b.care.9"]');
  await page.getByRole('button', { name: 'Use another framework' }).click();
  await page.getByLabel('Or load a framework file').setInputFiles({ name: 'mine.toml', mimeType: 'text/plain', buffer: Buffer.from(broken) });
  const problems = page.getByRole('alert').filter({ hasText: 'Stepwise cannot use the file mine.toml yet' });
  await problems.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
  const lineOf = (needle) => broken.split('\n').findIndex((l) => l.includes(needle)) + 1;
  await problems.getByText(new RegExp(`^Line \\d+, competences entry 2 \\("a\\.care\\.2"\\): statement is empty$`)).waitFor();
  await problems.getByText(`refers to a competence "b.care.9"`, { exact: false }).waitFor();
  assert.ok(lineOf('statement = ""') > 0);
  await expectNoAxeViolations(page, 'framework file problems');
  assert.deepEqual(await storage(page), before, 'nothing saved was touched');

  await page.getByRole('button', { name: /^Go back to Mental health nursing/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();

  // A hostile file, lists nested 10,000 deep, is refused with its line rather than crashing the page.
  const deep = `# nested\nlist = ${'['.repeat(10000)}`;
  await page.getByRole('button', { name: 'Use another framework' }).click();
  await page.getByLabel('Or load a framework file').setInputFiles({ name: 'deep.toml', mimeType: 'text/plain', buffer: Buffer.from(deep) });
  await page.getByRole('alert').filter({ hasText: 'line 2: lists or tables are nested too deeply' }).waitFor();
  await page.getByRole('button', { name: /^Go back to Mental health nursing/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();

  // A correct file opens, and its ratings are kept under a name of their own.
  await page.getByRole('button', { name: 'Use another framework' }).click();
  await page.getByLabel('Or load a framework file').setInputFiles({ name: 'mine.toml', mimeType: 'text/plain', buffer: Buffer.from(SMALL) });
  await page.getByRole('heading', { level: 1, name: 'Test framework: self-assessment' }).waitFor();
  await page.getByLabel('Your current role').selectOption('a');
  await page.getByRole('group', { name: 'I give care.' }).getByRole('radio', { name: 'Competent' }).check();
  const after = await storage(page);
  assert.match(after['stepwise:file:test'], /"a.care.1":2/);
  for (const [key, value] of Object.entries(before)) assert.equal(after[key], value, `${key} untouched`);
  await page.checkClean();
  await context.close();
});

test('an educator can point the app at a framework file served beside it', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.route('**/course/framework.toml', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: SMALL }));
  await open(page, `${shared.base}?framework=course/framework.toml`);
  await page.getByRole('heading', { level: 1, name: 'Test framework: self-assessment' }).waitFor();

  const { page: missing, context: other } = await newWatchedPage(shared.browser, shared.base);
  await missing.goto(`${shared.base}?framework=course/nothing-here.toml`);
  await missing.getByRole('alert').getByText(/could not be fetched \(the server answered 404\)/).waitFor();
  await expectNoAxeViolations(missing, 'framework file missing');
  await other.close();
  await context.close();
});
