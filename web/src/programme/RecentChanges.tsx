// What changed lately in the programme, on its home: "7 Dec 2026, 09:12 — kim changed the event
// “Kickoff”", newest first, each record linking to its page. The server sends only who, what
// and the record's title, never its values.
import { Link } from '../app/router';
import { interpolate } from '../app/interpolate';
import { ErrorAlert, Loading } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { getChanges } from './programmeApi';
import type { Programme, ProgrammeChange } from './types';

// Where a record of each kind is shown; the rest live on the programme's page.
function pageOf(c: ProgrammeChange): string | null {
  const id = c.record_id;
  switch (c.record_type) {
    case 'event':
      return `/events/${id}`;
    case 'action':
      return `/actions/${id}`;
    case 'action_plan':
      return `/action-plans/${id}`;
    case 'group':
      return `/groups/${id}`;
    case 'report':
      return `/reports/${id}`;
    case 'kickoff_list':
      return `/analysis/kickoff/${id}`;
    case 'initiative':
      return '/initiatives';
    case 'resource':
      return '/resources';
    default:
      return null;
  }
}

const verbs: Record<string, MessageKey> = {
  create: 'changes.created',
  update: 'changes.updated',
  delete: 'changes.deleted',
  transition: 'changes.moved',
  rate: 'changes.rated',
  unrate: 'changes.rated',
  upload: 'changes.uploaded',
  remove_file: 'changes.fileRemoved',
  sign_off: 'changes.signedOff',
  gate_passed: 'changes.gatePassed',
  gate_opened: 'changes.gateOpened',
};

const kinds = ['programme', 'phase', 'initiative', 'anchoring', 'agreement', 'event', 'action', 'action_plan', 'group', 'report', 'kickoff_list', 'resource'];

// The moment in the reader's own time zone ("7 Dec 2026, 10:12").
function moment(lang: string, at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function ChangeLine({ c }: { c: ProgrammeChange }) {
  const { t, lang } = useI18n();
  const kind = kinds.includes(c.record_type) ? t(`changes.kinds.${c.record_type}` as MessageKey) : c.record_type;
  const name = c.title ? t('changes.titled', { title: c.title }) : '';
  const target = c.action === 'delete' ? null : pageOf(c);
  const what = (
    <>
      {kind}
      {name && ' '}
      {name && (target ? <Link to={target}>{name}</Link> : name)}
    </>
  );
  return (
    <li>
      <time dateTime={c.at}>{moment(lang, c.at)}</time>: {interpolate(t(verbs[c.action] ?? 'changes.updated'), { by: c.by, what })}
    </li>
  );
}

export function RecentChanges({ programme }: { programme: Programme }) {
  const { t, lang } = useI18n();
  const changes = useAsync(() => getChanges(programme.id, lang), [programme.id, lang]);
  let body;
  if (!changes.data) body = changes.error !== undefined ? <ErrorAlert error={changes.error} /> : <Loading />;
  else if (changes.data.items.length === 0) body = <p>{t('changes.none')}</p>;
  else
    body = (
      <ul className="plain-list">
        {changes.data.items.map((c) => (
          <ChangeLine key={c.id} c={c} />
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="recent-changes" className="panel">
      <h2 id="recent-changes">{t('changes.title')}</h2>
      {body}
    </section>
  );
}
