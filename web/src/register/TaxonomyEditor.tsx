// What the themes and country groups pages share: one row at a time is edited in the form
// below the table (which takes focus), each row's Edit and Delete buttons, and that form.
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { FormMessages } from '../app/RecordFormParts';
import { fieldBinder, useRecordForm } from '../app/useRecordForm';
import { invalidateVocabulary } from '../app/vocabulary';

export function useTaxonomyEditor<T, F extends Record<string, string>>({ blank, fieldsOf, save, remove, savedMessage, reload }: {
  blank: F;
  fieldsOf: (record: T) => F;
  save: (editing: T | null, fields: F) => Promise<T>;
  remove: (record: T) => Promise<unknown>;
  savedMessage: (saved: T) => string;
  reload: () => void;
}) {
  const { lang } = useI18n();
  const [editing, setEditing] = useState<T | null>(null);
  const [fields, setFields] = useState(blank);
  const [saved, setSaved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRecordForm(
    () => save(editing, fields),
    (record) => {
      invalidateVocabulary();
      setSaved(savedMessage(record));
      setEditing(null);
      setFields(blank);
      reload();
    },
  );
  const startEdit = (record: T) => {
    setEditing(record);
    setFields(fieldsOf(record));
    setSaved('');
    window.setTimeout(() => heading.current?.focus(), 0);
  };
  const cancel = () => {
    setEditing(null);
    setFields(blank);
  };
  const deleteRecord = async (record: T) => {
    await remove(record);
    invalidateVocabulary();
    reload();
  };
  const field = fieldBinder(fields, setFields, form.fieldErrors, lang);
  return { editing, saved, heading, form, field, startEdit, cancel, deleteRecord };
}

export type TaxonomyEditor = ReturnType<typeof useTaxonomyEditor>;

// The Edit and Delete buttons of a row, named by the record's `name`.
export function RowActions<T>({ editor, record, name }: { editor: { startEdit: (record: T) => void; deleteRecord: (record: T) => Promise<void> }; record: T; name: string }) {
  const { t } = useI18n();
  return (
    <td className="row-actions">
      <button type="button" className="button-secondary" onClick={() => editor.startEdit(record)} aria-label={t('common.editNamed', { name })}>
        {t('common.edit')}
      </button>
      <DeleteButton what={name} onDelete={() => editor.deleteRecord(record)} />
    </td>
  );
}

export function TaxonomyForm({ editor, headingId, heading, labels, children }: {
  editor: Pick<TaxonomyEditor, 'heading' | 'form' | 'cancel'> & { editing: unknown };
  headingId: string;
  heading: string;
  labels: Record<string, string>;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId} tabIndex={-1} ref={editor.heading}>
        {heading}
      </h2>
      <FormMessages form={editor.form} labels={labels} />
      <form onSubmit={editor.form.onSubmit} className="form" noValidate>
        {children}
        <div className="actions">
          <button type="submit" disabled={editor.form.busy}>
            {t('common.save')}
          </button>
          {editor.editing !== null && (
            <button type="button" className="button-secondary" onClick={editor.cancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
