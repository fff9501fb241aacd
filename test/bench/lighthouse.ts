// Lighthouse runs through its own CLI (the npm package) driving Debian's Chromium, and the
// medians the report needs. A run takes about 11 s; runs of one page agree closely.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Without the background-networking flags Chromium keeps trying to reach Google's servers.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

export type Preset = 'mobile' | 'desktop';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Bytes of JavaScript transferred during the load, as Lighthouse saw them. */
  scriptBytes: number;
  /** The element Lighthouse counted as the largest contentful paint. */
  lcpElement: string | null;
}

interface LighthouseJson {
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number; node?: { snippet?: string } }[] } }>;
}

const score = (value: number | null) => Math.round((value ?? 0) * 100);

/** `language`: the browser's language (navigator.languages and Accept-Language). */
export async function lighthouseOnce(url: string, preset: Preset, chromePath: string, language = 'zh-CN'): Promise<LighthouseRun> {
  const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    const args = [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS} --lang=${language} --accept-lang=${language}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ];
    await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 });
    const json = JSON.parse(await readFile(output, 'utf8')) as LighthouseJson;
    const requests = json.audits['network-requests']?.details?.items ?? [];
    const lcpItems = json.audits['largest-contentful-paint-element']?.details?.items ?? [];
    const firstLcp = lcpItems.flatMap((item) => ((item as { items?: { node?: { snippet?: string } }[] }).items ?? [item])).find((i) => i.node?.snippet);
    return {
      performance: score(json.categories.performance.score),
      accessibility: score(json.categories.accessibility.score),
      bestPractices: score(json.categories['best-practices'].score),
      seo: score(json.categories.seo.score),
      fcpMs: json.audits['first-contentful-paint']?.numericValue ?? NaN,
      lcpMs: json.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: json.audits['total-blocking-time']?.numericValue ?? NaN,
      scriptBytes: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
      lcpElement: firstLcp?.node?.snippet ?? null,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export type LighthouseMedians = Omit<LighthouseRun, 'lcpElement'> & { runs: number; lcpElement: string | null };

export function medians(runs: LighthouseRun[]): LighthouseMedians {
  const pick = (key: keyof Omit<LighthouseRun, 'lcpElement'>) => median(runs.map((r) => r[key]));
  return {
    runs: runs.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    scriptBytes: pick('scriptBytes'),
    lcpElement: runs[0]?.lcpElement ?? null,
  };
}
