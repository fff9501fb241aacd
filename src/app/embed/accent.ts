// The host's accent colour: parsed, checked for contrast (buttons draw white text on it, links
// draw it on white), and turned into the three shades the styles use.

/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5;
/** The page backgrounds the accent is drawn on: the surface and the page background. */
const BACKGROUNDS = ['#ffffff', '#f5f6f8'];

type Rgb = readonly [number, number, number];

/** "#1f5f8b", "1f5f8b", "#0a5" or "0a5" (any case) → lower-case "#rrggbb"; anything else → null. */
export function normaliseHex(text: string): string | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match?.[1]) return null;
  const digits = match[1].toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

function toHex(colour: Rgb): string {
  return `#${colour.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `weight` of `other` mixed into `hex`, channel by channel. */
function mix(hex: string, other: string, weight: number): string {
  const a = rgb(hex);
  const b = rgb(other);
  return toHex([0, 1, 2].map((i) => a[i]! * (1 - weight) + b[i]! * weight) as unknown as Rgb);
}

export interface AccentPalette {
  accent: string;
  /** Hover and text on the soft shade. */
  strong: string;
  /** Backgrounds of selected and highlighted items. */
  soft: string;
}

export type AccentCheck =
  | { ok: true; palette: AccentPalette; ratio: number }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'contrast'; ratio: number };

/** The ratio rounded down to one decimal, so 4.49 never reads as "4.5". */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 10) / 10).toFixed(1);
}

export function checkAccent(text: string): AccentCheck {
  const accent = normaliseHex(text);
  if (!accent) return { ok: false, reason: 'format' };
  const ratio = Math.min(...BACKGROUNDS.map((bg) => contrast(accent, bg)));
  if (ratio < MIN_CONTRAST) return { ok: false, reason: 'contrast', ratio };
  return { ok: true, ratio, palette: { accent, strong: mix(accent, '#000000', 0.22), soft: mix(accent, '#ffffff', 0.9) } };
}

/** Puts the palette on the page through the CSSOM (not a style attribute: the Content-Security-Policy allows it). */
export function applyAccent(palette: AccentPalette, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--accent', palette.accent);
  root.style.setProperty('--accent-strong', palette.strong);
  root.style.setProperty('--accent-soft', palette.soft);
}
