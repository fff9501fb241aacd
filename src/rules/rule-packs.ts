// Loading rule packs: the fetchers, the react-query options and the hooks, in one place.
// A pack that fails parseRulePack is an error, never data: the calculator only ever sees
// packs that passed every check.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import * as z from 'zod/mini';
import { PackChain, parseRulePack } from '../calc';
import type { RulePack } from '../calc';

const packId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const packIndexEntrySchema = z.object({
  id: packId,
  version: z.string().check(z.regex(/^\d{4}\.\d+\.\d+$/)),
  name: z.object({ 'zh-CN': z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  parent: z.nullable(packId),
});
export type PackIndexEntry = z.infer<typeof packIndexEntrySchema>;

export const packIndexSchema = z.object({
  schemaVersion: z.literal(1),
  packs: z
    .array(packIndexEntrySchema)
    .check(z.refine((packs) => new Set(packs.map((p) => p.id)).size === packs.length, { message: 'index.duplicateId' })),
});
export type PackIndex = z.infer<typeof packIndexSchema>;

/** network: no answer; http: an error status; invalid: the file failed validation; unknown: no such pack. */
export type RulePackErrorKind = 'network' | 'http' | 'invalid' | 'unknown';

export class RulePackError extends Error {
  constructor(
    readonly kind: RulePackErrorKind,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RulePackError';
  }
}

function rulesUrl(file: string): string {
  return `${import.meta.env.BASE_URL}rules/${file}`;
}

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RulePackError('network', `Could not reach ${url}`, error);
  }
  if (!response.ok) throw new RulePackError('http', `${url} answered ${response.status}`, response.status);
  try {
    return await response.json();
  } catch (error) {
    throw new RulePackError('invalid', `${url} is not JSON`, error);
  }
}

export async function fetchPackIndex(signal?: AbortSignal): Promise<PackIndex> {
  const parsed = packIndexSchema.safeParse(await fetchJson(rulesUrl('index.json'), signal));
  if (!parsed.success) throw new RulePackError('invalid', 'rules/index.json failed validation', parsed.error.issues);
  return parsed.data;
}

/** The index entries from a pack up to the baseline, most specific first. */
export function planChain(index: PackIndex, id: string): PackIndexEntry[] {
  const byId = new Map(index.packs.map((p) => [p.id, p]));
  const chain: PackIndexEntry[] = [];
  for (let next: string | null = id; next !== null; ) {
    const entry = byId.get(next);
    if (!entry) throw new RulePackError('unknown', `No rule pack "${next}" in the index`);
    if (chain.includes(entry)) throw new RulePackError('invalid', `Rule pack "${id}" has a parent cycle`);
    chain.push(entry);
    next = entry.parent;
  }
  return chain;
}

async function fetchRulePack(entry: PackIndexEntry, signal?: AbortSignal): Promise<RulePack> {
  const outcome = parseRulePack(await fetchJson(rulesUrl(`${entry.id}.json`), signal));
  if (!outcome.ok) throw new RulePackError('invalid', `Rule pack "${entry.id}" failed validation`, outcome.errors);
  const { pack } = outcome;
  // The cache key trusts the index's version; a file that disagrees (a half-finished deploy,
  // a stale cache) must not be stored under it.
  if (pack.id !== entry.id || pack.version !== entry.version || pack.parent !== entry.parent) {
    throw new RulePackError('invalid', `Rule pack "${entry.id}" does not match the index`, { file: pack.version, index: entry.version });
  }
  return pack;
}

export function fetchRulePackChain(entries: readonly PackIndexEntry[], signal?: AbortSignal): Promise<RulePack[]> {
  // The index already names every parent, so the files can load side by side.
  return Promise.all(entries.map((entry) => fetchRulePack(entry, signal)));
}

/** Only failures that another attempt could fix are retried. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= 2 || !(error instanceof RulePackError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && typeof error.details === 'number' && error.details >= 500);
}

export const packIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['rule-packs', 'index'],
    queryFn: ({ signal }) => fetchPackIndex(signal),
    // The index is small and is how new pack versions reach the user: check it now and then.
    staleTime: 60 * 60 * 1000,
    retry: shouldRetry,
  });

export function rulePackChainQueryOptions(index: PackIndex | undefined, id: string) {
  let plan: PackIndexEntry[] | RulePackError | undefined;
  if (index) {
    try {
      plan = planChain(index, id);
    } catch (error) {
      plan = error instanceof RulePackError ? error : new RulePackError('invalid', String(error));
    }
  }
  const versions = Array.isArray(plan) ? plan.map((e) => `${e.id}@${e.version}`) : null;
  return queryOptions({
    queryKey: ['rule-packs', 'chain', id, versions],
    queryFn:
      plan === undefined
        ? skipToken
        : ({ signal }) => (plan instanceof RulePackError ? Promise.reject(plan) : fetchRulePackChain(plan, signal)),
    // A pack version is immutable: a new version gets a new key through the index.
    staleTime: Infinity,
    retry: shouldRetry,
  });
}

export function usePackIndex() {
  return useQuery(packIndexQueryOptions());
}

export type RulePackChainState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; pack: RulePack; packs: readonly RulePack[]; chain: PackChain };

/** The pack with `id` and every pack it falls back to, each one validated. */
export function useRulePackChain(id: string): RulePackChainState {
  const index = usePackIndex();
  const packs = useQuery(rulePackChainQueryOptions(index.data, id));
  const chain = useMemo(() => (packs.data ? new PackChain(packs.data) : undefined), [packs.data]);
  // A retry in flight shows as loading, not as the old error.
  if (index.data === undefined && index.isError && index.fetchStatus !== 'fetching') {
    return { status: 'error', error: index.error, retry: () => void index.refetch() };
  }
  if (packs.data === undefined && packs.isError && packs.fetchStatus !== 'fetching') {
    // The index may have learned of the pack since, so ask it again as well.
    const retry = () => {
      void index.refetch();
      void packs.refetch();
    };
    return { status: 'error', error: packs.error, retry };
  }
  if (packs.data && chain && packs.data[0]) {
    return { status: 'success', pack: packs.data[0], packs: packs.data, chain };
  }
  return { status: 'pending' };
}
