// The appraisal pack: a level 5 nurse who has rated their role and the level they aim for
// builds a plan from the suggested routes, gives their name (kept after a reload), and prints
// the gap report to PDF: at most three A4 pages, the summary first, then the gaps, then only
// the routes in the plan with their facts, and a sign-off block for the manager.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, statementsOf, levelTitle, routeTitled } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = levels.find((l) => l.career_level === 5).id;
const aim = levels.find((l) => l.career_level === 6).id;

/** Rates every competence of `level` that applies to everyone: most met, every third not. */
async function rateAll(page, level, below) {
  await page.getByLabel('Level to rate').selectOption(level);
  for (const [i, statement] of statementsOf(level).entries()) {
    const value = i % 3 === 0 ? below : 'Competent';
    await page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: value }).check();
  }
}

/** The PDF's pages as text, one string a page, with runs of spaces made one. */
async function pdfPages(pdf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

test('a rated level 5 nurse prints a plan and a sign-off block on at most three A4 pages', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  await rateAll(page, current, 'Learning');
  await rateAll(page, aim, 'New to me');

  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  const name = page.getByLabel('Your name (shown on the report and in file names)');
  await name.fill('Jo Bloggs');

  // Three suggested routes into the plan, each by its own button; focus stays on the button,
  // which now offers to take the route out again.
  const adds = page.getByRole('button', { name: /^Add to plan: / });
  const offered = (await adds.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))))
    .map((label) => label.replace(/^Add to plan: /, ''));
  // Up to three into the plan, and at least one left out of it, to see it is not printed.
  assert.ok(offered.length >= 2, `routes are suggested (${offered.length})`);
  const chosen = offered.slice(0, Math.min(3, offered.length - 1));
  const notChosen = offered[chosen.length];
  for (const title of chosen) {
    await page.getByRole('button', { name: `Add to plan: ${title}`, exact: true }).click();
    const remove = page.getByRole('button', { name: `Remove from plan: ${title}`, exact: true });
    await remove.waitFor();
    assert.ok(await remove.evaluate((b) => b === document.activeElement), `focus stays on the button for ${title}`);
  }
  const plan = page.getByRole('table', { name: 'Your planned actions' });
  for (const title of chosen) await plan.getByRole('rowheader').filter({ hasText: title }).waitFor();
  await expectNoAxeViolations(page, 'gap report with a plan and the sign-off');

  // The name is kept with the rest of the assessment.
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  assert.equal(await name.inputValue(), 'Jo Bloggs', 'the name is still there after a reload');
  for (const title of chosen) await page.getByRole('button', { name: `Remove from plan: ${title}`, exact: true }).waitFor();

  // The manager fills in part of the sign-off on screen; the rest prints as lines.
  await page.getByLabel("Manager's name").fill('Sam Patel');
  await page.getByLabel('Comments').fill('Agreed: supervision skills first.');

  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  assert.ok(pages.length <= 3, `at most 3 A4 pages, not ${pages.length}`);
  const all = pages.join(' ');
  // Lines may wrap anywhere, even after a hyphen: long facts are compared without spaces.
  const squeezed = all.replace(/\s/g, '');
  const printed = (text) => squeezed.includes(text.replace(/\s/g, ''));

  // Page 1: the summary, and nothing after it.
  const version = (await page.getByText(/^Mental health nursing \(version /).textContent()).trim();
  for (const fact of ['Jo Bloggs', levelTitle(current), levelTitle(aim), version, 'Summary by level', `By domain at ${levelTitle(aim)}`]) {
    assert.ok(pages[0].includes(fact), `page 1 has "${fact}"`);
  }
  assert.match(pages[0], /\d{4}-\d{2}-\d{2}/, 'page 1 has the date');
  assert.ok(!pages[0].includes('Your gaps for'), 'the gaps begin on page 2');
  assert.ok(pages[1].startsWith(`Your gaps for ${levelTitle(aim)}`), 'page 2 begins with the gaps');
  assert.ok(all.indexOf('Action plan') > all.indexOf('Your gaps for'), 'the plan follows the gaps');

  // Only the routes in the plan, each with its duration, funding and provider.
  for (const title of chosen) {
    const route = routeTitled(title);
    for (const fact of [title, route.duration, route.funding, route.provider]) {
      assert.ok(printed(fact), `the PDF has "${fact}"`);
    }
  }
  assert.ok(!printed(notChosen), `"${notChosen}", suggested but not planned, is not printed`);
  for (const chrome of ['Who it is for', 'opens in a new tab', 'Add to plan', 'Suggested training', 'Print or save as PDF']) {
    assert.ok(!all.includes(chrome), `no "${chrome}" in the PDF`);
  }

  // The sign-off block, last, with what was filled in and room for the rest.
  const signOff = all.slice(all.indexOf("Manager's review and sign-off"));
  assert.ok(signOff.length > 0 && all.indexOf("Manager's review and sign-off") > all.indexOf('Action plan'), 'the sign-off follows the plan');
  for (const field of ["Manager's name", 'Sam Patel', "Manager's role", 'Date of the review', 'Comments', 'Agreed: supervision skills first.', 'Agreed next review', 'Signed (manager)']) {
    assert.ok(signOff.includes(field), `the sign-off has "${field}"`);
  }
  await page.checkClean();
  await context.close();
});
