// "Why": the calculator's trace as numbered steps in words, each with its citations and
// the pack that supplied the numbers.
import { useTranslation } from 'react-i18next';
import type { Source, TraceStep } from '../../calc';
import { formatParams, useFormat } from '../../i18n/use-format';
import { Citations } from './citation';
import { traceKey } from './result-keys';

// Steps that only set the scene are folded into the sentence after them.
const HIDDEN_STEPS = new Set(['R1.beforeWindow']);

export function WhyTrace({ steps, lookup, packName }: { steps: TraceStep[]; lookup: (id: string) => Source | undefined; packName: (id: string) => string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const visible = steps.filter((s) => !HIDDEN_STEPS.has(`${s.rule}.${s.step}`));
  return (
    <section className="why" aria-labelledby="why-title">
      <h2 id="why-title">{t('result.why.title')}</h2>
      <ol className="why__steps">
        {visible.map((s, i) => (
          <li key={`${s.rule}-${s.step}-${i}`} className="why__step">
            <p>
              <span className="why__rule">{t('result.why.rule', { rule: s.rule })}</span> {t(traceKey(s.rule, s.step), { replace: formatParams(f, s.params) })}
            </p>
            <p className="why__pack">{t('result.why.fromPack', { pack: packName(s.packId) })}</p>
            <Citations ids={s.sources} lookup={lookup} />
          </li>
        ))}
      </ol>
    </section>
  );
}
