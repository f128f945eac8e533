// A modal dialog keeps the keyboard inside it while open (Tab and Shift+Tab go round its controls)
// and gives focus back to what opened it when it closes: the table row or bar (found again by its
// data-entry when the chart drew it anew meanwhile), the button, the field.
import { useEffect, useState, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The controls of a container that Tab reaches, in order (hidden ones left out). */
function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

interface Opener { element: Element | null; entry: string | null }

export function useDialogFocus(dialog: RefObject<HTMLElement | null>, first?: RefObject<HTMLElement | null>): void {
  // what had focus when the dialog opened (read once, as it opens)
  const [opener] = useState<Opener>(() => {
    const element = typeof document === 'undefined' ? null : document.activeElement;
    return { element, entry: element?.getAttribute('data-entry') ?? null };
  });
  useEffect(() => {
    (first?.current ?? (dialog.current ? focusables(dialog.current)[0] : undefined))?.focus();
    const onKey = (event: KeyboardEvent) => {
      const box = dialog.current;
      if (event.key !== 'Tab' || !box) return;
      // a dialog opened from inside this one (a confirmation) keeps the keyboard itself
      const active = document.activeElement;
      const modal = active?.closest('[aria-modal="true"]');
      if (modal && modal !== box) return;
      const controls = focusables(box);
      if (controls.length === 0) return;
      const at = controls.indexOf(active as HTMLElement);
      const next = event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : at < 0 || at === controls.length - 1 ? 0 : at + 1;
      event.preventDefault();
      controls[next]!.focus();
    };
    document.addEventListener('keydown', onKey);
    const box = dialog.current;
    return () => {
      document.removeEventListener('keydown', onKey);
      // after the page has drawn itself without the dialog (closing it changes the URL, and the chart
      // may draw its bars anew): the opener, or the element of its kind that stands for the same figure
      const restore = () => {
        // not closed after all (the effect ran again), or another dialog has the keyboard now
        if (box?.isConnected || document.activeElement?.closest('[aria-modal="true"]')) return;
        const kind = opener.element?.localName ?? '*';
        const back = opener.element?.isConnected ? opener.element
          : opener.entry ? document.querySelector(`${kind}[data-entry="${CSS.escape(opener.entry)}"]`) : null;
        if (back instanceof HTMLElement || back instanceof SVGElement) back.focus();
      };
      requestAnimationFrame(() => requestAnimationFrame(restore));
    };
  }, [dialog, first, opener]);
}
