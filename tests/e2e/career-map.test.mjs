// The career map drawn as a picture: an SVG with an accessible name, every level and every
// move reachable by keyboard and chosen with Enter or Space (or a pointer), what each requires
// shown under it, "Aim for this" keeping focus, the moves still listed in words, and axe clean
// at 320 and 1,280 px.
// (The README's screenshots of it are made by scripts/screenshots.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowserAndServer, newWatchedPage, expectNoAxeViolations } from './helpers.mjs';
import { levels, moves, levelTitle } from './content.mjs';

const shared = sharedBrowserAndServer();
const current = 'l5';
// A returning starting point is drawn only on a returner's own map (tests/e2e/returning.test.mjs).
const ladder = levels.filter((l) => !l.rates);
const WIDTHS = [320, 1280];

async function openMap(width) {
  const { context, page } = await newWatchedPage(shared.browser, shared.base, { viewport: { width, height: 900 } });
  await page.goto(shared.base);
  await page.getByRole('button', { name: 'Team view' }).waitFor();
  await page.getByLabel('Your current role').selectOption(current);
  await page.getByRole('button', { name: 'Career map' }).click();
  const map = page.getByRole('region', { name: `Career map from ${levelTitle(current)}` });
  await map.waitFor();
  const picture = map.getByRole('group', { name: /^Career map as a picture, from / });
  await picture.waitFor();
  return { context, page, map, picture };
}

/** The accessible names of what Tab reaches inside the picture, in order, from its first. */
async function tabThrough(page, picture) {
  await picture.getByRole('button').first().focus();
  const names = [];
  for (;;) {
    const inside = await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('svg') ? el.getAttribute('aria-label') : null;
    });
    if (inside === null) break;
    names.push(inside);
    await page.keyboard.press('Tab');
  }
  return names;
}

for (const width of WIDTHS) {
  test(`the career map is a picture a keyboard can explore, at ${width} px`, async () => {
    const { context, page, map, picture } = await openMap(width);
    assert.equal(await picture.evaluate((e) => e.tagName.toLowerCase()), 'svg');
    assert.equal(await map.locator('svg.app-mapsvg').filter({ visible: true }).count(), 1, 'one drawing shown');
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `the map fits ${width} px (${scroll} px wide)`);
    const box = await picture.boundingBox();
    assert.ok(box.width <= width && box.width > width / 4, `the picture fills the room (${box.width} px)`);
    // The words in the boxes are of a readable size once drawn.
    const px = await picture.locator('.app-mapsvg__words').first().evaluate((t) => t.getBoundingClientRect().height / t.querySelectorAll('tspan').length);
    assert.ok(px >= 12, `a line of words is ${px.toFixed(1)} px high`);
    await expectNoAxeViolations(page, `career map at ${width} px`);

    // Every level, then every move from the current role, by Tab alone.
    const names = await tabThrough(page, picture);
    for (const l of ladder) {
      assert.ok(names.some((n) => n.startsWith(levelTitle(l.id))), `${l.id} reachable by keyboard`);
    }
    const from = moves.filter((m) => m.from === current);
    const kinds = { up: 'Move up', across: 'Move across to an equivalent role', stay: 'Stay in your role and grow there' };
    for (const m of from) {
      const to = m.to ? levelTitle(m.to) : `${m.to_role} (outside this framework)`;
      assert.ok(names.includes(`${kinds[m.kind]}: ${to}`), `the move to ${to} reachable, its kind in words`);
    }
    assert.equal(names.length, ladder.length + from.length, 'nothing else and nothing twice');
    const mine = names.find((n) => n.startsWith(levelTitle(current)));
    assert.match(mine, /Your current role/, 'the current role is marked in words');

    // Enter on a move shows what it requires, with focus on it.
    const up = moves.find((m) => m.from === current && m.kind === 'up' && m.requires);
    await picture.getByRole('button', { name: `Move up: ${levelTitle(up.to)}` }).focus();
    await page.keyboard.press('Enter');
    const chosen = map.locator('.app-map__chosen');
    await chosen.getByText(up.requires).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), `Move up: ${levelTitle(up.to)}`);
    await expectNoAxeViolations(page, `a move chosen on the map at ${width} px`);

    // Space on a level not reachable in one move shows it too, with the routes that lead there.
    const far = levels.find((l) => l.career_level === 8);
    await picture.getByRole('button', { name: new RegExp(`^${levelTitle(far.id).replace(/[()]/g, '\\$&')}`) }).focus();
    await page.keyboard.press(' ');
    await chosen.getByRole('heading', { name: levelTitle(far.id) }).waitFor();
    await chosen.getByText(/^Routes that lead there: /).waitFor();

    // "Aim for this" keeps focus there and says so.
    await chosen.getByRole('button', { name: `Aim for this: ${levelTitle(far.id)}` }).click();
    await map.getByRole('status').filter({ hasText: `Your aim is now ${levelTitle(far.id)}.` }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'This is your aim');
    assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('.app-map__chosen'))), 'focus stays in the panel');
    assert.match(await picture.getByRole('button', { name: new RegExp(`^${levelTitle(far.id).replace(/[()]/g, '\\$&')}`) }).getAttribute('aria-label'), /Your aim/);

    // A pointer chooses too.
    const across = moves.find((m) => m.from === current && m.to_role);
    await picture.getByRole('button', { name: `Move across to an equivalent role: ${across.to_role} (outside this framework)` }).click();
    await chosen.getByRole('heading', { name: `Move across to an equivalent role: ${across.to_role} (outside this framework)` }).waitFor();

    // The text equivalent is kept: every move listed in words.
    await map.getByRole('heading', { name: 'Moving up' }).waitFor();
    assert.equal(await map.locator('.app-map__text .app-move').count(), from.length);
    await expectNoAxeViolations(page, `career map after aiming at ${width} px`);

    await page.checkClean();
    await context.close();
  });
}

test('the career map prints: the picture whole, the moves in words', async () => {
  const { context, page, map } = await openMap(1280);
  await page.emulateMedia({ media: 'print' });
  const shown = map.locator('svg.app-mapsvg').filter({ visible: true });
  assert.equal(await shown.count(), 1, 'one drawing printed');
  const box = await shown.boundingBox();
  assert.ok(box.height > 200, 'the picture is printed');
  await map.getByRole('heading', { name: 'Moving up' }).waitFor();
  await page.checkClean();
  await context.close();
});
