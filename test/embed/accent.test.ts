import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAccent, contrast, formatRatio, MIN_CONTRAST, normaliseHex } from '../../src/app/embed/accent';

describe('accent colours', () => {
  it('reads #rrggbb and #rgb, with or without #, in any case', () => {
    expect(normaliseHex('#1F5F8B')).toBe('#1f5f8b');
    expect(normaliseHex('0a5')).toBe('#00aa55');
    expect(normaliseHex(' #abc ')).toBe('#aabbcc');
    for (const bad of ['', '#', '#12', '#1234', 'red', '#ggg000', 'rgb(0,0,0)', '#1f5f8b00']) expect(normaliseHex(bad)).toBeNull();
  });

  it('measures WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('accepts the default and dark colours, refuses light ones with the ratio', () => {
    expect(checkAccent('#1f5f8b')).toMatchObject({ ok: true, palette: { accent: '#1f5f8b' } });
    expect(checkAccent('#006633').ok).toBe(true);
    const light = checkAccent('#0a5');
    expect(light).toMatchObject({ ok: false, reason: 'contrast' });
    expect(light.ok === false && light.reason === 'contrast' && formatRatio(light.ratio)).toBe('2.8');
    expect(checkAccent('#ffff00')).toMatchObject({ ok: false, reason: 'contrast' });
    expect(checkAccent('teal')).toEqual({ ok: false, reason: 'format' });
  });

  it('rounds the ratio down, so a colour that fails never reads as 4.5', () => {
    expect(formatRatio(4.4999)).toBe('4.4');
    expect(formatRatio(21)).toBe('21.0');
  });

  it('every accepted colour gives readable shades: white on accent, strong on soft', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const result = checkAccent(n.toString(16).padStart(6, '0'));
        if (!result.ok) return;
        const { accent, strong, soft } = result.palette;
        expect(contrast(accent, '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrast(strong, soft)).toBeGreaterThanOrEqual(MIN_CONTRAST);
        expect(contrast(accent, soft)).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });
});
