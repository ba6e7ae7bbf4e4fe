// Import from CSV: the whole file is checked first (a dry run) and every error is shown with
// its line; only a clean file can then be imported, and nothing is written before that.
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, request } from '../app/api';
import { DataTable } from '../app/results';
import { ErrorAlert, PageTitle, Status } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';

// One bad row. The server words these in English and without codes today; should it send a
// code and parameters, serverMessage words them in the user's language.
export interface ImportProblem {
  line: number;
  column?: string | null;
  message: string;
  code?: string;
  params?: Record<string, string>;
}

export interface ImportResult {
  errors: ImportProblem[];
  created: number;
  updated: number;
}

type Kind = 'people' | 'organisations';

// Sends the CSV to the import endpoint; a 422 carrying line errors is a result, not a failure.
export async function runImport(kind: Kind, csv: string, dryRun: boolean): Promise<ImportResult> {
  try {
    const r = await request<ImportResult>('POST', `/api/v1/${kind}/import`, {
      query: dryRun ? { dry_run: 'true' } : undefined,
      rawBody: { text: csv, contentType: 'text/csv; charset=utf-8' },
    });
    return { errors: r.data.errors ?? [], created: r.data.created ?? 0, updated: r.data.updated ?? 0 };
  } catch (e) {
    const errors = e instanceof ApiError ? (e.problem.errors as unknown as ImportProblem[] | undefined) : undefined;
    if (e instanceof ApiError && e.status === 422 && errors?.some((x) => typeof x.line === 'number')) return { errors, created: 0, updated: 0 };
    throw e;
  }
}

export function ImportPage() {
  const { t, lang, number } = useI18n();
  const [kind, setKind] = useState<Kind>('people');
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setChecked(null);
    setDone(null);
    setError(undefined);
  };
  const check = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(new ApiError(400, { detail: t('import.noFile') }));
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      setCsv(text);
      setFileName(file.name);
      setChecked(await runImport(kind, text, true));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (csv === null) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await runImport(kind, csv, false);
      if (result.errors.length > 0) setChecked(result);
      else {
        setChecked(null);
        setDone(result);
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title={t('import.title')}>{t('import.title')}</PageTitle>
      <p>{t('import.intro')}</p>
      <details className="help">
        <summary>{t('import.columnsTitle')}</summary>
        <p>{t('import.columnsPeople')}</p>
        <p>{t('import.columnsOrganisations')}</p>
        <p>{t('import.columnsNotes')}</p>
      </details>
      <form className="form" onSubmit={check} noValidate>
        <fieldset className="field">
          <legend>{t('import.kind')}</legend>
          <div className="checkboxes">
            {(['people', 'organisations'] as Kind[]).map((k) => (
              <label key={k} className="checkbox">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); reset(); }} />
                {t(k === 'people' ? 'import.people' : 'import.organisations')}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <p className="hint" id="import-file-hint">
            {t('import.fileHint')}
          </p>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" ref={fileInput} aria-describedby="import-file-hint" onChange={reset} />
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('import.check')}
          </button>
        </div>
      </form>
      {error !== undefined && <ErrorAlert error={error} />}
      {checked && checked.errors.length > 0 && (
        <section aria-labelledby="import-errors" className="panel">
          <div role="alert">
            <h2 id="import-errors">{t('import.errorsTitle', { count: number(checked.errors.length), file: fileName })}</h2>
            <p>{t('import.nothingWritten')}</p>
          </div>
          <DataTable label={t('import.errorsTable')} headers={[t('import.line'), t('import.column'), t('import.message')]}>
            {checked.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.line}</td>
                <td>{e.column ?? ''}</td>
                <td>{serverMessage(lang, e)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
      {checked && checked.errors.length === 0 && (
        <section aria-labelledby="import-ready" className="panel">
          <h2 id="import-ready">{t('import.readyTitle')}</h2>
          <Status>{t('import.ready', { created: number(checked.created), updated: number(checked.updated) })}</Status>
          <div className="actions">
            <button type="button" onClick={() => void commit()} disabled={busy}>
              {t('import.confirm')}
            </button>
            <button type="button" className="button-secondary" onClick={reset}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
      {done && <Status>{t('import.done', { created: number(done.created), updated: number(done.updated) })}</Status>}
    </>
  );
}
