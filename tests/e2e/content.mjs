// Reads level names and competence statements from the built-in framework file, so journeys
// find elements by the words a person sees without copying the content into the tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'mhn.toml');
const text = readFileSync(file, 'utf8');

function entries(table) {
  return text.split(/^\[\[/m).filter((chunk) => chunk.startsWith(`${table}]]`)).map((chunk) => {
    const fields = {};
    for (const m of chunk.matchAll(/^(\w+) = (?:"((?:[^"\\]|\\.)*)"|(\d+))/gm)) {
      fields[m[1]] = m[2] !== undefined ? JSON.parse(`"${m[2]}"`) : Number(m[3]);
    }
    const areas = chunk.match(/^areas = \["([^"]+)"/m);
    if (areas) fields.areas = areas[1];
    const indicator = chunk.match(/^indicators = \[\s*"((?:[^"\\]|\\.)*)"/m);
    if (indicator) fields.firstIndicator = JSON.parse(`"${indicator[1]}"`);
    return fields;
  });
}

export const levels = entries('levels');
export const domains = entries('domains');
export const competences = entries('competences');
export const scale = entries('scale');
export const routes = entries('routes');
export const moves = entries('moves');

/** The level with this id (journeys name the level they need, not its place in the file). */
export function level(id) {
  const l = levels.find((x) => x.id === id);
  if (!l) throw new Error(`no level ${id} in mhn.toml`);
  return l;
}

export function levelTitle(id) {
  const l = levels.find((x) => x.id === id);
  return `Career level ${l.career_level}: ${l.name}`;
}

/** Statements of the competences at a level that apply to everyone (no area of practice). */
export function statementsOf(levelId) {
  return competences.filter((c) => c.level === levelId && !c.areas).map((c) => c.statement);
}

/** The first evidence example of the competence with this statement. */
export function firstEvidenceOf(statement) {
  return competences.find((c) => c.statement === statement).firstIndicator;
}

/** The route with this title. */
export function routeTitled(title) {
  return routes.find((r) => r.title === title);
}
