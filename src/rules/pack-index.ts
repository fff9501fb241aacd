// The list of rule packs (rules/index.json): what the start page and the region step need.
// Kept apart from the packs themselves, whose validation needs the calculator, so the first
// screen loads neither.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { fetchJson, rulesUrl, RulePackError, shouldRetry } from './fetch-rules';

const packId = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const packIndexEntrySchema = z.object({
  id: packId,
  version: z.string().check(z.regex(/^\d{4}\.\d+\.\d+$/)),
  // Copied from the pack, so the start page can show it without loading the pack; a pack
  // that disagrees with its entry is refused (rule-pack-chain.ts).
  lastChecked: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
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

/** rules/index.json checked, as the app and the build (scripts/check-rule-packs.ts) both read it. */
export function parsePackIndex(json: unknown): PackIndex {
  const parsed = packIndexSchema.safeParse(json);
  if (!parsed.success) throw new RulePackError('invalid', 'rules/index.json failed validation', parsed.error.issues);
  return parsed.data;
}

export async function fetchPackIndex(signal?: AbortSignal): Promise<PackIndex> {
  return parsePackIndex(await fetchJson(rulesUrl('index.json'), signal));
}

export const packIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['rule-packs', 'index'],
    queryFn: ({ signal }) => fetchPackIndex(signal),
    // The index is small and is how new pack versions reach the user: check it now and then.
    staleTime: 60 * 60 * 1000,
    retry: shouldRetry,
  });

export function usePackIndex() {
  return useQuery(packIndexQueryOptions());
}

export type PackEntryState =
  | { status: 'pending' }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'success'; entry: PackIndexEntry };

/** One pack's entry in the index: its name, version and last-checked date. */
export function usePackEntry(id: string): PackEntryState {
  const index = usePackIndex();
  if (index.data) {
    const entry = index.data.packs.find((p) => p.id === id);
    if (entry) return { status: 'success', entry };
    return { status: 'error', error: new RulePackError('unknown', `No rule pack "${id}" in the index`), retry: () => void index.refetch() };
  }
  if (index.isError && index.fetchStatus !== 'fetching') return { status: 'error', error: index.error, retry: () => void index.refetch() };
  return { status: 'pending' };
}
