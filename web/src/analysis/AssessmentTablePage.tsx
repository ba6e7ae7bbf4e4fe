// The assessment table: many stakeholders assessed from the keyboard. Rows are people or
// organisations (the "kind" filter), filtered like the register; each row's cells are the five
// scores and relevance to each theme chosen (a column each; the theme filtered on to start); type a
// number, Tab to the next cell, and at the row's end Tab goes on to the next row (Enter moves
// down the column). "Save" keeps every row with something typed in as a new dated assessment,
// all or none (POST /api/v1/assessments/batch), and shows each mistake on its cell. Beside each
// name: how many have assessed them, and whether their assessors disagree about the quadrant.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { api, ApiError, type FieldErrors } from '../app/api';
import { Link } from '../app/router';
import { path, type OrganisationPage, type PersonPage } from '../app/schema';
import { CheckboxGroup, ErrorAlert, ErrorSummary, PageTitle, SelectField, Status, TableWrap, TextField } from '../app/ui';
import { AsyncContent } from '../app/results';
import { useAsync } from '../app/useAsync';
import { FilterForm, Pager, useListFilters } from '../app/listing';
import { today } from '../app/format';
import { livedExperience, perspectives, useVocabulary } from '../app/vocabulary';
import { useSession } from '../app/session';
import { serverMessage, useI18n } from '../i18n/i18n';
import { CommonFilters } from '../register/CollectionPage';
import { cellErrors, cellKey, relevanceColumn, subjectKey, toBatch, type Column, type RowCells, type Subject } from './assessmentTable';
import { useProgrammeAsync, useProgrammeScope } from '../app/ProgrammeScope';
import { getStakeholders } from './analysisApi';
import { scales } from './scales';
import type { Assessment, StakeholderView } from './types';

const filterKeys = ['kind', 'q', 'country', 'country_group', 'sector', 'perspective', 'theme'];

// One row: whom it assesses, their name and page, and a word about them (a person's
// organisation).
interface Row {
  subject: Subject;
  key: string;
  name: string;
  to: string;
  note: string | null;
}

// The page of people or organisations the filters ask for, as rows. Organisations have no
// perspective or theme of expertise, so those filters are not sent for them.
async function rowsFor(values: Record<string, string>, lang: string): Promise<{ rows: Row[]; total: number; next: string | null }> {
  const { kind, perspective, theme, ...common } = values;
  if (kind === 'organisations') {
    const page = await api.get<OrganisationPage>(path('/api/v1/organisations'), { ...common, sort: 'name', limit: 50, lang });
    const rows = page.items.map((o) => ({ subject: { type: 'organisation' as const, id: o.id }, key: subjectKey({ type: 'organisation', id: o.id }), name: o.name, to: `/organisations/${o.id}`, note: null }));
    return { rows, total: page.total, next: page.next ?? null };
  }
  const page = await api.get<PersonPage>(path('/api/v1/people'), { ...common, perspective, theme, sort: 'name', limit: 50, lang });
  const rows = page.items.map((p) => ({ subject: { type: 'person' as const, id: p.id }, key: subjectKey({ type: 'person', id: p.id }), name: p.name, to: `/people/${p.id}`, note: p.organisation_name ?? null }));
  return { rows, total: page.total, next: page.next ?? null };
}

export function AssessmentTablePage() {
  const { t, lang, label, number } = useI18n();
  const session = useSession();
  const { list, values, field, apply, clear } = useListFilters('/analysis/assess', filterKeys);
  const vocabulary = useVocabulary(lang);
  const people = useAsync(() => rowsFor(values, lang), [JSON.stringify(values), lang]);
  const scope = useProgrammeScope();
  const views = useProgrammeAsync(scope, (programmeId) => getStakeholders({}, lang, programmeId), [lang]);
  const [cells, setCells] = useState<Record<string, RowCells>>({});
  const [assessedOn, setAssessedOn] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // The themes with a relevance column: the one filtered on to start with, then as chosen.
  const [themes, setThemes] = useState<string[]>(values.theme ? [values.theme] : []);
  // A theme filtered on later gets its column too.
  useEffect(() => {
    if (values.theme) setThemes((chosen) => (chosen.includes(values.theme) ? chosen : [...chosen, values.theme]));
  }, [values.theme]);
  const columns: Column[] = [...scales.map((s) => s.name), ...themes.map(relevanceColumn)];
  const columnName = (c: Column) => {
    if (!c.startsWith('relevance:')) return t(scales.find((s) => s.name === c)!.label);
    const theme = c.slice('relevance:'.length);
    return t('assessTable.relevanceTo', { theme: vocabulary.data?.themeName(theme) ?? theme });
  };
  const viewOf = new Map<string, StakeholderView>((views.data?.items ?? []).map((v) => [subjectKey({ type: v.subject_type, id: v.subject_id }), v]));
  const rows = people.data?.rows ?? [];
  const names = new Map(rows.map((r) => [r.key, r.name]));
  const allowedPerspectives = perspectives.filter((p) => p !== livedExperience || session.can('read_special_category'));

  const setCell = (subject: string, column: Column, text: string) => {
    setCells((all) => ({ ...all, [subject]: { ...all[subject], [column]: text } }));
    setSaved(undefined);
  };

  const focusCell = (row: number, column: Column) => {
    const target = rows[row];
    const cell = target && document.getElementById(`field-${cellKey(target.key, column)}`);
    if (cell) cell.focus();
    return Boolean(cell);
  };
  // Enter moves down the column, Shift+Enter up: typing one score for many people. Tab from a
  // row's last score goes straight to the next row's first (Shift+Tab is left alone, so the
  // names' links stay within reach).
  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, column: Column) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      focusCell(row + (e.shiftKey ? -1 : 1), column);
    } else if (e.key === 'Tab' && !e.shiftKey && column === columns[columns.length - 1]) {
      if (focusCell(row + 1, columns[0])) e.preventDefault();
    }
  };

  async function save() {
    const batch = toBatch(
      rows.map((r) => ({ subject: r.subject, cells: cells[r.key] ?? {} })),
      assessedOn,
      themes,
      {
        required: (min, max) => t('assessTable.required', { min, max }),
        range: (min, max) => t('assessTable.range', { min, max }),
      },
    );
    setFailure(undefined);
    setSaved(undefined);
    setErrors(batch.errors);
    if (Object.keys(batch.errors).length > 0 || batch.items.length === 0) {
      if (batch.items.length === 0) setFailure(new Error(t('assessTable.nothingTyped')));
      document.getElementById('error-summary')?.focus();
      return;
    }
    setBusy(true);
    try {
      const answer = await api.post<{ items: Assessment[] }>(path('/api/v1/assessments/batch'), { items: batch.items });
      setCells((all) => Object.fromEntries(Object.entries(all).filter(([key]) => !batch.subjects.includes(key))));
      setSaved(answer.items.length);
      views.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const mapped = cellErrors(e.problem.errors ?? [], batch.subjects);
        setErrors(mapped);
        if (Object.keys(mapped).length === 0) setFailure(e);
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  }

  // The summary names each wrong cell by its person and column.
  const summaryLabels: Record<string, string> = {};
  for (const key of Object.keys(errors)) {
    const [id, column] = [key.slice(0, key.indexOf('-')), key.slice(key.indexOf('-') + 1) as Column];
    summaryLabels[key] = `${names.get(id) ?? id} – ${columnName(column)}`;
  }

  return (
    <>
      <PageTitle title={t('assessTable.title')}>{t('assessTable.title')}</PageTitle>
      <p>{t('assessTable.intro')}</p>
      <FilterForm label={t('assessTable.filters')} onSubmit={apply} onClear={clear}>
        <SelectField
          label={t('assessTable.kind')}
          options={[
            { value: 'people', label: t('assessTable.kindPeople') },
            { value: 'organisations', label: t('assessTable.kindOrganisations') },
          ]}
          {...field('kind')}
        />
        <CommonFilters field={field} vocabulary={vocabulary.data} />
        <SelectField label={t('field.perspective')} options={allowedPerspectives.map((p) => ({ value: p, label: label('perspective', p) }))} emptyLabel={t('list.any')} {...field('perspective')} />
        <SelectField label={t('field.theme')} hint={t('assessTable.themeHint')} options={vocabulary.data?.themes ?? []} emptyLabel={t('list.any')} {...field('theme')} />
      </FilterForm>
      <CheckboxGroup legend={t('assessTable.relevanceColumns')} name="relevance_columns" options={vocabulary.data?.themes ?? []} values={themes} onChange={setThemes} />
      <ErrorSummary errors={errors} labels={summaryLabels} />
      {failure !== undefined && <ErrorAlert error={failure} />}
      <TextField label={t('assess.date')} type="date" name="assessed_on" required max={today()} value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} hint={t('assessTable.dateHint')} />
      <AsyncContent state={people}>
        {(page) => (
          <>
            <Status>{t('assessTable.count', { count: number(page.total) })}</Status>
            {page.rows.length > 0 && (
              <TableWrap label={t('assessTable.title')}>
                <table className="assessment-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('field.name')}</th>
                      <th scope="col">{t('assessTable.now')}</th>
                      {columns.map((c) => (
                        <th scope="col" key={c}>
                          {columnName(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {page.rows.map((p, rowIndex) => {
                      const view = viewOf.get(p.key);
                      return (
                        <tr key={p.key}>
                          <th scope="row">
                            <Link to={p.to}>{p.name}</Link>
                            {p.note && <span className="muted"> · {p.note}</span>}
                          </th>
                          <td>
                            {!view ? t('assessTable.notAssessed') : t('assessTable.assessors', { count: number(view.assessors) })}
                            {view?.assessors === 1 && <span className="flag"> {t('assessTable.oneAssessor')}</span>}
                            {view?.straddles_threshold && <span className="flag"> {t('assessTable.disagree')}</span>}
                          </td>
                          {columns.map((c) => {
                            const key = cellKey(p.key, c);
                            const error = errors[key];
                            return (
                              <td key={c}>
                                <input
                                  id={`field-${key}`}
                                  className="score-input"
                                  type="text"
                                  inputMode="numeric"
                                  autoComplete="off"
                                  size={3}
                                  aria-label={`${columnName(c)}, ${p.name}`}
                                  aria-invalid={error ? true : undefined}
                                  aria-describedby={error ? `error-${key}` : undefined}
                                  value={cells[p.key]?.[c] ?? ''}
                                  onChange={(e) => setCell(p.key, c, e.target.value)}
                                  onKeyDown={(e) => onKey(e, rowIndex, c)}
                                />
                                {error && (
                                  <span id={`error-${key}`} className="field-error">
                                    {serverMessage(lang, error)}
                                  </span>
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableWrap>
            )}
            <Pager shown={page.rows.length} total={page.total} next={page.next} list={list} />
          </>
        )}
      </AsyncContent>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t('assessTable.save')}
        </button>
      </div>
      {saved !== undefined && <Status>{saved === 1 ? t('assessTable.savedOne') : t('assessTable.saved', { count: number(saved) })}</Status>}
    </>
  );
}
