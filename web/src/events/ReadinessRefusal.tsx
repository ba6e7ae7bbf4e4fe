// What the readiness gate said: a thematic workshop opens for invitations only when each of
// its themes has a validated lesson. Names the themes still without one and links to the
// lessons register filtered to each, so the planner can validate one there.
import { forwardRef } from 'react';
import { ApiError } from '../app/api';
import { Link } from '../app/router';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';

// The themes a readiness refusal names (code no_validated_lesson, its `themes` parameter "a, b"),
// or null when `error` is not one. Only the event's own themes are taken from the parameter.
export function themesWithoutLesson(error: unknown, eventThemes: string[]): string[] | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const problem = error.problem.errors?.find((e) => e.field === 'themes' && e.code === 'no_validated_lesson');
  if (!problem) return null;
  const named = (problem.params?.themes ?? '').split(/[,\n]/).map((s) => s.trim());
  const known = named.filter((slug) => eventThemes.includes(slug));
  return known.length > 0 ? known : eventThemes;
}

export const ReadinessRefusal = forwardRef<HTMLDivElement, { themes: string[] }>(function ReadinessRefusal({ themes }, ref) {
  const { t, lang } = useI18n();
  const vocabulary = useVocabulary(lang);
  const name = (slug: string) => vocabulary.data?.themeName(slug) ?? slug;
  return (
    <div role="alert" className="alert alert-error" tabIndex={-1} ref={ref} id="readiness-refusal">
      <h3>{t('readiness.title')}</h3>
      <p>{t('readiness.intro')}</p>
      <ul>
        {themes.map((slug) => (
          <li key={slug}>
            {name(slug)} –{' '}
            <Link to={`/lessons?theme=${encodeURIComponent(slug)}`}>{t('readiness.lessonsFor', { theme: name(slug) })}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
});
