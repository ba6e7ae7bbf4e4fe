// Small shared building blocks: page titles, labelled fields with their errors, messages
// announced to screen readers, and the scrollable table wrapper.
import { useEffect, useId, type ReactNode, type InputHTMLAttributes, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { ApiError, type FieldErrors } from './api';
import { serverMessage, useI18n, type MessageKey } from '../i18n/i18n';
import { useElapsedSeconds } from './progress';

// The page's one h1; also names the browser tab. Focus moves here after navigation.
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} – samla`;
  }, [title]);
  return (
    <h1 tabIndex={-1} id="page-title">
      {children}
    </h1>
  );
}

interface FieldShell {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

function useFieldIds(error?: string, hint?: string, name?: string) {
  const generated = useId();
  // Named fields get a stable id so the error summary can link to them.
  const id = name ? `field-${name}` : generated;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function FieldFrame({ id, label, hint, hintId, error, errorId, required, children }: FieldShell & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('form.required')})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

// A labelled text input; `name` is also the API field whose error it shows.
export function TextField({ label, error, hint, required, ...input }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(error, hint, input.name);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required}>
      <input id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} required={required} {...input} />
    </FieldFrame>
  );
}

export function TextArea({ label, error, hint, required, ...input }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(error, hint, input.name);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required}>
      <textarea id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} required={required} {...input} />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, error, hint, required, options, emptyLabel, ...select }: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; emptyLabel?: string }) {
  const ids = useFieldIds(error, hint, select.name);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required}>
      <select id={ids.id} aria-describedby={ids.describedBy} aria-invalid={error ? true : undefined} required={required} {...select}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

// A group of checkboxes for a multi-valued field (perspectives, themes).
export function CheckboxGroup({ legend, name, options, values, onChange, error }: { legend: string; name: string; options: Option[]; values: string[]; onChange: (values: string[]) => void; error?: string }) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} aria-describedby={errorId} id={`field-${name}`}>
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="checkboxes">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={values.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// One choice of a few, as radio buttons in a fieldset whose legend asks the question; its
// error is read with the group (aria-describedby) and the summary links to it (#field-name).
export function RadioGroup({ legend, name, options, value, onChange, error, required }: { legend: string; name: string; options: Option[]; value: string; onChange: (value: string) => void; error?: string; required?: boolean }) {
  const { t } = useI18n();
  const errorId = error ? `field-${name}-error` : undefined;
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'} id={`field-${name}`} aria-describedby={errorId}>
      <legend>
        {legend}
        {required && <span className="required"> ({t('form.required')})</span>}
      </legend>
      {error && (
        <p className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="radio-stack">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// A message announced politely when it appears (results, saved, …).
export function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="status">
      {children}
    </p>
  );
}

// The text to show for a failed request, in the user's language.
// The server's reason is shown where it says more than the status: "3 people have this theme as
// expertise", "Only coordinators change a group's lead". Its plain words for a whole kind of
// failure ("No such record.") say less than the app's own, which are kept.
const plainServerWords = new Set(['no_such_record', 'clashes_with_stored', 'role_may_not', 'no_such_path', 'changed_meanwhile']);
const reasonStatuses = new Set([403, 404, 409, 429]);

export function useErrorText() {
  const { t, lang } = useI18n();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('error.unexpected');
    const { code, params, detail } = error.problem;
    if (reasonStatuses.has(error.status) && code && !plainServerWords.has(code))
      return serverMessage(lang, { code, params, message: detail ?? t('error.unexpected') });
    const byStatus: Record<number, MessageKey> = {
      0: 'error.network',
      401: 'error.unauthorized',
      403: 'error.forbidden',
      404: 'error.notFound',
      409: 'error.conflict',
      412: 'error.stale',
      413: 'error.tooLarge',
      429: 'error.rateLimited',
    };
    const key = byStatus[error.status];
    if (key) return t(key);
    if (error.status === 422) return t('error.invalid');
    if (error.status >= 500) return t('error.server');
    return error.problem.detail ?? t('error.unexpected');
  };
}

// An error announced at once (role=alert).
export function ErrorAlert({ error, children }: { error?: unknown; children?: ReactNode }) {
  const text = useErrorText();
  return (
    <div role="alert" className="alert alert-error">
      {error !== undefined && <p>{text(error)}</p>}
      {children}
    </div>
  );
}

// The list of field errors at the top of a form, each linking to its field.
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }) {
  const { t, lang } = useI18n();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error" id="error-summary" tabIndex={-1}>
      <h2>{t('form.errorSummary')}</h2>
      <ul>
        {entries.map(([field, error]) => (
          <li key={field}>
            <a href={`#field-${field}`}>
              {labels[field] ?? field}: {serverMessage(lang, error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

// A wide table that scrolls sideways on a phone; focusable so keyboard users can scroll it.
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

// After a moment, says that the work goes on and for how long, so a slow answer (the first
// computation of a large network, a report) is not mistaken for a frozen page.
export function Loading() {
  const { t, number } = useI18n();
  const seconds = useElapsedSeconds(true);
  if (seconds < 2) return <p className="loading">{t('common.loading')}</p>;
  return (
    <div className="loading work-progress">
      <progress aria-label={t('common.loading')} />
      <p>{t('progress.stillWorking', { seconds: number(seconds) })}</p>
    </div>
  );
}
