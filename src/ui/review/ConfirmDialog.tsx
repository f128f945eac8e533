// A question that must be answered before something is removed: OK or Cancel (Escape cancels).
import { useEffect, useRef, type ReactElement } from 'react';
import { useDialogFocus } from '../a11y/use-dialog-focus.ts';
import { useWords } from '../i18n/lang.tsx';

export function ConfirmDialog({ message, onConfirm, onCancel }: { message: string; onConfirm: () => void; onCancel: () => void }): ReactElement {
  const { t } = useWords();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useDialogFocus(dialogRef, cancelRef);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onCancel();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onCancel]);
  return (
    <div className="overlay confirm-overlay">
      <div className="confirm" role="alertdialog" aria-modal="true" aria-describedby="confirm-message" ref={dialogRef}>
        <p id="confirm-message">{message}</p>
        <div className="confirm-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>{t.cancel}</button>
          <button type="button" className="danger" onClick={onConfirm}>{t.confirm}</button>
        </div>
      </div>
    </div>
  );
}
