// Closed disclosures opened for printing: the paper copy carries everything the screen can show.
import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * On paper a closed <details> prints as its summary alone, a "▶ Dates for this option by region"
 * that nobody can open: the disclosures under `ref` are opened for printing and closed again afterwards.
 */
export function useOpenForPrint(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll<HTMLDetailsElement>('details:not([open])') ?? [])];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref]);
}
