// The QR encoder, in its own chunk: the app imports this file only through loadQrEncoder
// (qr-loader.ts), when someone asks for a QR code or prints, so nobody else downloads it.
// uqr (Project Nayuki's generator) returns the modules as a matrix; we draw them ourselves
// as one SVG path, so no markup string is ever injected and the CSP needs no exception.
import { encode } from 'uqr';

/** A QR code ready to draw: one path of 1×1 squares in a `size`×`size` box, quiet zone included. */
export interface QrDrawing {
  size: number;
  path: string;
}

/** Four modules of white around the code, as ISO/IEC 18004 asks, so phone cameras find its edges. */
const QUIET_ZONE = 4;

/**
 * `text` as a QR code. Error correction M (15 %): a printed page may be creased or smudged, and a
 * share link (a few hundred ASCII characters) still fits comfortably at that level.
 */
export function qrDrawing(text: string): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let path = '';
  data.forEach((row, y) => {
    // Runs of dark modules become one rectangle each: a few times shorter than one per module.
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, path };
}
