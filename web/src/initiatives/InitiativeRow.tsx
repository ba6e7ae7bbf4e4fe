// One initiative in the list: what it is, its weighted score with the raters' spread per
// criterion in words and numbers, its status, and the steps the reader may take: rate it,
// accept or decline it, make its action plan.
import { useState } from 'react';
import { NoteDialog } from '../app/NoteDialog';
import { Link } from '../app/router';
import { useSession } from '../app/session';
import { ErrorAlert, TableWrap } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { makePlan, moveInitiative } from './initiativesApi';
import { criteria, RateDialog } from './RateDialog';
import type { Initiative } from './types';

function DeclineDialog({ initiative, onDone }: { initiative: Initiative; onDone: (i: Initiative) => void }) {
  const { t, lang } = useI18n();
  return (
    <NoteDialog
      label={t('initiatives.decline')}
      ariaLabel={t('initiatives.declineOf', { title: initiative.title })}
      title={t('initiatives.declineTitle')}
      subject={initiative.title}
      fieldLabel={t('initiatives.reason')}
      submitLabel={t('initiatives.decline')}
      send={(reason) => moveInitiative(initiative, 'declined', reason, lang)}
      onDone={onDone}
    />
  );
}

export function InitiativeRow({ initiative: i, rank, onChanged }: { initiative: Initiative; rank: number; onChanged: (i: Initiative) => void }) {
  const { t, lang, number } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(undefined);
  const one = (n: number) => number(Math.round(n * 10) / 10);
  const step = (work: Promise<Initiative>) => {
    setError(undefined);
    work.then(onChanged).catch(setError);
  };
  const headingId = `initiative-${i.id}`;
  return (
    <li className="initiative">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="rank">{i.score.weighted !== null ? t('initiatives.rank', { rank }) : t('initiatives.unranked')}</span> {i.title}
        </h3>
        {i.description && <p>{i.description}</p>}
        <p className="initiative-facts">
          {i.workstream_name && <>{t('initiatives.workstream', { name: i.workstream_name })} · </>}
          {t(`initiatives.status.${i.status ?? 'proposed'}`)}
          {i.status_reason && ` – ${i.status_reason}`}
        </p>
        {i.score.weighted === null ? (
          <p>{t('initiatives.noRatings')}</p>
        ) : (
          <>
            <p>
              <strong>{t('initiatives.score', { score: one(i.score.weighted), raters: i.score.raters })}</strong>
            </p>
            <TableWrap label={t('initiatives.scoresOf', { title: i.title })}>
              <table className="scores">
                <caption className="visually-hidden">{t('initiatives.scoresOf', { title: i.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('initiatives.criterionHeader')}</th>
                    <th scope="col">{t('initiatives.mean')}</th>
                    <th scope="col">{t('initiatives.range')}</th>
                    <th scope="col">{t('initiatives.spread')}</th>
                  </tr>
                </thead>
                <tbody>
                  {i.score.criteria.map((c) => (
                    <tr key={c.criterion}>
                      <th scope="row">{t(`initiatives.criterion.${c.criterion}`)}</th>
                      <td>{one(c.mean)}</td>
                      <td className="nowrap">
                        {one(c.lowest)}–{one(c.highest)}
                      </td>
                      <td>{c.spread >= 1 ? t('initiatives.apart', { spread: one(c.spread) }) : t('initiatives.agree', { spread: one(c.spread) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </>
        )}
        {i.my_rating && (
          <p>
            {t('initiatives.yourRating', {
              scores: criteria.map((c) => `${t(`initiatives.criterion.${c}`)} ${i.my_rating?.[c]}`).join(', '),
            })}
          </p>
        )}
        <div className="inline-actions">
          {session.can('rate_initiatives') && i.status === 'proposed' && <RateDialog initiative={i} onRated={onChanged} />}
          {session.can('manage_programme') && i.status === 'proposed' && (
            <>
              <button type="button" aria-label={t('initiatives.acceptOf', { title: i.title })} onClick={() => step(moveInitiative(i, 'accepted', '', lang))}>
                {t('initiatives.accept')}
              </button>
              <DeclineDialog initiative={i} onDone={onChanged} />
            </>
          )}
          {session.can('manage_programme') && i.status === 'accepted' && !i.action_plan_id && (
            <button type="button" aria-label={t('initiatives.makePlanOf', { title: i.title })} onClick={() => step(makePlan(i, lang))}>
              {t('initiatives.makePlan')}
            </button>
          )}
          {i.action_plan_id && <Link to={`/action-plans/${i.action_plan_id}`}>{t('initiatives.openPlan')}</Link>}
          {i.group_id && <Link to={`/groups/${i.group_id}`}>{t('initiatives.openGroup')}</Link>}
        </div>
        {error !== undefined && <ErrorAlert error={error} />}
      </article>
    </li>
  );
}
