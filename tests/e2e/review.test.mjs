// Supervisor review by file, in two browser profiles: the person asks for a review, the
// supervisor confirms or re-rates and signs in their own browser, and the person imports
// the signed file. A file changed after signing, a request made with an older framework
// version, and another person's review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { level, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = level('l5').id;
const aim = level('l6c').id;
const s = statementsOf(aim);
const own = ['Learning', 'Competent', 'New to me', 'Expert'];

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

function asFile(file) {
  return { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) };
}

/** A person who has rated four competences of their aim, on the gap report. */
async function person(name) {
  const watched = await newWatchedPage(shared.browser, shared.base);
  const { page } = watched;
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  await page.getByLabel('Level to rate').selectOption(aim);
  for (const [i, r] of own.entries()) {
    await page.getByRole('group', { name: s[i], exact: true }).getByRole('radio', { name: r }).check();
  }
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  await page.getByLabel('Your name (shown on the report and in file names)').fill(name);
  return watched;
}

/** A supervisor in a profile of their own opens `request`, confirms the first rating,
 * re-rates the second as Learning with a comment, signs and downloads. They open the review
 * from the foot of the first screen (a new supervisor has nothing of their own to report),
 * or, `fromReport`, from their own gap report. */
async function supervise(request, { checkPage, fromReport } = {}) {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (fromReport) await page.getByRole('button', { name: 'Gap report and plan' }).click();
  else await page.getByRole('contentinfo').getByText('For supervisors:').waitFor();
  await page.getByRole('button', { name: "Review someone's assessment" }).click();
  const heading = page.getByRole('heading', { name: "Review someone's assessment" });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'review-heading');
  assert.equal(
    await page.getByRole('button', { name: 'Back to your own gap report' }).count(),
    fromReport ? 1 : 0,
    'the way back to the gap report only where the review opened in its place',
  );
  await page.getByLabel('Open a review request (JSON)').setInputFiles(asFile(request));
  await page.getByRole('heading', { name: 'Review of Jo Bloggs' }).waitFor();
  if (checkPage) await checkPage(page);
  const first = page.getByRole('group', { name: s[0], exact: true });
  await first.getByRole('radio', { name: 'Confirm (Learning)' }).check();
  const second = page.getByRole('group', { name: s[1], exact: true });
  await second.getByRole('radio', { name: 'Learning', exact: true }).check();
  await second.getByLabel('Your comment (optional)').fill('Not yet seen on the ward');
  // Signing without saying who refuses, and says what is missing.
  await page.getByRole('button', { name: 'Sign and download the reviewed file' }).click();
  await page.getByRole('alert').filter({ hasText: 'Before signing, add your name, your role.' }).waitFor();
  await page.getByLabel('Overall comments').fill('Good progress this year');
  await page.getByLabel('Agreed actions').fill('Lead two handovers a week');
  await page.getByLabel('Next review date').fill('2027-06-01');
  await page.getByLabel('Your name').fill('Sam Supervisor');
  await page.getByLabel('Your role').fill('Ward manager');
  await expectNoAxeViolations(page, 'review someone');
  const reviewed = await download(page, 'Sign and download the reviewed file');
  const status = page.getByRole('status').filter({ hasText: "Your signing key's fingerprint is" });
  await status.waitFor();
  const fingerprint = (await status.textContent()).match(/fingerprint is ([0-9a-f]{4}(?: [0-9a-f]{4}){3})\./)[1];
  // The supervisor's own assessment is untouched: nothing rated, no role chosen.
  const saved = await page.evaluate(() => localStorage.getItem('stepwise:mhn'));
  assert.ok(!saved || !saved.includes(aim), `the supervisor's own progress is untouched: ${saved}`);
  await page.checkClean();
  await context.close();
  return { reviewed, fingerprint };
}

/** FNV-1a 64 over UTF-8, as Stepwise's request checksum. */
function fnv1a(text) {
  let hash = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) {
    hash ^= BigInt(b);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

test('round trip: person asks, supervisor signs in another profile, person keeps the confirmed view', async () => {
  const { context, page } = await person('Jo Bloggs');
  // A step planned, which the supervisor sees to agree actions from.
  const add = page.getByRole('button', { name: /^Add to plan: / }).first();
  const planned = (await add.evaluate((b) => b.getAttribute('aria-label') || b.textContent)).replace(/^Add to plan: /, '');
  await add.click();
  const request = await download(page, 'Ask for a review (download a request)');
  assert.match(request.name, /^stepwise-review-request-jo-bloggs-\d{4}-\d{2}-\d{2}\.json$/);
  const asked = JSON.parse(request.text);
  assert.equal(asked.kind, 'stepwise-review-request');
  assert.deepEqual(asked.request.levels, [current, aim]);

  const { reviewed, fingerprint } = await supervise(request, {
    checkPage: async (p) => {
      await p.getByRole('heading', { name: 'Their action plan' }).waitFor();
      assert.equal(await p.getByRole('listitem').filter({ hasText: planned }).textContent(), `${planned} (Not started)`);
    },
  });
  const file = JSON.parse(reviewed.text);
  assert.equal(file.kind, 'stepwise-reviewed');
  assert.equal(file.review.reviewer.name, 'Sam Supervisor');
  assert.match(file.signature, /^[0-9a-f]{128}$/);

  await page.getByLabel('Import a reviewed file (JSON from your supervisor)').setInputFiles(asFile(reviewed));
  await page.getByText(/^Keep the review by Sam Supervisor of /).waitFor();
  await page.getByText('Signature checked: unchanged since it was signed.').waitFor();
  await page.getByText(`Their key's fingerprint: ${fingerprint}.`).first().waitFor();
  // Disagreements first: the competence re-rated comes before every other.
  const table = page.getByRole('table', { name: "Your ratings and your supervisor's, disagreements first" });
  const rows = table.locator('tbody tr');
  await assert.doesNotReject(rows.first().getByText(s[1]).waitFor());
  assert.match(await rows.first().textContent(), /CompetentLearningNot yet seen on the ward/);
  assert.match(await rows.filter({ hasText: s[0] }).textContent(), /LearningConfirmed: Learning/);
  await expectNoAxeViolations(page, 'keep a review');
  // A report exported before the review is kept carries none.
  const before = await download(page, 'Download report (JSON)');
  assert.ok(!before.text.includes('"reviews"'), 'no review yet');
  await page.getByRole('button', { name: 'Yes, keep this review' }).click();
  await page.getByText('The review is kept. The report now uses the confirmed view.').waitFor();
  await page.getByText(/^Uses the confirmed view: your supervisor Sam Supervisor/).waitFor();
  // The supervisor's Learning makes a gap of what the person rated Competent.
  // Each rating carries the day it was made: the supervisor's, and the person's own.
  const day = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await page.getByText(`(your supervisor rated: Learning on ${day}; you rated: Competent on ${day})`).waitFor();
  await expectNoAxeViolations(page, 'gap report with a review');

  // Kept: after a reload, and a later self-rating is kept beside the supervisor's.
  await page.reload();
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  await page.getByLabel('Level to rate').selectOption(aim);
  await page.getByRole('group', { name: s[0], exact: true }).getByRole('radio', { name: 'Expert' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  const who = page.getByRole('table', { name: /^Who confirmed what: Sam Supervisor \(Ward manager\), \d{4}-\d{2}-\d{2}$/ });
  await who.waitFor();
  const confirmedRow = who.locator('tbody tr').filter({ hasText: s[0] });
  assert.equal(await confirmedRow.textContent(), `${s[0]}Learning(you rate it Expert now, since ${day})Confirmed: Learning`);
  await page.getByText(`(your supervisor rated: Learning on ${day}; you rated: Expert on ${day})`).waitFor();
  // Printed, the report names who confirmed what, and when.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await who.isVisible(), 'who confirmed what is printed');
  await page.emulateMedia({ media: 'screen' });

  // The exported report carries the kept review, and the team view shows what it confirmed.
  const report = await download(page, 'Download report (JSON)');
  const carried = JSON.parse(report.text).report;
  assert.equal(carried.reviews.length, 1, 'the report carries the kept review');
  assert.equal(JSON.parse(carried.reviews[0].f).review.reviewer.name, 'Sam Supervisor');
  await page.getByRole('button', { name: 'Team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles([
    asFile(report),
    asFile({ name: 'before-review.json', text: before.text }),
  ]);
  await page.getByText('2 reports loaded.').waitFor();
  await page.getByText('1 of 2 reports carry a supervisor\'s review. Signatures are not checked here: import the reviewed file to check it.').waitFor();
  const heat = page.getByRole('table', { name: "People by domain, against each person's aim" });
  const people = heat.locator('tbody tr');
  assert.equal(await people.count(), 2);
  assert.equal(await people.filter({ hasText: '% confirmed' }).count(), 1, 'only the reviewed report shows a confirmed share');
  await expectNoAxeViolations(page, 'team view with a review');
  await page.getByRole('checkbox', { name: 'Only what a supervisor confirmed' }).check();
  await page.getByRole('status').filter({ hasText: 'Showing 1 of 2 people. Figures count only competences met by a supervisor\'s rating' }).waitFor();
  const confirmedHeat = page.getByRole('table', {
    name: "People by domain, against each person's aim, counting only what a supervisor confirmed",
  });
  assert.equal(await confirmedHeat.locator('tbody tr').count(), 1);
  await confirmedHeat.getByRole('rowheader', { name: 'Jo Bloggs' }).waitFor();
  await page.getByText("Gaps as each person's supervisor confirmed them: their rating wherever their latest review gives one, the person's own elsewhere.").waitFor();
  // Opening one person's report checks their review's signature there.
  await confirmedHeat.getByRole('button', { name: 'Jo Bloggs' }).click();
  await page.getByRole('heading', { name: 'Supervisor review' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Signature checked: unchanged since it was signed.' }).waitFor();
  await page.getByText(`Their key's fingerprint: ${fingerprint}.`).waitFor();
  await expectNoAxeViolations(page, "a person's report in the team view, review checked");
  await page.getByRole('button', { name: 'Back to the whole team' }).click();

  // A review changed inside a report (its checksum made good again) shows as changed.
  const body = JSON.parse(report.text).report;
  const review = JSON.parse(body.reviews[0].f);
  review.review.overall = 'Outstanding in every way';
  body.reviews[0].f = JSON.stringify(review);
  const forged = JSON.stringify(body);
  await page.getByRole('button', { name: 'Clear the team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles([
    asFile({ name: 'forged.json', text: `{"kind":"stepwise-report","format":2,"checksum":"${fnv1a(forged)}","report":${forged}}` }),
  ]);
  await page.getByText('1 report loaded.').waitFor();
  await page.getByRole('button', { name: 'Jo Bloggs' }).click();
  await page.getByRole('alert').filter({ hasText: 'Changed after signing: this review is not what the supervisor signed' }).waitFor();
  await page.getByRole('button', { name: 'Back to the whole team' }).click();
  await expectNoAxeViolations(page, 'team view, only what a supervisor confirmed');
  await page.checkClean();
  await context.close();

  // On another device, importing the report brings its review with it: nothing is lost.
  const other = await person('Jo Bloggs');
  await other.page.getByLabel('Import a report (JSON exported from Stepwise)').setInputFiles(asFile(report));
  await other.page.getByText('It carries 1 supervisor review, kept with it.').waitFor();
  await other.page.getByRole('button', { name: 'Yes, replace my work' }).click();
  await other.page.getByText(/^Uses the confirmed view: your supervisor Sam Supervisor/).waitFor();
  await other.page.getByRole('table', { name: /^Who confirmed what: Sam Supervisor/ }).waitFor();
  await other.page.checkClean();
  await other.context.close();
});

test('a reviewed file changed after signing is shown as such and not kept', async () => {
  const { context, page } = await person('Jo Bloggs');
  const request = await download(page, 'Ask for a review (download a request)');
  const { reviewed } = await supervise(request, { fromReport: true });
  const tampered = reviewed.text.replace('Not yet seen on the ward', 'Seen on the ward: excellent');
  assert.notEqual(tampered, reviewed.text);
  await page.getByLabel('Import a reviewed file (JSON from your supervisor)').setInputFiles(asFile({ name: reviewed.name, text: tampered }));
  const alert = page.getByRole('alert').filter({ hasText: 'Changed after signing' });
  await alert.waitFor();
  await expectNoAxeViolations(page, 'changed after signing');
  assert.equal(await page.getByRole('button', { name: 'Yes, keep this review' }).count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('stepwise:mhn:reviews')), null);

  // Kept, then edited in this browser's storage: the report checks it again, and says so.
  await page.getByLabel('Import a reviewed file (JSON from your supervisor)').setInputFiles(asFile(reviewed));
  await page.getByRole('button', { name: 'Yes, keep this review' }).click();
  await page.getByRole('status').filter({ hasText: 'Signature checked: unchanged since it was signed.' }).waitFor();
  await page.evaluate(() => {
    const kept = JSON.parse(localStorage.getItem('stepwise:mhn:reviews'));
    kept[0].f = kept[0].f.replace('Not yet seen on the ward', 'Seen on the ward: excellent');
    localStorage.setItem('stepwise:mhn:reviews', JSON.stringify(kept));
  });
  await page.reload();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('alert').filter({
    hasText: 'Changed after signing: this review is not what the supervisor signed, so the confirmed view cannot be relied on.',
  }).waitFor();
  await expectNoAxeViolations(page, 'a kept review changed since');
  await page.checkClean();
  await context.close();
});

test('a request made with an older version of the framework is reviewed with a notice', async () => {
  const { context, page } = await person('Jo Bloggs');
  const request = await download(page, 'Ask for a review (download a request)');
  const version = JSON.parse(request.text).request.framework_version;
  let text = request.text.replace(`"framework_version":"${version}"`, '"framework_version":"2025.01-old"');
  const body = text.slice(text.indexOf('"request":') + '"request":'.length, -1);
  text = text.replace(/"checksum":"fnv1a64:[0-9a-f]{16}"/, `"checksum":"${fnv1a(body)}"`);
  const { reviewed } = await supervise({ name: request.name, text }, {
    checkPage: async (p) => {
      await p.getByText(`This request was made with version 2025.01-old of the framework; you are using version ${version}.`, { exact: false }).waitFor();
    },
  });
  await page.getByLabel('Import a reviewed file (JSON from your supervisor)').setInputFiles(asFile(reviewed));
  await page.getByText(/^Keep the review by Sam Supervisor of /).waitFor();
  await page.checkClean();
  await context.close();
});

test("another person's reviewed file is refused, saying whose it is", async () => {
  const jo = await person('Jo Bloggs');
  const request = await download(jo.page, 'Ask for a review (download a request)');
  await jo.context.close();
  const { reviewed } = await supervise(request);
  const { context, page } = await person('Alex Other');
  await page.getByLabel('Import a reviewed file (JSON from your supervisor)').setInputFiles(asFile(reviewed));
  await page.getByRole('alert').filter({ hasText: 'it is a review for Jo Bloggs, not for Alex Other' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Yes, keep this review' }).count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('stepwise:mhn:reviews')), null);
  await page.checkClean();
  await context.close();
});
