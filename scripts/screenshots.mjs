// Takes the README's screenshots of the built app in dist/ (run ./scripts/build first):
//   node scripts/screenshots.mjs
// writes docs/screenshots/first-screen-320.png and first-screen-1280.png: the first screen of
// a first visit once a role is chosen (the aim asked, the time to rate, Start rating); and
// map-320.png and map-1280.png: the career map's picture from that role.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const { server, url } = await serve(join(root, 'dist'), 0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars'],
});
try {
  for (const [width, height] of [[320, 900], [1280, 860]]) {
    const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('Your current role').selectOption('l5');
    await page.getByRole('button', { name: 'Start rating' }).waitFor();
    const file = join(out, `first-screen-${width}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.getByRole('button', { name: 'Career map' }).click();
    const map = page.getByRole('group', { name: /^Career map as a picture, from / });
    await map.waitFor();
    await page.mouse.move(0, 0);
    const mapFile = join(out, `map-${width}.png`);
    await map.screenshot({ path: mapFile });
    console.log(`wrote ${mapFile}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
