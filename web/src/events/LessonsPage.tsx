// The register of lessons learned (/lessons). A thematic workshop opens for invitations only
// when each of its themes has a validated lesson, so validating is one button on the row.
// The theme and status filters live in the URL, so the readiness message can link here.
import { useRef, useState } from 'react';
import { AsyncContent, DataTable } from '../app/results';
import { PageTitle, SelectField, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { DeleteButton } from '../app/DeleteButton';
import { FilterForm, useListFilters } from '../app/listing';
import { useVocabulary } from '../app/vocabulary';
import { deleteLesson, getLessons, putLesson } from './eventsApi';
import { LessonForm } from './LessonForm';
import { ProblemAlert } from '../app/ProblemAlert';
import type { Lesson } from './types';

export function LessonsPage() {
  const { t, lang, label, number } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const lessons = useAsync(getLessons, []);
  const { values, field, apply, clear } = useListFilters('/lessons', ['theme', 'status']);
  const [editing, setEditing] = useState<Lesson | null>(null);
  const [message, setMessage] = useState('');
  const [rowError, setRowError] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const canWrite = session.can('plan_events');
  const themeNames = (slugs: string[]) => slugs.map((s) => vocabulary.data?.themeName(s) ?? s).join(', ');
  const short = (lesson: Lesson) => (lesson.text.length > 60 ? `${lesson.text.slice(0, 57)}…` : lesson.text);

  const validate = (lesson: Lesson) => {
    setRowError(undefined);
    putLesson(lesson, { text: lesson.text, source: lesson.source, themes: lesson.themes, status: 'validated' }).then(
      () => {
        setMessage(t('lessons.validated', { text: short(lesson) }));
        lessons.reload();
      },
      setRowError,
    );
  };
  const startEdit = (lesson: Lesson) => {
    setEditing(lesson);
    setMessage('');
    window.setTimeout(() => heading.current?.focus(), 0);
  };

  const shown = (lessons.data?.items ?? []).filter((l) => (!values.theme || l.themes.includes(values.theme)) && (!values.status || l.status === values.status));
  return (
    <>
      <PageTitle title={t('lessons.title')}>{t('lessons.title')}</PageTitle>
      <p>{t('lessons.intro')}</p>
      <FilterForm label={t('lessons.filters')} onSubmit={apply} onClear={clear}>
        <SelectField label={t('field.theme')} options={vocabulary.data?.themes ?? []} emptyLabel={t('list.any')} {...field('theme')} />
        <SelectField label={t('lessons.status')} options={(['identified', 'validated'] as const).map((s) => ({ value: s, label: label('lessonStatus', s) }))} emptyLabel={t('list.any')} {...field('status')} />
      </FilterForm>
      {message && <Status>{message}</Status>}
      {rowError !== undefined && <ProblemAlert error={rowError} />}
      <AsyncContent state={lessons}>
        {() => (
          <>
            <Status>{t('lessons.count', { count: number(shown.length) })}</Status>
            {shown.length > 0 && (
              <DataTable label={t('lessons.title')} headers={[t('lessons.text'), t('lessons.source'), t('event.themes'), t('lessons.status'), canWrite && t('common.actions')]}>
                {shown.map((l) => (
                  <tr key={l.id}>
                    <td className="prewrap">{l.text}</td>
                    <td>{l.source}</td>
                    <td>{themeNames(l.themes)}</td>
                    <td>{label('lessonStatus', l.status)}</td>
                    {canWrite && (
                      <td className="row-actions">
                        {l.status === 'identified' && (
                          <button type="button" onClick={() => validate(l)} aria-label={t('lessons.validateNamed', { text: short(l) })}>
                            {t('lessons.validate')}
                          </button>
                        )}
                        <button type="button" className="button-secondary" onClick={() => startEdit(l)} aria-label={t('common.editNamed', { name: short(l) })}>
                          {t('common.edit')}
                        </button>
                        <DeleteButton
                          what={short(l)}
                          onDelete={async () => {
                            await deleteLesson(l);
                            lessons.reload();
                          }}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
      {canWrite && (
        <LessonForm
          ref={heading}
          editing={editing}
          onCancel={() => setEditing(null)}
          onSaved={(lesson) => {
            setEditing(null);
            setMessage(t('common.savedNamed', { name: short(lesson) }));
            lessons.reload();
          }}
        />
      )}
    </>
  );
}
