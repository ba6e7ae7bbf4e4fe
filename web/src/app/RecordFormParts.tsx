// Pieces of the record forms: the messages above the form, the page around a person's or
// organisation's form, and the page shown when the record could not be loaded.
import type { ReactNode } from 'react';
import { Link } from './router';
import { ErrorAlert, ErrorSummary, PageTitle } from './ui';
import { useI18n } from '../i18n/i18n';
import type { RecordForm } from './useRecordForm';

// The summary of field errors, any other error, and the message that someone else saved the
// record meanwhile (with a way to load their version, if given).
export function FormMessages({ form, labels, onLoadLatest }: { form: RecordForm; labels: Record<string, string>; onLoadLatest?: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorSummary errors={form.fieldErrors} labels={labels} />
      {form.error !== undefined && <ErrorAlert error={form.error} />}
      {form.stale && (
        <ErrorAlert>
          <p>{t('error.stale')}</p>
          {onLoadLatest && (
            <button type="button" className="button-secondary" onClick={() => { form.clearStale(); onLoadLatest(); }}>
              {t('common.loadLatest')}
            </button>
          )}
        </ErrorAlert>
      )}
    </>
  );
}

export function RecordLoadError({ title, error }: { title: string; error: unknown }) {
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <ErrorAlert error={error} />
    </>
  );
}

// A record's create/edit page: the way back, the title, the messages, the fields given as
// children, then Save, and Cancel going back.
export function RecordFormPage({ back, backLabel, title, form, labels, onLoadLatest, children }: {
  back: string;
  backLabel: string;
  title: string;
  form: RecordForm;
  labels: Record<string, string>;
  onLoadLatest: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>{backLabel}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <FormMessages form={form} labels={labels} onLoadLatest={onLoadLatest} />
      <form onSubmit={form.onSubmit} className="form" noValidate>
        {children}
        <div className="actions">
          <button type="submit" disabled={form.busy}>
            {t('common.save')}
          </button>
          <Link to={back} className="button-link button-secondary">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
