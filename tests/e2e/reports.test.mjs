// Reports: export JSON and CSV, import into a fresh browser, the action plan, printing to
// PDF, and the manager's team view with a broken file among the good ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { level, levels, statementsOf, levelTitle, domains } from './content.mjs';

const shared = sharedBrowserAndServer();

const current = level('l5').id; // career level 5
const aim = level('l6c').id; // the next level up
const ratings = ['Learning', 'Competent', 'New to me', 'Expert'];

async function assess(page, name) {
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByLabel('The level you aim for').selectOption(aim);
  await page.getByLabel('Level to rate').selectOption(aim);
  const s = statementsOf(aim);
  for (const [i, r] of ratings.entries()) {
    await page.getByRole('group', { name: s[i], exact: true }).getByRole('radio', { name: r }).check();
  }
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  if (name) await page.getByLabel('Your name (shown on the report and in file names)').fill(name);
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('export JSON and CSV, then import into a fresh browser and find the same ratings', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await assess(page, 'Jo Bloggs');
  await page.getByRole('button', { name: 'Add route to plan' }).click();
  await page.getByRole('table', { name: 'Your planned actions' }).waitFor();
  await page.getByLabel(/^Target date for /).fill('2027-03-31');
  await page.getByLabel(/^Status of /).selectOption({ label: 'In progress' });
  await expectNoAxeViolations(page, 'gap report');

  const json = await download(page, 'Download report (JSON)');
  assert.match(json.name, /^stepwise-jo-bloggs-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text);
  assert.equal(file.kind, 'stepwise-report');
  assert.equal(file.format, 2);
  assert.match(file.checksum, /^fnv1a64:[0-9a-f]{16}$/);
  const { report } = file;
  assert.equal(report.framework, 'mhn');
  assert.equal(report.assessment.tgt, aim);
  assert.equal(Object.keys(report.assessment.r).length, ratings.length);
  assert.equal(report.assessment.p[0].d, '2027-03-31');

  const csv = await download(page, 'Download spreadsheet (CSV)');
  assert.match(csv.name, /^stepwise-jo-bloggs-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.split('\r\n');
  assert.equal(lines[0], 'id,level,domain,statement,rating,met,note');
  const first = statementsOf(aim)[0];
  assert.ok(lines.some((l) => l.includes(first) && l.includes(',Learning,no,')), 'a rated row');
  await page.checkClean();
  await context.close();

  // A fresh profile: nothing saved, then the import.
  const fresh = await newWatchedPage(shared.browser, shared.base);
  await fresh.page.goto(shared.base);
  await fresh.page.getByRole('heading', { level: 1 }).waitFor();
  await fresh.page.getByRole('button', { name: 'Gap report and plan' }).click();
  await fresh.page.getByLabel('Import a report (JSON exported from Stepwise)').setInputFiles({
    name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text),
  });
  const question = fresh.page.getByText(/^Replace your current work with the report for Jo Bloggs of /);
  await question.waitFor();
  await expectNoAxeViolations(fresh.page, 'import confirmation');
  await fresh.page.getByRole('button', { name: 'Yes, replace my work' }).click();
  await fresh.page.getByText(/^Imported the report for Jo Bloggs/).waitFor();
  await fresh.page.getByText(/Before importing the report for Jo Bloggs/).waitFor();
  await fresh.page.getByRole('button', { name: 'Rate yourself' }).click();
  await fresh.page.getByLabel('Level to rate').selectOption(aim);
  for (const [i, r] of ratings.entries()) {
    assert.ok(await fresh.page.getByRole('group', { name: statementsOf(aim)[i], exact: true }).getByRole('radio', { name: r }).isChecked());
  }
  await fresh.page.reload();
  await fresh.page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await fresh.page.getByLabel('The level you aim for').inputValue(), aim, 'the import was saved');
  await fresh.page.checkClean();
  await fresh.context.close();
});

test('snapshots can be compared domain by domain', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await assess(page, 'Jo');
  await page.getByRole('button', { name: 'Save a snapshot now' }).click();
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  await page.getByLabel('Level to rate').selectOption(aim);
  await page.getByRole('group', { name: statementsOf(aim)[0], exact: true }).getByRole('radio', { name: 'Expert' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('button', { name: 'Save a snapshot now' }).click();
  await page.getByLabel('Earlier snapshot').selectOption({ index: 1 });
  await page.getByLabel('Later snapshot').selectOption({ index: 2 });
  const table = page.getByRole('table', { name: 'What moved between the two snapshots' });
  await table.getByRole('cell', { name: '1 more met' }).waitFor();
  await expectNoAxeViolations(page, 'snapshot comparison');
  await page.checkClean();
  await context.close();
});

test('a damaged report is refused with a reason and nothing is replaced', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await assess(page, 'Sam');
  const json = await download(page, 'Download report (JSON)');
  const damaged = json.text.replace('"r":{', '"r":{"forged":4,');
  const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  await page.getByLabel('Import a report (JSON exported from Stepwise)').setInputFiles({
    name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(damaged),
  });
  await page.getByRole('alert').getByText('changed or damaged since it was exported').waitFor();
  assert.equal(await page.evaluate(() => JSON.stringify({ ...localStorage })), before);
  await page.checkClean();
  await context.close();
});

test('the report prints to a PDF with its headings and the person on it', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await assess(page, 'Jo Bloggs');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false, 'no buttons in print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((item) => item.str).join(' ')}\n`;
  }
  for (const heading of ['Gap report', 'Summary by level', `Your gaps for ${levelTitle(aim)}`, 'Action plan', 'Jo Bloggs', 'Mental health nursing']) {
    assert.ok(text.replace(/\s+/g, ' ').includes(heading), `the PDF has "${heading}"`);
  }
  assert.ok(!text.includes('Download report'), 'no buttons in the PDF');
  await context.close();
});

test('the team view loads several reports, lists the broken one, and ranks training', async () => {
  const files = [];
  for (const name of ['Ann Smith', 'Ben Jones', 'Cat Lee']) {
    const { context, page } = await newWatchedPage(shared.browser, shared.base);
    await assess(page, name);
    files.push(await download(page, 'Download report (JSON)'));
    await context.close();
  }
  files.push({ name: 'broken.json', text: '{"kind":"stepwise-report"' });

  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Team view' }).click();
  await page.getByText('nothing is uploaded anywhere').waitFor();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
  await page.getByText('3 reports loaded; 1 file could not be loaded.').waitFor();
  await page.getByText(/^broken\.json: This file cannot be imported/).waitFor();
  const heat = page.getByRole('table', { name: "People by domain, against each person's aim" });
  for (const name of ['Ann Smith', 'Ben Jones', 'Cat Lee']) await heat.getByRole('rowheader', { name }).waitFor();
  const tna = page.getByRole('region', { name: 'Training needs analysis' });
  await tna.getByText(/^Would help 3 people with \d+ gaps?: Ann Smith, Ben Jones, Cat Lee\.$/).first().waitFor();
  await expectNoAxeViolations(page, 'team view');

  // Dropping more files adds them; a report loaded again is named, and counted once.
  await page.evaluate(async (text) => {
    const zone = document.querySelector('.app-drop');
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files[0].text);
  await page.getByText(/^Ann Smith, \d{4}-\d{2}-\d{2}: the same report was loaded twice; counted once$/).waitFor();
  await page.getByText('3 reports loaded; 1 file could not be loaded.').waitFor();
  await page.getByRole('button', { name: 'Clear the team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
  await page.getByText('3 reports loaded; 1 file could not be loaded.').waitFor();

  await page.getByLabel('Role', { exact: true }).selectOption({ label: levelTitle(levels[0].id) });
  await page.getByText('Showing 0 of 3 people.').waitFor();
  await page.getByLabel('Role', { exact: true }).selectOption({ label: levelTitle(current) });
  await page.getByText('Showing 3 of 3 people.').waitFor();
  const csv = await download(page, 'Download the analysis (CSV)');
  assert.match(csv.text, /^route,kind,type,duration,funding,provider,people,gaps closed,names\r\n[^\r\n]+,development,[^\r\n]+,3,\d+,Ann Smith; Ben Jones; Cat Lee\r\n/);
  // Mandatory training is listed apart, after the development routes.
  const rows = csv.text.trim().split('\r\n').slice(1);
  const firstMandatory = rows.findIndex((r) => r.includes(',mandatory,'));
  assert.ok(firstMandatory > 0 && rows.slice(firstMandatory).every((r) => r.includes(',mandatory,')));
  await tna.getByRole('heading', { name: 'Mandatory training', exact: true }).waitFor();

  // The team saved as one file opens again as the same team, in one go.
  const team = await download(page, 'Save the team as one file');
  assert.match(team.name, /^stepwise-team-\d{4}-\d{2}-\d{2}\.jsonl$/);
  assert.equal(team.text.trim().split('\n').length, 4, 'a first line, then the three reports');
  await page.getByRole('button', { name: 'Clear the team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles(
    [{ name: team.name, mimeType: 'application/jsonl', buffer: Buffer.from(team.text) }],
  );
  await page.getByText('3 reports loaded.').waitFor();
  for (const name of ['Ann Smith', 'Ben Jones', 'Cat Lee']) await heat.getByRole('rowheader', { name }).waitFor();
  await expectNoAxeViolations(page, 'team view opened from a saved team');

  // Every filter menu shows the filter in force: "All" while everyone is shown.
  await page.getByText('Showing 3 of 3 people.').waitFor();
  for (const menu of ['Career level', 'Role', 'Would be helped by']) {
    assert.equal(await page.getByLabel(menu, { exact: true }).evaluate((s) => s.selectedOptions[0].textContent), 'All', menu);
  }

  // Against each person's current role, and as CSV.
  await page.getByRole('radio', { name: 'Their current role' }).check();
  const byRole = page.getByRole('table', { name: "People by domain, against each person's current role" });
  await byRole.getByRole('columnheader', { name: 'Current role' }).waitFor();
  const heatCsv = await download(page, 'Download the heatmap (CSV)');
  assert.match(heatCsv.text, /^person,current role,/);
  assert.equal(heatCsv.text.trim().split('\r\n').length, 4, 'a header and the three people');

  // A person's gaps and plan, with the focus on them and back.
  await byRole.getByRole('button', { name: 'Ann Smith' }).click();
  const ann = page.getByRole('region', { name: 'Ann Smith' });
  await ann.getByRole('heading', { name: 'Gaps at the level aimed for' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'team-person-heading');
  await expectNoAxeViolations(page, "a person's report in the team view");
  await ann.getByRole('button', { name: 'Back to the whole team' }).click();
  assert.equal(await ann.count(), 0);
  await page.checkClean();
  await context.close();
});

test('the team heatmap prints every domain column on a landscape page, without the file picker', async () => {
  const files = [];
  for (const name of ['Ann Smith', 'Ben Jones']) {
    const { context, page } = await newWatchedPage(shared.browser, shared.base);
    await assess(page, name);
    files.push(await download(page, 'Download report (JSON)'));
    await context.close();
  }
  const { context, page } = await newWatchedPage(shared.browser, shared.base);
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).click();
  await page.getByLabel('Choose report files (JSON), or drop them here').setInputFiles(
    files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })),
  );
  await page.getByText('2 reports loaded.').waitFor();

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const p = await doc.getPage(i);
    const { width, height } = p.getViewport({ scale: 1 });
    const content = await p.getTextContent();
    pages.push({ landscape: width > height, text: content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' ') });
  }
  // The heatmap is on landscape pages of its own; its header names every domain, and every
  // person is in it. Header words wrap anywhere in their narrow columns: compared without spaces.
  const heat = pages.filter((p) => p.landscape).map((p) => p.text).join(' ');
  assert.ok(heat.includes("People by domain, against each person's aim"), 'the heatmap is printed on a landscape page');
  const squeezed = heat.replace(/\s/g, '');
  assert.equal(domains.length, 6);
  for (const name of ['Person', 'Aiming for', ...domains.map((d) => d.name), 'Ann Smith', 'Ben Jones']) {
    assert.ok(squeezed.includes(name.replace(/\s/g, '')), `the printed heatmap has "${name}"`);
  }
  assert.equal((heat.match(/\d+%/g) ?? []).length, 2 * domains.length, 'a figure for each person in each domain');
  const all = pages.map((p) => p.text).join(' ');
  for (const chrome of ['Choose report files', 'Download the heatmap', 'Measure each person against']) {
    assert.ok(!all.includes(chrome), `no "${chrome}" in the PDF`);
  }
  await page.checkClean();
  await context.close();
});
