// `npm run packs:report` (scripts/packs-report.ts): every pack in index.json has its row, with
// the latest benefit year that has a window; a pack added later shows up by being listed; the
// report fits a 100-column terminal.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayWidth, packsReport, REPORT_WIDTH } from '../../scripts/packs-report';

const shipped = join(import.meta.dirname, '../../public/rules');
const indexIds = (dir: string) => (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { packs: { id: string }[] }).packs.map((p) => p.id);
/** The summary row of a pack: the first line that starts with its id. */
const row = (lines: string[], id: string) => lines.find((l) => l.startsWith(`${id} `));

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('packs report', () => {
  const lines = packsReport(shipped);

  it('has a row for every pack in index.json', () => {
    for (const id of indexIds(shipped)) expect(row(lines, id), id).toBeDefined();
    expect(lines.some((l) => l.startsWith('Problems:'))).toBe(false);
  });

  it('gives 湖南 windows for 2026, the latest ending on 31 Jan 2026', () => {
    expect(row(lines, 'hunan')?.split(/\s{2,}/)).toEqual(['hunan', '湖南省', 'national', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), '2026', '2026-01-31']);
  });

  it('fits a 100-column terminal', () => {
    expect(lines.filter((l) => displayWidth(l) > REPORT_WIDTH)).toEqual([]);
  });

  it('reads the packs index.json lists: one added there gets its row, one only on disk is a problem', () => {
    dir = mkdtempSync(join(tmpdir(), 'packs-report-'));
    cpSync(shipped, dir, { recursive: true });
    const pack = JSON.parse(readFileSync(join(dir, 'hunan.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'test-added.json'), JSON.stringify({ ...pack, id: 'test-added' }));
    writeFileSync(join(dir, 'test-unlisted.json'), JSON.stringify({ ...pack, id: 'test-unlisted' }));
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { packs: Record<string, unknown>[] };
    index.packs.push({ id: 'test-added', version: pack.version, lastChecked: pack.lastChecked, name: pack.name, parent: 'national' });
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
    const report = packsReport(dir);
    expect(row(report, 'test-added')).toMatch(/ 2026 +2026-01-31$/);
    expect(row(report, 'test-unlisted')).toBeUndefined();
    expect(report).toContain('- test-unlisted.json: not in index.json, so not shipped to anyone');
  });
});
