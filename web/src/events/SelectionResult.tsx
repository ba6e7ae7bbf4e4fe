// One solved selection: a summary announced when it appears, which quota rows are missed and
// by how much when they conflict, who was chosen and why, how well each quota is met, and (for
// planners) proposing the chosen people as invitations.
import { forwardRef, useState } from 'react';
import { Link } from '../app/router';
import { Status } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { useOrganisationOptions, useVocabulary } from '../app/vocabulary';
import { ChosenTable } from './ChosenTable';
import { proposeInvitations } from './eventsApi';
import { ProblemAlert } from '../app/ProblemAlert';
import { QuotaTable } from './QuotaTable';
import { useQuotaLabel } from './quotaLabels';
import type { Selection } from './types';

export const SelectionResult = forwardRef<HTMLHeadingElement, { selection: Selection }>(function SelectionResult({ selection }, heading) {
  const { t, lang, number, dateTime } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const organisations = useOrganisationOptions(lang);
  const [proposed, setProposed] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const names = {
    country: (code: string) => vocabulary.data?.countryName(code) ?? code,
    organisation: (id: string) => organisations.data?.find((o) => o.value === id)?.label,
    group: (slug: string) => vocabulary.data?.groups.find((g) => g.value === slug)?.label ?? slug,
  };
  const rowLabel = useQuotaLabel(selection, names);
  const missed = selection.quotas.filter((r) => r.met === false);
  const propose = () => {
    setBusy(true);
    setError(undefined);
    proposeInvitations(selection.event_id, { selection_id: selection.id })
      .then((list) => setProposed(list.items.length), setError)
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="selection-result-heading" className="panel">
      <h2 id="selection-result-heading" tabIndex={-1} ref={heading}>
        {t('selection.resultTitle', { id: selection.id })}
      </h2>
      <p className="muted">
        {t('selection.resultMeta', { when: dateTime(selection.created_at), who: selection.created_by ?? '', pool: number(selection.pool_size ?? 0) })}
      </p>
      <Status>
        {t('selection.summary', { count: number(selection.chosen.length) })}{' '}
        {missed.length === 0 ? t('selection.allMet') : t('selection.someMissed', { count: number(missed.length), shortfall: number(selection.total_shortfall ?? 0) })}
      </Status>
      {missed.length > 0 && (
        <div className="alert alert-error">
          <h3>{t('selection.conflictTitle')}</h3>
          <p>{t('selection.conflictIntro')}</p>
          <ul>
            {missed.map((r, i) => (
              <li key={i}>{t('selection.missedRow', { row: rowLabel(r), shortfall: number(r.shortfall ?? 0), chosen: number(r.chosen ?? 0) })}</li>
            ))}
          </ul>
        </div>
      )}
      {!selection.proven_optimal && <p>{t('selection.notProven')}</p>}
      <h3>{t('selection.chosenTitle')}</h3>
      <ChosenTable selection={selection} rowLabel={rowLabel} countryName={names.country} />
      <h3>{t('selection.quotasTitle')}</h3>
      {selection.quotas.length === 0 ? <p>{t('quotas.none')}</p> : <QuotaTable rows={selection.quotas} rowLabel={rowLabel} />}
      {session.can('plan_events') && (
        <div className="actions">
          <button type="button" onClick={propose} disabled={busy || proposed !== null}>
            {t('selection.propose')}
          </button>
        </div>
      )}
      {error !== undefined && <ProblemAlert error={error} />}
      {proposed !== null && (
        <Status>
          {t('selection.proposed', { count: number(proposed) })} <Link to={`/events/${selection.event_id}/invitations`}>{t('selection.toInvitations')}</Link>
        </Status>
      )}
    </section>
  );
});
