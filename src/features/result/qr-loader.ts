// Loads the QR encoder (qr-code.ts and uqr, ~4 KB gzip) the first time someone asks for a QR
// code or prints the result, never before: most people never need one. Once loaded it is kept
// for the page's life, and every component that draws a QR code redraws at once.
import { useSyncExternalStore } from 'react';
import type * as QrCode from './qr-code';

type QrEncoder = typeof QrCode;

/** Where loading stands: failed means the chunk could not be fetched (offline before it was cached). */
export type QrEncoderState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; encoder: QrEncoder } | { kind: 'failed' };

let state: QrEncoderState = { kind: 'idle' };
let pending: Promise<QrEncoder | null> | null = null;
const listeners = new Set<() => void>();

function set(next: QrEncoderState) {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Starts loading the encoder (once) and resolves when it is there, or with null when it cannot
 * be loaded; never rejects, so a print never waits on an error. A failed load is tried again on
 * the next call.
 */
export function loadQrEncoder(): Promise<QrEncoder | null> {
  if (state.kind === 'ready') return Promise.resolve(state.encoder);
  if (pending) return pending;
  set({ kind: 'loading' });
  pending = import('./qr-code').then(
    (encoder) => {
      set({ kind: 'ready', encoder });
      return encoder;
    },
    () => {
      pending = null;
      set({ kind: 'failed' });
      return null;
    },
  );
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The encoder's loading state; it does not start loading by itself. */
export function useQrEncoder(): QrEncoderState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}
