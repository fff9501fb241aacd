// Loading a pack and every pack it falls back to. A pack that fails parseRulePack is an
// error, never data: the calculator only ever sees packs that passed every check.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PackChain } from '../calc';
import type { RulePack } from '../calc';
import { fetchJson, rulesUrl, RulePackError, shouldRetry } from './fetch-rules';
import { chainProblems, checkPackFile, planChain } from './pack-checks';
import { usePackIndex } from './pack-index';
import type { PackIndex, PackIndexEntry } from './pack-index';

async function fetchRulePack(entry: PackIndexEntry, signal?: AbortSignal): Promise<RulePack> {
  // The same checks the build runs on every shipped pack (pack-checks.ts).
  const checked = checkPackFile(await fetchJson(rulesUrl(`${entry.id}.json`), signal), entry);
  if (!checked.ok) throw new RulePackError('invalid', checked.message, checked.problems);
  return checked.pack;
}

export async function fetchRulePackChain(entries: readonly PackIndexEntry[], signal?: AbortSignal): Promise<RulePack[]> {
  // The index already names every parent, so the files can load side by side.
  const packs = await Promise.all(entries.map((entry) => fetchRulePack(entry, signal)));
  // RULES.md §8.1: a region's values must be among the baseline's variants, so the national range contains them.
  const [failed] = chainProblems(packs);
  if (failed) throw new RulePackError('invalid', `Rule pack "${failed.id}" pins a value the national range does not list`, failed.problems);
  return packs;
}

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
