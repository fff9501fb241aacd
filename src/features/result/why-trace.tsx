// "Why": the calculator's trace as numbered steps in words, each with its citations and
// the rules (region or national) that gave the values. Where the answer is a range, the steps
// follow the case with the latest date, and the last steps name each rule that differs
// between regions (I6). A step whose value was one regional variant says "if your region …",
// never "your region …": the region's packs do not pin it.
import { useTranslation } from 'react-i18next';
import type { Source, TraceStep } from '../../calc';
import { useFormat } from '../../i18n/use-format';
import { Citations } from './citation';
import { useParamText } from './param-words';
import { hasText } from './range-wording';
import { childContext, stepsWaitAfterShortGap } from './first-cover';
import type { CoverContext } from './first-cover';
import { payerTextContext } from './payer-words';
import type { Payer } from '../payer';
import { bornParam, calendarYearParam, shownStepKey } from './result-keys';
import type { TraceKey } from './result-keys';

// Steps that only set the scene are folded into the sentence after them.
const HIDDEN_STEPS = new Set(['R1.beforeWindow']);

/**
 * The names after "Based on": each pack, except that a pack whose value here was one regional
 * variant (the case followed under a range) is named as that, not as a rule it sets for everyone;
 * where it gave a value every region shares too, it is named as well.
 */
function basedOn(s: TraceStep, packName: (id: string) => string, variantWords: string): string[] {
  const names = s.packIds.filter((id) => !s.variantPackIds?.includes(id) || s.mixedPackIds?.includes(id)).map(packName);
  return s.variantPackIds ? [...names, variantWords] : names;
}

/** A step as shown: several "this rule differs between regions" steps in a row become one. */
type ShownStep = TraceStep & { group?: TraceStep[] };

/** Runs of two or more I6 steps (each naming one rule that differs) as one step citing all their sources. */
function groupRegional(steps: TraceStep[]): ShownStep[] {
  const out: ShownStep[] = [];
  for (const s of steps) {
    const prev = out.at(-1);
    if (s.rule !== 'I6' || s.step !== 'regional' || !prev || prev.rule !== 'I6' || prev.step !== 'regional') {
      out.push(s);
      continue;
    }
    const group = prev.group ?? [prev];
    out[out.length - 1] = { ...prev, group: [...group, s], sources: [...prev.sources, ...s.sources.filter((id) => !prev.sources.includes(id))] };
  }
  return out;
}

/**
 * `regional`: some rule of this answer differs between regions; `range`: the answer is a range
 * (the steps then follow the case with the latest date, and say so; a single date has no such case).
 * `payer`: who makes the payment (payer-words.ts): a newborn's free enrolment or an employer's
 * contributions change the words of the steps that have such a form.
 */
export function WhyTrace({ steps, lookup, packName, regional, range, cover, payer = 'self' }: { steps: TraceStep[]; lookup: (id: string) => Source | undefined; packName: (id: string) => string; regional: boolean; range: boolean; cover?: CoverContext; payer?: Payer }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const enrol = payer === 'enrol';
  const words = useParamText({ first: cover === 'firstSelf', shortGap: stepsWaitAfterShortGap(steps), enrol });
  // A baby's steps say whose cover it is: "your child was continuously insured", where the text has such a form.
  const child = childContext(cover);
  // A step about the payment says who makes it, where the text has such a form: a free newborn
  // enrolment is "enrolled", not "paid" (`_enrol`: a child's text, so it stands for `_first`, which
  // i18next cannot take as well); an employer's are "the contributions", not "this payment" (`_employer`).
  const byPayer = (key: string) => payerTextContext(i18n, key, payer);
  const visible = groupRegional(steps.filter((s) => !HIDDEN_STEPS.has(`${s.rule}.${s.step}`)));
  // The sources each step cites after the steps before it: a notice cited by five steps is a Tab
  // stop at the first only (a keyboard user passed the same link five times), and shown at each.
  const linkedBefore = visible.map((_, i) => new Set(visible.slice(0, i).flatMap((s) => s.sources)));
  return (
    <section className="why" aria-labelledby="why-title">
      <h2 id="why-title">{t('result.why.title')}</h2>
      {regional && <p className="why__intro">{t(range ? 'result.why.regionalIntro' : 'result.why.regionalIntroOne')}</p>}
      <ol className="why__steps">
        {visible.map((s, i) => {
          const key = shownStepKey(s, (k) => hasText(i18n, k));
          const unit = s.step.endsWith('Days') ? 'days' : 'months';
          const text = s.group
            ? t('trace.I6.regionalMany', { list: f.list(s.group.map((g) => t(bornParam(g.params.param) ? 'trace.I6.regionalItemBorn' : calendarYearParam(g.params.param) ? 'trace.I6.regionalItemYear' : 'trace.I6.regionalItem', { replace: words(g.params) }))) })
            : hasText(i18n, key)
              ? t(key as TraceKey, { replace: words(s.params, unit), ...(byPayer(key) ?? child) })
              : t('result.why.unknownStep');
          return (
            <li key={`${s.rule}-${s.step}-${i}`} className="why__step">
              <p>
                {/* The rule's plain name: our rule ids (RULES.md's R1…) mean nothing at a bureau's counter, so they stay in the data. */}
                <strong className="why__rule">{hasText(i18n, `result.why.labels.${s.rule}`) ? t(`result.why.labels.${s.rule}` as 'result.why.unlabelled', byPayer(`result.why.labels.${s.rule}`) ?? {}) : t('result.why.unlabelled')}</strong>{' '}
                {text}
              </p>
              <p className="why__pack">{t('result.why.fromPack', { pack: f.names(basedOn(s, packName, t(range ? 'result.why.regionalVariant' : 'result.why.regionalVariantOne'))) })}</p>
              <Citations ids={s.sources} lookup={lookup} linkedBefore={linkedBefore[i]} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
