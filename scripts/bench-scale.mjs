// Times Stepwise at scale in headless Chromium, each figure in the page's own clock:
// - the team view with STEPWISE_REPORTS_SMALL and STEPWISE_REPORTS folders of reports, from
//   the file input's change event until every report is counted and the heatmap is drawn,
//   with the longest main-thread block meanwhile (PerformanceObserver 'longtask' entries,
//   which only exist for tasks over 50 ms, and the longest gap between animation frames);
// - importing a report that names 300,000 competences the framework does not have;
// - a framework file of 10,000 competences: choosing a role, and one rating.
// STEPWISE_SCALE is the folder make_scale_files wrote. Prints figures; asserts nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer } from '../tests/e2e/helpers.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const scale = process.env.STEPWISE_SCALE;
const browser = await launch();
const { server, url } = await startServer(dist);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;

// Watches the main thread from before any page script: long tasks, and gaps between frames.
async function watchedPage() {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__longTasks = [];
    window.__frameGaps = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
    } catch { /* no long task timing in this browser: the frame gaps still tell */ }
    let last = performance.now();
    const frame = (now) => {
      window.__frameGaps.push([last, now - last]);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  return { context, page };
}

// The longest block between two page times, by both measures, counting only the part of a
// block inside them: the task that dispatches the change event begins with the browser's own
// hand-over of the chosen files, which is given apart.
const blocks = (page, from, to) => page.evaluate(([a, b]) => {
  const inside = (xs) => xs.map(([t, d]) => Math.min(t + d, b) - Math.max(t, a));
  const before = window.__longTasks.filter(([t, d]) => t < a && t + d >= a).map(([t]) => a - t);
  return {
    task: Math.max(0, ...inside(window.__longTasks)),
    frame: Math.max(0, ...inside(window.__frameGaps)),
    handover: Math.max(0, ...before),
  };
}, [from, to]);

const reportFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));

// The team view from choosing `files` (holding `n` reports) to the heatmap drawn.
async function teamView(files, runs, n = files.length, what = `${n.toLocaleString('en-GB')} reports`) {
  const times = [];
  const tasks = [];
  const frames = [];
  const handovers = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await watchedPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Team view' }).click();
    const input = page.getByLabel('Choose report files (JSON), or drop them here');
    await input.evaluate((el, count) => {
      const done = [`${count.toLocaleString('en-GB')} reports loaded`, `${count} reports loaded`];
      el.addEventListener('change', () => {
        window.__teamStart = performance.now();
        // Drawn: every report counted, and the heatmap's rows on screen (all of them, or
        // the first page when the heatmap is paged).
        const check = (observer) => {
          const rows = document.querySelectorAll('table.app-heat tbody tr').length;
          const counted = [...document.querySelectorAll('[role=status]')].some((s) => done.some((d) => s.textContent.startsWith(d)));
          if (counted && rows >= Math.min(count, 100)) {
            observer.disconnect();
            // Drawn: a frame after the DOM change, so its layout and paint count too.
            requestAnimationFrame(() => setTimeout(() => { window.__teamDone = performance.now(); }, 0));
          }
        };
        const observer = new MutationObserver(() => check(observer));
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }, { capture: true });
    }, n);
    await input.setInputFiles(files);
    await page.waitForFunction(() => window.__teamDone !== undefined, null, { timeout: 120_000 });
    const [start, done] = await page.evaluate(() => [window.__teamStart, window.__teamDone]);
    const b = await blocks(page, start, done);
    times.push(done - start);
    tasks.push(b.task);
    frames.push(b.frame);
    handovers.push(b.handover);
    await context.close();
  }
  const longest = Math.max(...tasks);
  console.log(`Team view, ${what}, choosing the files to the heatmap drawn: median ${ms(median(times))} of ${runs} (${times.map(ms).join(', ')})   (budget 2000 ms)`);
  console.log(`  longest main-thread block meanwhile: ${longest > 0 ? ms(longest) : 'none over 50 ms'} (long tasks), longest gap between frames ${ms(Math.max(...frames))}   (budget 200 ms)`);
  console.log(`  (before the change event, the browser's own task handing the ${files.length.toLocaleString('en-GB')} chosen files to the page: up to ${ms(Math.max(...handovers))}; not counted above)`);
  if (files.length > 1) console.log(`  the browser reading the same files' text alone, no Stepwise code (File.text(), 200 at a time, as the team view asks): ${ms(await readingAlone(files))}`);
}

// What reading `files` costs the browser by itself: a plain page with a file input, every
// file's text asked for as the team view asks, nothing done with it.
async function readingAlone(files) {
  const { context, page } = await watchedPage();
  await page.goto(url);
  await page.setContent('<input type="file" multiple aria-label="files">');
  await page.getByLabel('files').setInputFiles(files);
  const took = await page.getByLabel('files').evaluate(async (el) => {
    const all = [...el.files];
    const start = performance.now();
    for (let i = 0; i < all.length; i += 200) {
      await Promise.allSettled(all.slice(i, i + 200).map((f) => f.text()));
    }
    return performance.now() - start;
  });
  await context.close();
  return took;
}

async function importUnknowns(file) {
  const times = [];
  for (let run = 0; run < 3; run += 1) {
    const { context, page } = await watchedPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Gap report and plan' }).click();
    const input = page.getByLabel('Import a report (JSON exported from Stepwise)');
    await input.evaluate((el) => el.addEventListener('change', () => {
      window.__importStart = performance.now();
      const observer = new MutationObserver(() => {
        if (document.body.textContent.includes('Replace your current work with')) {
          window.__importDone = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true }));
    await input.setInputFiles(file);
    await page.waitForFunction(() => window.__importDone !== undefined, null, { timeout: 120_000 });
    times.push(await page.evaluate(() => window.__importDone - window.__importStart));
    await context.close();
  }
  console.log(`Import of a report naming 300,000 unknown competence ids, choosing the file to the question: median ${ms(median(times))} of 3 (${times.map(ms).join(', ')})   (budget 1000 ms)`);
}

// From an event on `target` until a frame after the page has dealt with it.
const timeNextFrame = (page, selector, type) => page.evaluate(([sel, t]) => {
  window.__t = new Promise((ok) => {
    document.addEventListener(t, (e) => {
      if (!e.target.matches(sel)) return;
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => ok(performance.now() - start), 0));
    }, { capture: true, once: true });
  });
}, [selector, type]);

async function bigFramework(file) {
  const roles = [];
  const ratings = [];
  for (let run = 0; run < 3; run += 1) {
    const { context, page } = await watchedPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Use another framework' }).click();
    await page.getByLabel('Or load a framework file').setInputFiles(file);
    await page.getByRole('heading', { level: 1, name: 'Synthetic: self-assessment' }).waitFor();
    await timeNextFrame(page, '#current-level', 'change');
    await page.getByLabel('Your current role').selectOption('l4');
    await page.getByRole('radio').first().waitFor();
    roles.push(await page.evaluate(() => window.__t));
    for (let i = 0; i < 3; i += 1) {
      const radio = page.getByRole('radio', { name: 'L2' }).nth(i);
      await timeNextFrame(page, 'input[type=radio]', 'click');
      await radio.check();
      ratings.push(await page.evaluate(() => window.__t));
    }
    await context.close();
  }
  console.log(`Framework file of 10,000 competences (1,000 a level): choosing a role to the next frame: median ${ms(median(roles))} of 3 (${roles.map(ms).join(', ')})   (budget 300 ms)`);
  console.log(`  one rating to the next frame: median ${ms(median(ratings))} of ${ratings.length} (${ratings.map(ms).join(', ')})   (budget 50 ms)`);
}

// STEPWISE_SCALE_ONLY=team runs the team view figures alone, =teamfile the team file alone.
const only = process.env.STEPWISE_SCALE_ONLY;
try {
  if (only !== 'teamfile') await teamView(reportFiles(process.env.STEPWISE_REPORTS_SMALL), 3);
  if (only !== 'teamfile') await teamView(reportFiles(process.env.STEPWISE_REPORTS), 3);
  // The same 10,000 reports saved as one team file (what "Save the team as one file" writes).
  await teamView([process.env.STEPWISE_TEAM_FILE], 3, 10_000, '10,000 reports saved as one team file');
  if (only !== 'team' && only !== 'teamfile') {
    await importUnknowns(join(scale, 'unknown-300000.json'));
    await bigFramework(join(scale, 'framework-10000.toml'));
  }
} finally {
  await browser.close();
  server.close();
}
