// Deleting a record (or another step that cannot be undone, named by `label` and `question`)
// asks once more, in the page (not a pop-up), and says what went wrong.
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from './ui';
import { useI18n } from '../i18n/i18n';

export function DeleteButton({ what, onDelete, label, question }: { what: string; onDelete: () => Promise<void>; label?: string; question?: string }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className="button-danger" onClick={() => setAsking(true)}>
        {label ?? t('common.delete')}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={question ?? t('common.confirmDelete', { what })}>
      <p>{question ?? t('common.confirmDelete', { what })}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      <div className="actions">
        <button
          ref={confirmRef}
          type="button"
          className="button-danger"
          onClick={() => {
            setError(undefined);
            onDelete().catch(setError);
          }}
        >
          {label ?? t('common.deleteConfirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
