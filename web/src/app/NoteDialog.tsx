// A button that opens a dialog asking for one note (why a criterion holds, why an initiative is
// declined) and sends it: the dialog closes when the server accepts, and shows its error
// otherwise, with what was typed kept.
import { useState } from 'react';
import { DialogButton } from './Dialog';
import { ErrorAlert, TextArea } from './ui';
import { useI18n } from '../i18n/i18n';

export interface NoteDialogProps<T> {
  label: string;
  ariaLabel: string;
  title: string;
  // What the note is about, shown above the field.
  subject: string;
  fieldLabel: string;
  hint?: string;
  submitLabel: string;
  send: (note: string) => Promise<T>;
  onDone: (answer: T) => void;
}

export function NoteDialog<T>({ label, ariaLabel, title, subject, fieldLabel, hint, submitLabel, send, onDone }: NoteDialogProps<T>) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  return (
    <DialogButton label={label} ariaLabel={ariaLabel} title={title}>
      {(close) => (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setError(undefined);
            send(note)
              .then((answer) => {
                close();
                onDone(answer);
              })
              .catch(setError);
          }}
        >
          <p>{subject}</p>
          <TextArea label={fieldLabel} hint={hint} value={note} onChange={(e) => setNote(e.target.value)} required name="note" />
          {error !== undefined && <ErrorAlert error={error} />}
          <div className="actions">
            <button type="submit">{submitLabel}</button>
            <button type="button" className="button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </DialogButton>
  );
}
