// Writes DIR/sw.js from web/sw.js: VERSION, a hash of every file built into DIR, and FILES,
// their paths, which the service worker keeps for offline use.
// Usage: node scripts/make-sw.mjs DIR
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.argv[2];
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const files = walk(dir).map((f) => relative(dir, f)).filter((f) => f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const template = readFileSync(new URL('../web/sw.js', import.meta.url), 'utf8');
writeFileSync(join(dir, 'sw.js'), template
  .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
  .replace('__FILES__', JSON.stringify(files)));
