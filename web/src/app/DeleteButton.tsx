// Deleting a record asks once more, in the page (not a pop-up), and says what went wrong.
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from './ui';
import { useI18n } from '../i18n/i18n';

export function DeleteButton({ what, onDelete }: { what: string; onDelete: () => Promise<void> }) {
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
        {t('common.delete')}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={t('common.confirmDelete', { what })}>
      <p>{t('common.confirmDelete', { what })}</p>
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
          {t('common.deleteConfirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
