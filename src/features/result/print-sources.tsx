// On paper only: every source the "why" steps cite, once each, in the order first cited. On
// screen each step lists its own sources; on paper the same national document under every step
// would fill a page, so the steps print without them and this list follows.
import { useTranslation } from 'react-i18next';
import type { Source, TraceStep } from '../../calc';
import { Citations } from './citation';

export function PrintSources({ steps, lookup }: { steps: readonly TraceStep[]; lookup: (id: string) => Source | undefined }) {
  const { t } = useTranslation();
  const ids = [...new Set(steps.flatMap((s) => s.sources))];
  // The section only where some cited source is known, as Citations shows nothing otherwise.
  if (!ids.some((id) => lookup(id) !== undefined)) return null;
  return (
    <section className="print-sources print-only" aria-labelledby="print-sources-title">
      <h2 id="print-sources-title">{t('result.share.sourcesTitle')}</h2>
      <Citations ids={ids} lookup={lookup} />
    </section>
  );
}
