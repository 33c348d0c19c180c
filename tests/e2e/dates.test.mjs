// Dates are the person's own: a report made just after midnight in summer time carries that
// day's date, not yesterday's (the browser's clock is in UTC an hour behind).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedBrowserAndServer, newWatchedPage } from './helpers.mjs';
import { level, statementsOf } from './content.mjs';

const shared = sharedBrowserAndServer();

test('a report made at 00:30 British Summer Time is dated that day', async () => {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, { timezoneId: 'Europe/London' });
  // 23:30 UTC on 1 July is 00:30 on 2 July in London.
  await page.clock.setFixedTime(new Date('2026-07-01T23:30:00Z'));
  await page.goto(shared.base);
  await page.getByLabel('Your current role').selectOption(level('l5').id);
  await page.getByRole('group', { name: statementsOf(level('l5').id)[0], exact: true })
    .getByRole('radio', { name: 'Competent' }).check();
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { name: 'Gap report' }).waitFor();
  await page.getByLabel('Your name (shown on the report and in file names)').fill('Sam');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)' }).click(),
  ]);
  assert.equal(file.suggestedFilename(), 'stepwise-sam-2026-07-02.json');
  assert.equal(JSON.parse(await readFile(await file.path(), 'utf8')).report.date, '2026-07-02');
  await page.checkClean();
  await context.close();
});
