// Which visits may stay on the prerendered start page (and be hydrated later), and which need
// the app at once.
import { describe, expect, it } from 'vitest';
import { opensOnStartPage, prerenderFits } from '../../src/app/start-decision';
import { STEP_IDS } from '../../src/features/wizard/steps';

const none = { step: null, region: null };

describe('opensOnStartPage', () => {
  it('opens on the start page with no draft, or a draft parked there', () => {
    expect(opensOnStartPage(none, '')).toBe(true);
    expect(opensOnStartPage({ step: 'start' }, '')).toBe(true);
  });

  it('opens on the step of a draft under way, and on the result of shared answers', () => {
    for (const step of STEP_IDS.filter((s) => s !== 'start')) expect(opensOnStartPage({ step }, '')).toBe(false);
    expect(opensOnStartPage(none, '#s=1.abc')).toBe(false);
    // Another fragment (a skip link's target) is not a shared link.
    expect(opensOnStartPage(none, '#main')).toBe(true);
  });

  it('opens on a step the address names, whatever the draft says (a reload after Back, a bookmark)', () => {
    expect(opensOnStartPage({ step: 'start' }, '#/history')).toBe(false);
    expect(opensOnStartPage(none, '#/result')).toBe(false);
    expect(prerenderFits(none, '#/where')).toBe(false);
  });
});

describe('prerenderFits', () => {
  it('fits a new reader in either language (both are prerendered), with or without a draft parked on the start page for the national rules', () => {
    expect(prerenderFits(none, '')).toBe(true);
    expect(prerenderFits({ step: 'start', region: 'national' }, '')).toBe(true);
  });

  it('does not fit another region, a draft under way or shared answers', () => {
    expect(prerenderFits({ step: 'start', region: 'guangdong-guangzhou' }, '')).toBe(false);
    expect(prerenderFits({ step: 'payment', region: null }, '')).toBe(false);
    expect(prerenderFits(none, '#s=1.abc')).toBe(false);
  });
});
