// The rows of a contact history, shared by a person's or organisation's section and the contacts
// page: the day, the channel, with whom (when the table spans more than one), who had the
// contact, what was said (or that the reader may not see it) and the follow-up, late ones in
// words, with a button to mark it done for those who write the register.
import { DataTable } from '../app/results';
import { Link } from '../app/router';
import { useActionFormat } from '../actions/format';
import { useI18n } from '../i18n/i18n';
import { markFollowedUp, type Interaction } from './interactionsApi';

export const today = () => new Date().toISOString().slice(0, 10);

function With({ i }: { i: Interaction }) {
  if (i.person_id) return <Link to={`/people/${i.person_id}`}>{i.person_name ?? `#${i.person_id}`}</Link>;
  if (i.organisation_id) return <Link to={`/organisations/${i.organisation_id}`}>{i.organisation_name ?? `#${i.organisation_id}`}</Link>;
  return <>–</>;
}

export function ContactTable({ items, label, showWith, canWrite, onChanged, onError }: { items: Interaction[]; label: string; showWith: boolean; canWrite: boolean; onChanged: () => void; onError: (e: unknown) => void }) {
  const { t } = useI18n();
  const f = useActionFormat();
  const day = (d: string) => f.day(d) ?? d;
  const followUp = (i: Interaction) => {
    if (!i.follow_up_on) return '–';
    if (i.followed_up) return t('interactions.followedUp', { day: day(i.follow_up_on) });
    return i.follow_up_on < today() ? t('interactions.followUpLate', { day: day(i.follow_up_on) }) : t('interactions.followUpBy', { day: day(i.follow_up_on) });
  };
  return (
    <DataTable label={label} headers={[t('interactions.day'), t('interactions.channel'), showWith && t('interactions.with'), t('interactions.by'), t('interactions.summary'), t('interactions.followUp')]}>
      {items.map((i) => (
        <tr key={i.id}>
          <td>{day(i.day)}</td>
          <td>{t(`interactions.channels.${i.channel}`)}</td>
          {showWith && (
            <td>
              <With i={i} />
            </td>
          )}
          <td>{i.by}</td>
          <td className="prewrap">{i.summary_hidden ? <span className="muted">{t('interactions.summaryHidden')}</span> : i.summary || '–'}</td>
          <td>
            {followUp(i)}
            {canWrite && i.follow_up_on && !i.followed_up && (
              <>
                {' '}
                <button type="button" className="button-secondary" onClick={() => markFollowedUp(i).then(onChanged, onError)}>
                  {t('interactions.markDone', { day: day(i.day) })}
                </button>
              </>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
