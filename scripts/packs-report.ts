// `npm run packs:report`: for maintainers, what each rule pack in public/rules states and how
// well: the latest benefit year with an enrolment window (RULES.md §8.6: windows are per year,
// so this is what goes stale each autumn), then region × parameter, each cell the grades of the
// sources behind the region's own value. Packs are read as the app reads them: the packs listed
// in index.json, each through parseRulePack, chained by `parent` into a PackChain. Fits a
// 100-column terminal: parameter names are abbreviated (a key under each table) and the
// parameters are split into tables by scheme, as many columns per table as fit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lastKnownWindow, PackChain, parseRulePack, windowYears } from '../src/calc/index.ts';
import type { Grade, ParamKey, RulePack } from '../src/calc/index.ts';
import { isRegional, parameterSpecs } from '../src/calc/pack-schema.ts';
import type { ParamEntry } from '../src/calc/pack-schema.ts';

export const REPORT_WIDTH = 100;

interface IndexEntry {
  id: string;
  version: string;
  lastChecked: string;
  parent: string | null;
}

/** Short column names; a parameter added later gets its last word, cut to ten characters. */
const SHORT: Partial<Record<ParamKey, string>> = {
  'resident.waitUnit': 'waitUnit',
  'resident.fixedWaitMonths': 'fixWaitM',
  'resident.fixedWaitDays': 'fixWaitD',
  'resident.variableMonthsPerLapseYear': 'varM/yr',
  'resident.variableDaysPerLapseYear': 'varD/yr',
  'resident.variableReading': 'varRead',
  'resident.repairMonthsPerYear': 'repairM',
  'resident.repairDaysPerYear': 'repairD',
  'resident.repairFloorTriggerYears': 'floorTrig',
  'resident.repairFloorMonths': 'floorM',
  'resident.repairFloorDays': 'floorD',
  'resident.countLapsesFromYear': 'lapseFrom',
  'resident.windowStart': 'winStart',
  'resident.windowEnd': 'winEnd',
  'resident.latestWindowStart': 'lastStart',
  'resident.extension': 'extension',
  'resident.lateEnrolmentUntil': 'lateUntil',
  'resident.dateConvention': 'dateConv',
  'resident.employeeYearsCountAsCovered': 'empYears',
  'resident.premium': 'premium',
  'resident.universityEntrant': 'university',
  'newborn.enrolWithin': 'nbWithin',
  'newborn.dayCount': 'nbDays',
  'newborn.afterWindow': 'nbAfter',
  'newborn.coversNextYear': 'nbNextYr',
  'newborn.exemptYears': 'nbExYears',
  'exempt.lowIncomeNotByChoice': 'lowIncome',
  'exempt.newVeteran': 'veteran',
  'exempt.startDay': 'exStart',
  'exempt.groups': 'exGroups',
  'employee.noWaitGapMonths': 'noWaitGap',
  'employee.switchContinuityYears': 'switchYrs',
  'employee.shortGapWithinRegion': 'shortGap',
  'switch.shortGapWithoutTwoYears': 'sw<2years',
  'switch.yearEndToResident': 'swYearEnd',
  'employee.longGapWaitMonths': 'longGap',
  'flexible.longGapWaitMonths': 'flexLong',
  'flexible.afterEmployer': 'flexAfter',
  'bonus.stepYuan': 'step',
  'bonus.stepIsMinimum': 'stepMin',
  'bonus.qualifyYears': 'qualify',
  'bonus.capRatio': 'capRatio',
  'bonus.capYuan': 'capYuan',
  'bonus.countFromYear': 'countFrom',
  'bonus.lapseCapCutPerYear': 'lapseCut',
  'bonus.noClaimRequiresNextYearPaid': 'noClaimNx',
  'bonus.noClaimCarryOver': 'noClaimCO',
};

const short = (key: ParamKey) => SHORT[key] ?? (key.split('.').at(-1) as string).slice(0, 10);

/** The tables, by the scheme a parameter belongs to (its prefix). */
const GROUPS: { title: string; prefixes: string[] }[] = [
  { title: 'Resident scheme (resident.*)', prefixes: ['resident.'] },
  { title: 'Newborns and exempt groups (newborn.*, exempt.*)', prefixes: ['newborn.', 'exempt.'] },
  { title: 'Employee scheme and switching (employee.*, switch.*, flexible.*)', prefixes: ['employee.', 'switch.', 'flexible.'] },
  { title: 'Critical-illness bonuses (bonus.*)', prefixes: ['bonus.'] },
];

const GRADE_ORDER: Grade[] = ['A', 'B', 'B(news)', 'C'];

/** Columns a terminal gives a character: two for CJK and full-width forms, one otherwise. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** `text` cut to at most `width` columns. */
function cut(text: string, width: number): string {
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width) break;
    out += ch;
  }
  return out;
}

/**
 * Rows under a header, columns padded to their widest cell and separated by two spaces. Where
 * that is wider than `fit`, column `shrink` (a name, not a figure) is cut to make it fit.
 */
function table(header: string[], rows: string[][], fit?: { width: number; shrink: number }): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  if (fit) {
    const over = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1) - fit.width;
    const col = fit.shrink;
    if (over > 0) {
      widths[col] = Math.max(displayWidth(header[col] as string), (widths[col] as number) - over);
      rows = rows.map((r) => r.map((c, i) => (i === col ? cut(c, widths[col] as number) : c)));
    }
  }
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i] as number))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Words wrapped to `width` columns, continuation lines indented by `indent`. */
function wrap(words: string[], width: number, indent = ''): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && displayWidth(current) + 1 + displayWidth(word) > width) {
      lines.push(current);
      current = indent + word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

function entriesOf(pack: RulePack, key: ParamKey): ParamEntry<ParamKey>[] {
  return (pack.parameters[key] ?? []) as unknown as ParamEntry<ParamKey>[];
}

/** "B", "B(news)+C": the grades of the sources cited, best first. */
function grades(pack: RulePack, sourceIds: readonly string[]): string {
  const found = new Set(sourceIds.map((id) => pack.sources.find((s) => s.id === id)?.grade));
  return GRADE_ORDER.filter((g) => found.has(g)).join('+') || '?';
}

/**
 * One cell: what `pack` itself states for `key`. Pinned: the grades, then "?" where a value is
 * unconfirmed or "~" where it is an interpretation; "range" for the national pack's regional
 * values; "r" + grades where a region lists some of the national variants. Nothing of its own:
 * "^" and its parent's cell, or "-" for the national pinned value, "range" for a regional one.
 */
function cell(pack: RulePack, key: ParamKey, packs: ReadonlyMap<string, RulePack>): string {
  const entries = entriesOf(pack, key);
  if (entries.length === 0) {
    const parent = pack.parent === null ? undefined : packs.get(pack.parent);
    if (!parent) return pack.parent === null ? '' : '??';
    const inherited = cell(parent, key, packs);
    if (parent.parent === null) return inherited === 'range' ? 'range' : '-';
    return inherited.startsWith('^') || inherited === '-' || inherited === 'range' ? inherited : `^${inherited}`;
  }
  const parts: string[] = [];
  const pinned = entries.filter((e) => !isRegional(e));
  const regional = entries.filter(isRegional);
  if (regional.length > 0) {
    parts.push(pack.parent === null ? 'range' : `r${grades(pack, regional.flatMap((e) => e.regional.flatMap((v) => v.sources)))}`);
  }
  if (pinned.length > 0) {
    const statuses = pinned.map((e) => (isRegional(e) ? 'confirmed' : e.status));
    const mark = statuses.includes('unconfirmed') ? '?' : statuses.includes('interpretation') ? '~' : '';
    parts.push(grades(pack, pinned.flatMap((e) => (isRegional(e) ? [] : e.sources))) + mark);
  }
  return parts.join('/');
}

/** The pack and its parents, as the app chains them (national last); null where one is missing. */
function chainOf(id: string, packs: ReadonlyMap<string, RulePack>): RulePack[] | null {
  const chain: RulePack[] = [];
  for (let next: string | null = id; next !== null; ) {
    const pack = packs.get(next);
    if (!pack || chain.includes(pack)) return null;
    chain.push(pack);
    next = pack.parent;
  }
  return chain;
}

/** "2025-2026", "2026", "2025, 2027": the years with a window, runs joined. */
function yearRuns(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ') || 'none';
}

/** The report for the packs in `dir` (public/rules), as lines no wider than `width`. */
export function packsReport(dir: string, width = REPORT_WIDTH): string[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { packs: IndexEntry[] };
  const packs = new Map<string, RulePack>();
  const problems: string[] = [];
  for (const entry of index.packs) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, `${entry.id}.json`), 'utf8'));
    } catch (error) {
      problems.push(`${entry.id}: cannot read ${entry.id}.json (${(error as Error).message})`);
      continue;
    }
    const parsed = parseRulePack(json);
    if (!parsed.ok) problems.push(`${entry.id}: does not parse: ${parsed.errors.slice(0, 3).map((e) => `${e.key} at ${e.path.join('.')}`).join('; ')}`);
    else packs.set(entry.id, parsed.pack);
  }
  const listed = new Set(index.packs.map((p) => p.id));
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.json') && file !== 'index.json' && !listed.has(file.slice(0, -5))) problems.push(`${file}: not in index.json, so not shipped to anyone`);
  }

  const ids = index.packs.map((p) => p.id).filter((id) => packs.has(id));
  const lines: string[] = [`Rule packs in ${dir}: ${index.packs.length} in index.json, ${packs.size} parsed.`, ''];

  lines.push('Latest enrolment window: the years whose window the region\'s own packs state (a city reads its');
  lines.push('province\'s), and the end of the latest one. Any other year is answered from the national range');
  lines.push('and the result says so (RULES.md §8.6).', '');
  const summary = ids.map((id) => {
    const pack = packs.get(id) as RulePack;
    const chain = chainOf(id, packs);
    const pc = chain ? new PackChain(chain) : null;
    const last = pc ? lastKnownWindow(pc) : null;
    const ends = last ? (last.endLatest ? `${last.end}..${last.endLatest}` : last.end) : '';
    // A gloss in brackets ("全国基准（国家规定）") is left out: the id says which pack it is.
    const name = pack.name['zh-CN'].replace(/\s*[（(].*[）)]\s*$/, '');
    return [id, name, pack.parent ?? '-', pack.lastChecked, pc ? yearRuns(windowYears(pc)) : 'no chain', ends];
  });
  lines.push(...table(['pack', 'name', 'parent', 'checked', 'windows', 'latest ends'], summary, { width, shrink: 1 }), '');

  lines.push(...wrap(
    ('Parameters: what each pack states itself. A, B, B(news), C: pinned, with the grades of the sources it cites ' +
      '(joined by +); ? unconfirmed, ~ interpretation; r: lists some of the national variants (still a range); ' +
      '^: from its parent pack; -: the national value; range: regional in the national pack, so the answer is a range. ' +
      'Parameters no region sets and the national pack pins are listed after the tables.').split(' '),
    width,
  ));
  const keys = Object.keys(parameterSpecs) as ParamKey[];
  const all = ids.map((id) => packs.get(id) as RulePack);
  const varies = (key: ParamKey) => all.some((p) => entriesOf(p, key).length > 0 && (p.parent !== null || entriesOf(p, key).some(isRegional)));
  const idWidth = Math.max(4, ...ids.map((id) => id.length));
  for (const group of GROUPS) {
    const columns = keys.filter((k) => group.prefixes.some((p) => k.startsWith(p)) && varies(k));
    const cells = new Map(columns.map((k) => [k, ids.map((id) => cell(packs.get(id) as RulePack, k, packs))]));
    // As many columns per table as fit in `width` beside the pack ids.
    const chunks: ParamKey[][] = [];
    let used = idWidth;
    for (const k of columns) {
      const w = 2 + Math.max(short(k).length, ...(cells.get(k) as string[]).map(displayWidth));
      if (chunks.length === 0 || used + w > width) {
        chunks.push([]);
        used = idWidth;
      }
      (chunks.at(-1) as ParamKey[]).push(k);
      used += w;
    }
    chunks.forEach((chunk, n) => {
      lines.push('', chunks.length > 1 ? `${group.title}, ${n + 1} of ${chunks.length}` : group.title);
      lines.push(...table(['pack', ...chunk.map(short)], ids.map((id, row) => [id, ...chunk.map((k) => (cells.get(k) as string[])[row] as string)])));
      lines.push(...wrap(chunk.map((k, i) => `${short(k)} = ${k}${i < chunk.length - 1 ? ';' : ''}`), width, '  '));
    });
  }
  const nationalOnly = keys.filter((k) => !varies(k));
  if (nationalOnly.length > 0) lines.push('', ...wrap(['Set by the national pack alone:', ...nationalOnly.map((k, i) => (i < nationalOnly.length - 1 ? `${k},` : k))], width, '  '));
  if (problems.length > 0) lines.push('', 'Problems:', ...problems.flatMap((p) => wrap(`- ${p}`.split(' '), width, '  ')));
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../public/rules');
  console.log(packsReport(dir).join('\n'));
}
