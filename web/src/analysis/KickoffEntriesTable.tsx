// A kickoff list's entries: who, why they are on the list, their priority and quadrant, and
// whether they are still included. Removed entries stay, marked with the reason, so the list
// keeps the record of what was decided. Coordinators remove and restore here.
import { useState } from 'react';
import { Link } from '../app/router';
import { Status, TableWrap } from '../app/ui';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/i18n';
import { useVocabulary } from '../app/vocabulary';
import { useAnalysisFormat } from '../app/format';
import { KickoffEntryDecision } from './KickoffEntryDecision';
import { subjectPath } from './subjects';
import type { KickoffEntry, KickoffList } from './types';

function StatusCell({ entry }: { entry: KickoffEntry }) {
  const { t } = useI18n();
  if (entry.status === 'included') return <>{t('kickoff.statusIncluded')}</>;
  return (
    <>
      <strong>{t('kickoff.statusRemoved')}</strong>
      {entry.removed_reason && <span className="cell-note">{t('kickoff.because', { reason: entry.removed_reason })}</span>}
      {entry.changed_by && <span className="cell-note muted">{t('kickoff.changedBy', { name: entry.changed_by })}</span>}
    </>
  );
}

export function KickoffEntriesTable({ list, onChanged, onReload }: { list: KickoffList; onChanged: (list: KickoffList) => void; onReload: () => void }) {
  const { t, lang, label } = useI18n();
  const session = useSession();
  const vocabulary = useVocabulary(lang);
  const { decimal } = useAnalysisFormat();
  const [deciding, setDeciding] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  // A final list's entries stay as they are until it is opened as a draft again.
  const canDecide = session.can('assess_stakeholders') && list.status === 'draft';
  const included = list.entries.filter((e) => e.status === 'included').length;
  return (
    <>
      <Status>{message || t('kickoff.entryCount', { included, total: list.entries.length })}</Status>
      <TableWrap label={t('kickoff.entries')}>
        <table className="entries-table">
          <thead>
            <tr>
              <th scope="col">{t('field.name')}</th>
              <th scope="col">{t('field.country')}</th>
              <th scope="col">{t('kickoff.reason')}</th>
              <th scope="col">{t('analysis.priority')}</th>
              <th scope="col">{t('analysis.quadrant')}</th>
              <th scope="col">{t('kickoff.status')}</th>
              {canDecide && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {list.entries.map((e) => (
              <tr key={e.id} className={e.status === 'removed' ? 'entry-removed' : undefined}>
                <th scope="row">
                  <Link to={subjectPath(e)}>{e.name}</Link>
                  {e.organisation_name && e.subject_type === 'person' && <span className="cell-note muted">{e.organisation_name}</span>}
                </th>
                <td>{vocabulary.data?.countryName(e.country) ?? e.country ?? ''}</td>
                <td>
                  {e.reason_text}
                  {e.note && <span className="cell-note">{t('kickoff.note', { note: e.note })}</span>}
                </td>
                <td>{e.priority === null ? <span className="muted">{t('kickoff.notAssessed')}</span> : decimal(e.priority)}</td>
                <td>{e.quadrant ? label('quadrant', e.quadrant) : <span className="muted">{t('kickoff.notAssessed')}</span>}</td>
                <td>
                  <StatusCell entry={e} />
                </td>
                {canDecide && (
                  <td>
                    {deciding === e.id ? (
                      <KickoffEntryDecision
                        list={list}
                        entry={e}
                        onReload={onReload}
                        onCancel={() => setDeciding(null)}
                        onChanged={(next) => {
                          setDeciding(null);
                          setMessage(e.status === 'included' ? t('kickoff.removed', { name: e.name }) : t('kickoff.restored', { name: e.name }));
                          onChanged(next);
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={e.status === 'included' ? t('kickoff.removeNamed', { name: e.name }) : t('kickoff.restoreNamed', { name: e.name })}
                        onClick={() => setDeciding(e.id)}
                      >
                        {e.status === 'included' ? t('kickoff.remove') : t('kickoff.restore')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
