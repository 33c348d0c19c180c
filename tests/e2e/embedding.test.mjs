// Embedding: the built app in a host page at another path (in a shadow root), in an iframe
// on another origin, and as SCORM 1.2 and 2004 packages in a real SCORM runtime (scorm-again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, rmSync, copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startServer, expectNoAxeViolations, expectNoAxeViolationsInFrame } from './helpers.mjs';
import { statementsOf, levelTitle } from './content.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

let browser;
let server;
let base; // http://127.0.0.1:PORT/
let lms; // the same server under another origin: http://lms.test:PORT/
let site;

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'stepwise-embed-'));
  cpSync(join(root, 'dist'), join(site, 'app'), { recursive: true });
  mkdirSync(join(site, 'app', 'course'));
  copyFileSync(join(here, 'fixtures', 'small.toml'), join(site, 'app', 'course', 'small.toml'));
  cpSync(join(here, 'hosts'), join(site, 'host'), { recursive: true });
  const packages = join(site, 'packages');
  // Packed as an educator would, from the built dist/ with nothing but Python on the PATH
  // (no cargo, no npm).
  execFileSync(join(root, 'scripts', 'package-scorm'), [], { env: { PATH: '/usr/bin:/bin', SCORM_OUT: packages }, stdio: 'ignore' });
  for (const version of ['1.2', '2004']) {
    const dir = join(site, `lms${version}`);
    mkdirSync(dir);
    execFileSync('python3', ['-m', 'zipfile', '-e', join(packages, `stepwise-scorm-${version}.zip`), join(dir, 'package')]);
    for (const f of ['lms.html', 'lms.js']) copyFileSync(join(here, 'hosts', f), join(dir, f));
    copyFileSync(join(root, 'node_modules', 'scorm-again', 'dist', 'scorm-again.js'), join(dir, 'scorm-again.js'));
  }
  // lms.test and other.test are this machine under other names, so origins differ.
  // stepwise.test and evil.stepwise.test are two origins of one site, so a page of one can
  // frame the other with the storage the learner uses when they visit the app.
  browser = await launch(['--host-resolver-rules=MAP lms.test 127.0.0.1, MAP other.test 127.0.0.1, MAP stepwise.test 127.0.0.1, MAP evil.stepwise.test 127.0.0.1']);
  ({ server, url: base } = await startServer(site));
  lms = base.replace('127.0.0.1', 'lms.test');
  // The site's owner allows the LMS, and only the LMS, in the file beside the app.
  writeFileSync(join(site, 'app', 'stepwise.config.json'), JSON.stringify({ origins: [lms.replace(/\/$/, '')] }));
});

after(async () => {
  await browser?.close();
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function newPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors };
}

const style = (locator) => locator.evaluate((el) => {
  const s = getComputedStyle(el);
  return { color: s.color, font: s.fontFamily, size: s.fontSize, display: s.display, background: s.backgroundColor, spacing: s.letterSpacing };
});

test('in a host page at another path, with a hostile style sheet, the widget looks and works the same', async () => {
  const { context, page, errors } = await newPage();
  await page.goto(`${base}app/index.html`);
  const ownHeading = page.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' });
  // The app's own heading, not the plain first screen's, which the app replaces as it starts.
  await page.getByRole('button', { name: 'Team view' }).waitFor();
  await ownHeading.waitFor();
  const reference = { h1: await style(ownHeading) };
  await page.getByLabel('Your current role').selectOption('l5');
  reference.button = await style(page.getByRole('button', { name: 'Start again…' }));
  reference.radio = await style(page.getByRole('group', { name: statementsOf('l5')[0], exact: true }));

  // The host page sets data-heading-level="2" under its own h1, and data-hide="team".
  await page.goto(`${base}host/page.html`);
  const heading = page.getByRole('heading', { level: 2, name: 'Mental health nursing: self-assessment' });
  await heading.waitFor();
  assert.deepEqual(await page.getByRole('heading', { level: 1 }).allTextContents(), ['Module 3: your development'], 'one h1, the host page\'s');
  await page.getByRole('heading', { level: 3, name: 'Your role and your aim' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Team view' }).count(), 0, 'the hidden view is not offered');
  assert.deepEqual(await style(heading), reference.h1, 'the host cannot restyle the widget heading, and an h2 looks the same');
  assert.deepEqual(await style(page.getByRole('button', { name: 'Start again…' })), reference.button);
  const group = page.getByRole('group', { name: statementsOf('l5')[0], exact: true });
  assert.deepEqual(await style(group), reference.radio, 'data-current="l5" opened the level');
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[href*="stepwise.css"]').length), 0, 'widget styles stay in its shadow root');
  assert.equal((await style(page.locator('#host-text'))).size, '16px', 'the widget does not restyle the host');

  await group.getByRole('radio', { name: 'Competent' }).check();
  await page.getByText(`1 of ${statementsOf('l5').length} rated`, { exact: true }).waitFor();
  const messages = await page.evaluate(() => window.__messages.map((m) => [m.origin, m.data.type]));
  assert.deepEqual(messages[0], [base.replace(/\/$/, ''), 'ready']);
  assert.ok(messages.some(([, type]) => type === 'progress'));
  await expectNoAxeViolations(page, 'embedded in a page', '[data-stepwise]');

  // The host themes the widget through its custom properties, and only through them.
  await page.addStyleTag({ content: '[data-stepwise] { --stepwise-primary: rgb(0, 112, 60); }' });
  const themed = await page.getByRole('button', { name: 'Start again…' }).evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.equal(themed, 'rgb(0, 112, 60)');

  // The gap report comes with the full module, which takes over in the same shadow root:
  // still embedded (one labelled region, no landmarks of its own), still styled apart.
  await page.getByRole('button', { name: 'Gap report and plan' }).click();
  await page.getByRole('heading', { level: 3, name: 'Gap report', exact: true }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, 'still one h1 after the full module took over');
  assert.equal(await page.getByRole('button', { name: 'Team view' }).count(), 0, 'still hidden after the hand-over');
  // Nor can a command open it.
  await page.evaluate(() => window.postMessage({ source: 'stepwise-host', version: 1, command: 'show', view: 'team' }, location.origin));
  await page.evaluate(() => window.postMessage({ source: 'stepwise-host', version: 1, command: 'get-progress' }, location.origin));
  await page.waitForFunction(() => window.__messages.filter((m) => m.data.type === 'progress').length >= 2);
  assert.equal(await page.getByRole('heading', { name: 'Team view' }).count(), 0);
  await page.getByRole('region', { name: 'Stepwise self-assessment' }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelectorAll('link[href*="stepwise"]').length), 0);
  // The full module's own styles came with it, into the shadow root, and apply there.
  assert.equal(await page.evaluate(() => document.querySelector('[data-stepwise]').shadowRoot
    .querySelectorAll('link[href$="styles/stepwise-full.css"]').length), 1);
  await expectNoAxeViolations(page, 'gap report embedded in a page', '[data-stepwise]');
  await page.getByRole('button', { name: 'Rate yourself' }).click();
  assert.ok(await page.getByRole('group', { name: statementsOf('l5')[0], exact: true })
    .getByRole('radio', { name: 'Competent' }).isChecked(), 'the rating came across');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in an iframe on an origin the site allows in stepwise.config.json it reports and obeys', async () => {
  const widget = encodeURIComponent(`${base}app/index.html?framework=course/small.toml&current=a&target=a`);
  const { context, page, errors } = await newPage();
  await page.goto(`${lms}host/frame.html?widget=${widget}`);
  const frame = page.frameLocator('iframe[title="Stepwise"]');
  await frame.getByRole('heading', { level: 1, name: 'Test framework: self-assessment' }).waitFor();
  for (const statement of ['I give care.', 'I review care.']) {
    await frame.getByRole('group', { name: statement }).getByRole('radio', { name: 'Competent' }).check();
  }
  await frame.getByRole('group', { name: 'I delegate tasks.' }).getByRole('radio', { name: 'Learning' }).check();
  await page.waitForFunction(() => window.__messages.some((m) => m.data.type === 'complete'));
  const messages = await page.evaluate(() => window.__messages);
  assert.equal(messages[0].data.type, 'ready');
  assert.deepEqual(messages[0].data.framework, { id: 'test', version: '1', title: 'Test framework' });
  assert.ok(messages.every((m) => m.origin === base.replace(/\/$/, '') && m.data.version === 1));
  const progress = messages.filter((m) => m.data.type === 'progress').map((m) => `${m.data.rated}/${m.data.total}`);
  assert.deepEqual(progress.slice(-3), ['1/3', '2/3', '3/3']);
  const complete = messages.find((m) => m.data.type === 'complete').data;
  assert.equal(complete.levels[0].id, 'a');
  assert.equal(complete.levels[0].met, 2);
  assert.equal(complete.levels[0].reached, false);
  assert.equal(complete.gaps, 1);

  await page.evaluate(() => window.send(0, { source: 'stepwise-host', version: 1, type: 'command', command: 'show', view: 'report' }, '*'));
  await frame.getByRole('heading', { name: 'Gap report' }).waitFor();
  const inner = page.frames().find((f) => f.url().includes('/app/index.html'));
  await expectNoAxeViolationsInFrame(inner, 'iframe, gap report');
  assert.deepEqual(errors, []);
  await context.close();
});

// The attack this stops: a hostile page framed the app with ?origins=<itself>, heard every
// progress and completion message, and sent set-levels, which rewrote the learner's saved aim.
// Here the hostile page is on another origin of the app's own site, so the framed app has the
// learner's saved progress (a page of another site gets storage of its own, or none).
test('a hostile page that frames the app with ?origins=<itself> hears nothing and cannot change the saved aim', async () => {
  const app = base.replace('127.0.0.1', 'stepwise.test');
  const hostile = base.replace('127.0.0.1', 'evil.stepwise.test');
  const { context, page } = await newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // The learner chooses a role and an aim on the app's own page.
  await page.goto(`${app}app/index.html?framework=course/small.toml`);
  await page.getByLabel('Your current role').selectOption('a');
  await page.getByLabel('The level you aim for').selectOption('b');
  await page.getByRole('group', { name: 'I give care.' }).getByRole('radio', { name: 'Competent' }).check();
  await page.waitForFunction(() => (localStorage.getItem('stepwise:test') || '').includes('"r":{'));
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('stepwise:test'))).tgt, 'b');
  assert.deepEqual(warnings, []);

  // Later they visit the hostile page, which frames the app asking it to trust itself.
  const widget = encodeURIComponent(`${app}app/index.html?framework=course/small.toml&origins=${hostile.replace(/\/$/, '')}`);
  await page.goto(`${hostile}host/frame.html?widget=${widget}`);
  const frame = page.frameLocator('iframe[title="Stepwise"]');
  await frame.getByRole('heading', { level: 1, name: 'Test framework: self-assessment' }).waitFor();
  await frame.getByText('1 of 3 rated', { exact: true }).first().waitFor();
  const inner = page.frames().find((f) => f.url().includes('/app/index.html'));
  const saved = () => inner.evaluate(() => JSON.parse(localStorage.getItem('stepwise:test')));
  assert.equal((await saved()).tgt, 'b', 'the framed app has the learner\'s saved aim');

  // The hostile page commands it, with every target origin it could use.
  for (const origin of ['*', app.replace(/\/$/, '')]) {
    await page.evaluate((o) => window.send(0, { source: 'stepwise-host', version: 1, command: 'set-levels', current: 'a', target: 'a' }, o), origin);
    await page.evaluate((o) => window.send(0, { source: 'stepwise-host', version: 1, command: 'show', view: 'report' }, o), origin);
    await page.evaluate((o) => window.send(0, { source: 'stepwise-host', version: 1, command: 'get-progress' }, o), origin);
  }
  // A command from the widget's own origin is read (so the others reached it and were refused).
  await inner.evaluate(() => window.postMessage({ source: 'stepwise-host', version: 1, command: 'show', view: 'team' }, location.origin));
  await frame.getByRole('heading', { name: 'Team view' }).waitFor();
  await frame.getByRole('button', { name: 'Rate yourself' }).click();
  assert.equal(await frame.getByLabel('The level you aim for').inputValue(), 'b', 'the aim on screen is unchanged');
  assert.equal((await saved()).tgt, 'b', 'the saved aim is unchanged');
  assert.deepEqual(await page.evaluate(() => window.__messages), [], 'the hostile page heard nothing');
  assert.ok(warnings.some((w) => w.includes('ignores ?origins=')), 'the console says why ?origins= is ignored');
  await context.close();
});

for (const version of ['1.2', '2004']) {
  test(`as a SCORM ${version} package it resumes from the LMS, and reports completion and a score`, async () => {
    const levels = '?levels=l5,l6c&current=l5&target=l6c';
    const first = await newPage();
    await first.page.goto(`${base}lms${version}/lms.html?version=${version}`);
    await first.page.evaluate((p) => window.launch(null, p), levels);
    const frame = first.page.frameLocator('iframe[title="Stepwise course"]');
    await frame.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();
    const mine = statementsOf('l5');
    await frame.getByRole('group', { name: mine[0], exact: true }).getByRole('radio', { name: 'Competent' }).check();
    await frame.getByRole('group', { name: mine[1], exact: true }).getByRole('radio', { name: 'Learning' }).check();
    await first.page.waitForFunction(() => (window.cmi().suspend_data || '').includes('"r":{'));
    let cmi = await first.page.evaluate(() => window.cmi());
    const status = version === '1.2' ? cmi.core.lesson_status : cmi.completion_status;
    assert.equal(status, 'incomplete');
    await first.page.evaluate(() => window.close());
    await first.page.waitForFunction(() => window.finished());
    const saved = cmi.suspend_data;
    await first.context.close();

    // Another browser profile: only the LMS has the progress.
    const second = await newPage();
    await second.page.goto(`${base}lms${version}/lms.html?version=${version}`);
    await second.page.evaluate(([data, p]) => window.launch({ suspend_data: data }, p), [saved, levels]);
    const again = second.page.frameLocator('iframe[title="Stepwise course"]');
    await again.getByRole('heading', { level: 1, name: 'Mental health nursing: self-assessment' }).waitFor();
    assert.ok(await again.getByRole('group', { name: mine[0], exact: true }).getByRole('radio', { name: 'Competent' }).isChecked());
    assert.ok(await again.getByRole('group', { name: mine[1], exact: true }).getByRole('radio', { name: 'Learning' }).isChecked());
    assert.equal(await again.getByLabel('Level to rate').locator('option').count(), 2, 'only the levels the package offers');
    const inner = second.page.frames().find((f) => f.url().includes('/package/index.html'));
    await expectNoAxeViolationsInFrame(inner, `SCORM ${version}`);

    // Rate everything at both levels: complete, with a score.
    for (const [i, statement] of mine.entries()) {
      if (i > 1) await again.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: 'Proficient' }).check();
    }
    await again.getByLabel('Level to rate').selectOption('l6c');
    const theirs = statementsOf('l6c');
    for (const [i, statement] of theirs.entries()) {
      await again.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: i % 2 ? 'Learning' : 'Competent' }).check();
    }
    await second.page.waitForFunction((v) => {
      const c = window.cmi();
      return (v === '1.2' ? c.core.lesson_status : c.completion_status) === 'completed';
    }, version);
    cmi = await second.page.evaluate(() => window.cmi());
    const met = Math.ceil(theirs.length / 2);
    const expected = Math.floor((met * 100) / theirs.length);
    const raw = version === '1.2' ? cmi.core.score.raw : cmi.score.raw;
    assert.equal(Number(raw), expected, 'score is the share met at the level aimed for');
    if (version === '2004') assert.equal(Number(cmi.score.scaled), expected / 100);

    // A note typed key by key is committed to the LMS when typing stops, not at every key
    // (it was one commit a keystroke).
    await second.page.evaluate(() => {
      const api = window.API_1484_11 || window.API;
      const name = window.API_1484_11 ? 'Commit' : 'LMSCommit';
      const commit = api[name].bind(api);
      window.__commits = 0;
      api[name] = (...args) => { window.__commits += 1; return commit(...args); };
    });
    const noted = again.getByRole('group', { name: theirs[1], exact: true });
    await noted.getByText('Evidence and notes').click();
    const typed = 'Shadowed the ward manager';
    await noted.getByRole('textbox', { name: 'Your note or evidence link (optional)' }).pressSequentially(typed);
    await second.page.waitForFunction((t) => (window.cmi().suspend_data || '').includes(t), typed);
    const commits = await second.page.evaluate(() => window.__commits);
    console.log(`SCORM ${version}: ${commits} LMS commit(s) for a note of ${typed.length} keystrokes`);
    assert.ok(commits < typed.length / 2, `${commits} commits for ${typed.length} keystrokes`);
    if (version === '1.2') {
      // A note longer than SCORM 1.2 can keep: left out of the LMS with a warning, never cut
      // (the days ratings were made go first, and are named with it).
      const group = again.getByRole('group', { name: theirs[0], exact: true });
      await group.getByText('Evidence and notes').click();
      await group.getByRole('textbox', { name: 'Your note or evidence link (optional)' }).fill('x'.repeat(4200));
      await again.getByRole('alert').getByText('so the days your ratings were made and your notes will be kept in this browser only', { exact: false }).waitFor();
      cmi = await second.page.evaluate(() => window.cmi());
      assert.ok(!cmi.suspend_data.includes('"n":'), 'notes left out of the LMS data');
      assert.ok(cmi.suspend_data.includes('"r":{'), 'ratings kept');
    }
    console.log(`SCORM ${version}: resume data for ${levelTitle('l5')} and ${levelTitle('l6c')} fully rated: ${cmi.suspend_data.length} characters (limit ${version === '1.2' ? 4096 : 64000})`);
    assert.ok(cmi.suspend_data.length <= 4096);
    await second.context.close();
  });
}
