// Import from CSV or an Excel workbook (its first sheet): the whole file is checked first (a dry
// run) and every error is shown with its line; only a clean file can then be imported, and
// nothing is written before that. The server reads both formats, so the file goes as it is.
import { newProgressKey, useElapsedSeconds, useServerProgress, WorkProgress } from '../app/progress';
import { SectorOrToComplete, isToComplete } from './ToComplete';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, request } from '../app/api';
import { DataTable } from '../app/results';
import { ErrorAlert, PageTitle, Status } from '../app/ui';
import { serverMessage, useI18n, type MessageKey } from '../i18n/i18n';

// One bad row (or a notice: a column left out), with the code and parameters serverMessage
// words in the user's language.
export interface ImportProblem {
  line: number;
  column?: string | null;
  message: string;
  code?: string;
  params?: Record<string, string>;
}

// How the server read one header: the field it fills (null: left out), and whether that was
// chosen in the mapping rather than matched by the header's name.
export interface MappedColumn {
  header: string;
  field: string | null;
  chosen: boolean;
}

export interface ImportResult {
  errors: ImportProblem[];
  columns?: MappedColumn[];
  // Columns samla does not know: left out, and the rest imported.
  warnings: ImportProblem[];
  created: number;
  updated: number;
  // Organisations a people sheet names that the register lacks: created with the people.
  organisationsCreated: NewOrganisation[];
  // What else the sheet adds ("assessments": 12, the importing user's judgements).
  added: Record<string, number>;
}

export interface NewOrganisation {
  line: number;
  name: string;
  country: string | null;
  sector: string | null;
  level: string | null;
}

type Kind = 'people' | 'organisations';
type Separator = '|' | ';' | ',';

// The fields a column can fill, in the order the import documentation lists them.
export const importFields: Record<Kind, string[]> = {
  people: ['name', 'email', 'title', 'organisation', 'country', 'perspectives', 'themes', 'languages', 'tags', 'notes', 'phone', 'mapped_by', 'mapping_reason', 'sector', 'level', ...assessmentFields()],
  organisations: ['name', 'sector', 'level', 'country', 'parent', 'website', ...assessmentFields()],
};

// Columns that become an assessment of the row's stakeholder by the importing user.
function assessmentFields(): string[] {
  return ['influence', 'interest', 'attitude', 'legitimacy', 'urgency', 'assessed_on', 'assessment_rationale'];
}

// What the user chose in the mapping step: header → field, or '' to leave it out.
export interface ImportChoices {
  columns?: Record<string, string>;
  separator?: Separator;
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// An Excel workbook by its name or type; anything else is sent as CSV.
export function isWorkbook(file: { name: string; type: string }): boolean {
  return file.type === xlsxType || /\.xlsx$/i.test(file.name);
}

// Sends the file to the import endpoint; a 422 carrying line errors is a result, not a failure.
export async function runImport(kind: Kind, file: string | Blob, dryRun: boolean, workbook = false, choices: ImportChoices = {}, progress?: string): Promise<ImportResult> {
  const columns = choices.columns && Object.keys(choices.columns).length > 0 ? JSON.stringify(choices.columns) : undefined;
  const separator = choices.separator && choices.separator !== '|' ? choices.separator : undefined;
  try {
    const r = await request<ImportResult>('POST', `/api/v1/${kind}/import`, {
      query: { dry_run: dryRun ? 'true' : undefined, columns, separator, progress },
      rawBody: { data: file, contentType: workbook ? xlsxType : 'text/csv; charset=utf-8' },
    });
    return {
      errors: r.data.errors ?? [],
      warnings: r.data.warnings ?? [],
      columns: r.data.columns ?? [],
      created: r.data.created ?? 0,
      updated: r.data.updated ?? 0,
      organisationsCreated: (r.data as { organisations_created?: NewOrganisation[] }).organisations_created ?? [],
      added: (r.data as { added?: Record<string, number> }).added ?? {},
    };
  } catch (e) {
    const problem = e instanceof ApiError ? (e.problem as { errors?: unknown; warnings?: unknown; columns?: unknown }) : undefined;
    const errors = problem?.errors as ImportProblem[] | undefined;
    const warnings = (problem?.warnings as ImportProblem[] | undefined) ?? [];
    const columns = (problem?.columns as MappedColumn[] | undefined) ?? [];
    if (e instanceof ApiError && e.status === 422 && errors?.some((x) => typeof x.line === 'number')) return { errors, warnings, columns, created: 0, updated: 0, organisationsCreated: [], added: {} };
    throw e;
  }
}

export function ImportPage() {
  const { t, lang, number } = useI18n();
  const [kind, setKind] = useState<Kind>('people');
  const [sheet, setSheet] = useState<File | null>(null);
  const [fileName, setFileName] = useState('');
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [progressKey, setProgressKey] = useState<string | null>(null);
  const step = useServerProgress(progressKey, busy);
  const seconds = useElapsedSeconds(busy);
  const [choices, setChoices] = useState<ImportChoices>({});
  const fileInput = useRef<HTMLInputElement>(null);

  // One check or import at a time, with a bar the server fills as it goes (core/progress.h).
  const working = async (work: (progress: string) => Promise<void>) => {
    const key = newProgressKey();
    setProgressKey(key);
    setBusy(true);
    try {
      await work(key);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setProgressKey(null);
    }
  };

  const reset = () => {
    setChecked(null);
    setDone(null);
    setError(undefined);
    setChoices({});
  };
  // Checks the file again with the mapping and separator as now chosen.
  const recheck = async (next: ImportChoices) => {
    if (sheet === null) return;
    setChoices(next);
    setError(undefined);
    await working(async (progress) => setChecked(await runImport(kind, sheet, true, isWorkbook(sheet), next, progress)));
  };
  const check = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError(new ApiError(400, { detail: t('import.noFile') }));
      return;
    }
    setSheet(file);
    setFileName(file.name);
    await working(async (progress) => setChecked(await runImport(kind, file, true, isWorkbook(file), {}, progress)));
  };
  const commit = async () => {
    if (sheet === null) return;
    setError(undefined);
    await working(async (progress) => {
      const result = await runImport(kind, sheet, false, isWorkbook(sheet), choices, progress);
      if (result.errors.length > 0) setChecked(result);
      else {
        setChecked(null);
        setDone(result);
      }
    });
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
          <input id="import-file" name="file" type="file" accept={`.csv,text/csv,.xlsx,${xlsxType}`} ref={fileInput} aria-describedby="import-file-hint" onChange={reset} />
        </div>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('import.check')}
          </button>
        </div>
      </form>
      {busy && <WorkProgress label={t('import.progressLabel')} step={step} seconds={seconds} />}
      {error !== undefined && <ErrorAlert error={error} />}
      {checked && (checked.columns?.length ?? 0) > 0 && (
        <section aria-labelledby="import-mapping" className="panel">
          <h2 id="import-mapping">{t('import.mappingTitle')}</h2>
          <p>{t('import.mappingIntro')}</p>
          <DataTable label={t('import.mappingTitle')} headers={[t('import.fileColumn'), t('import.samlaField')]}>
            {checked.columns!.map((c, i) => (
              <tr key={`${c.header}-${i}`}>
                <td>{c.header}</td>
                <td>
                  <select
                    aria-label={t('import.fieldFor', { column: c.header })}
                    value={c.field ?? ''}
                    disabled={busy}
                    onChange={(e) => void recheck({ ...choices, columns: { ...choices.columns, [c.header]: e.target.value } })}
                  >
                    <option value="">{t('import.leaveOut')}</option>
                    {importFields[kind].map((f) => (
                      <option key={f} value={f}>
                        {t(`import.field.${f}` as MessageKey)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </DataTable>
          <div className="field">
            <label htmlFor="import-separator">{t('import.separator')}</label>
            <select id="import-separator" value={choices.separator ?? '|'} disabled={busy} onChange={(e) => void recheck({ ...choices, separator: e.target.value as Separator })}>
              <option value="|">{t('import.separatorBar')}</option>
              <option value=";">{t('import.separatorSemicolon')}</option>
              <option value=",">{t('import.separatorComma')}</option>
            </select>
          </div>
        </section>
      )}
      {checked && checked.warnings.length > 0 && (
        <section aria-labelledby="import-ignored" className="panel">
          <h2 id="import-ignored">{t('import.ignoredTitle')}</h2>
          <p>{t('import.ignored', { columns: checked.warnings.map((w) => w.column ?? '').join(', ') })}</p>
        </section>
      )}
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
          {(checked.added.assessments ?? 0) > 0 && <p>{t('import.assessmentsReady', { count: number(checked.added.assessments ?? 0) })}</p>}
          {checked.organisationsCreated.length > 0 && (
            <>
            <h3 id="import-new-organisations">{t('import.newOrganisations', { count: number(checked.organisationsCreated.length) })}</h3>
            {checked.organisationsCreated.some(isToComplete) && <p>{t('import.toCompleteNote')}</p>}
            <DataTable
              label={t('import.newOrganisations', { count: number(checked.organisationsCreated.length) })}
              headers={[t('import.line'), t('import.field.organisation'), t('import.field.country'), t('import.field.sector'), t('import.field.level')]}
            >
              {checked.organisationsCreated.map((o) => (
                <tr key={`${o.name}\n${o.country ?? ''}`}>
                  <td>{o.line}</td>
                  <td>{o.name}</td>
                  <td>{o.country ?? ''}</td>
                  <td><SectorOrToComplete group="sector" value={o.sector} /></td>
                  <td><SectorOrToComplete group="level" value={o.level} /></td>
                </tr>
              ))}
            </DataTable>
            </>
          )}
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
      {done && (
        <Status>
          {t('import.done', { created: number(done.created), updated: number(done.updated) })}
          {(done.added.assessments ?? 0) > 0 && ` ${t('import.assessmentsDone', { count: number(done.added.assessments ?? 0) })}`}
          {done.organisationsCreated.length > 0 && ` ${t('import.organisationsDone', { count: number(done.organisationsCreated.length) })}`}
        </Status>
      )}
    </>
  );
}
