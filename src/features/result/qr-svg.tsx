// A QR code drawn as SVG from the encoder's path. Colours are SVG attributes, not style
// attributes: the CSP (style-src 'self') blocks inline styles, not presentation attributes.
import { useMemo } from 'react';
import type { QrEncoderState } from './qr-loader';

export interface QrSvgProps {
  encoder: Extract<QrEncoderState, { kind: 'ready' }>['encoder'];
  text: string;
  /** The accessible name: what the code holds, since nobody can read it out. */
  label: string;
  className?: string;
}

/** Black on white whatever the theme or the printer's background setting: phone cameras need the contrast. */
export function QrSvg({ encoder, text, label, className }: QrSvgProps) {
  const { size, path } = useMemo(() => encoder.qrDrawing(text), [encoder, text]);
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
