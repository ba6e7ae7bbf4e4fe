// The "Relationships" part of a person's or organisation's page: every tie with the other
// end (a link to their page), the type, direction, strength, dates and source; for roles that
// may change the register, Add, and Edit and Delete on each row, each in a dialog. What
// happened is announced; after a delete, focus goes to the section's heading, as the row
// and its buttons are gone.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import { DialogButton } from '../app/Dialog';
import { AsyncContent } from '../app/results';
import { Link } from '../app/router';
import type { Tie, TieList } from '../app/schema';
import { ErrorAlert, Status, TableWrap } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useSession } from '../app/session';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { stakeholderPath } from '../app/stakeholderSearch';
import { TieForm } from './TieForm';
import { deleteTie, getTies, isSelf, otherEnd, type Self } from './ties';

function usePeriod() {
  const { t } = useI18n();
  return (tie: Tie): string => {
    if (tie.starts_on && tie.ends_on) return `${tie.starts_on} – ${tie.ends_on}`;
    if (tie.starts_on) return t('ties.since', { date: tie.starts_on });
    if (tie.ends_on) return t('ties.until', { date: tie.ends_on });
    return '';
  };
}

function DeleteTie({ self, tie, onDeleted, onStale }: { self: Self; tie: Tie; onDeleted: () => void; onStale: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const other = otherEnd(tie, self).name ?? '';
  const confirm = () => {
    setBusy(true);
    setError(undefined);
    deleteTie(tie).then(onDeleted, (e) => {
      // Someone else deleted it first: it is gone, as asked.
      if (e instanceof ApiError && e.status === 404) return onDeleted();
      setBusy(false);
      setError(e);
      // Someone changed it meanwhile: show the list as it is now, to decide again.
      if (e instanceof ApiError && e.status === 412) onStale();
    });
  };
  return (
    <DialogButton label={t('common.delete')} ariaLabel={t('ties.deleteNamed', { name: other })} className="button-danger" role="alertdialog" title={t('ties.deleteTitle')} onOpenChange={() => setError(undefined)}>
      {(close) => (
        <>
          <p>{t('ties.deleteQuestion', { type: t(`network.type.${tie.type}` as MessageKey).toLowerCase(), a: self.name, b: other })}</p>
          {error !== undefined &&
            (error instanceof ApiError && error.status === 412 ? (
              <ErrorAlert>
                <p>{t('ties.deleteStale')}</p>
              </ErrorAlert>
            ) : (
              <ErrorAlert error={error} />
            ))}
          <div className="actions">
            <button type="button" className="button-danger" disabled={busy} onClick={confirm}>
              {t('common.deleteConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={close} autoFocus>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </DialogButton>
  );
}

function TiesTable({ self, list, canWrite, onSaved, onDeleted, onStale }: { self: Self; list: TieList; canWrite: boolean; onSaved: (tie: Tie) => void; onDeleted: (tie: Tie) => void; onStale: () => void }) {
  const { t, compare } = useI18n();
  const period = usePeriod();
  const rows = [...list.items].sort((a, b) => compare(otherEnd(a, self).name ?? '', otherEnd(b, self).name ?? ''));
  const direction = (tie: Tie): MessageKey => (!tie.directed ? 'ties.dir.both' : isSelf(tie.from, self) ? 'ties.dir.outgoing' : 'ties.dir.incoming');
  return (
    <TableWrap label={t('ties.tableLabel', { name: self.name })}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ties.with')}</th>
            <th scope="col">{t('ties.type')}</th>
            <th scope="col">{t('ties.direction')}</th>
            <th scope="col">{t('ties.strength')}</th>
            <th scope="col">{t('ties.period')}</th>
            <th scope="col">{t('ties.source')}</th>
            {canWrite && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((tie) => {
            const other = otherEnd(tie, self);
            const name = other.name ?? '';
            return (
              <tr key={tie.id}>
                <th scope="row" className="plain-row-header">
                  <Link to={stakeholderPath(other.kind, other.id)}>{name}</Link>
                  {other.kind === 'organisation' && <span className="muted cell-note">{t('network.organisation')}</span>}
                </th>
                <td>
                  {t(`network.type.${tie.type}` as MessageKey)}
                  {tie.note && <span className="muted cell-note prewrap">{tie.note_special ? `${tie.note} (${t('field.notesSpecialShort')})` : tie.note}</span>}
                </td>
                <td>{t(direction(tie))}</td>
                <td className="nowrap">{t(`ties.strength.${tie.strength}` as MessageKey)}</td>
                <td className="nowrap">{period(tie) || <span className="muted">{t('ties.noDates')}</span>}</td>
                <td>
                  {t(`ties.source.${tie.source}` as MessageKey)}
                  {tie.reported_by && <span className="muted cell-note">{tie.reported_by}</span>}
                </td>
                {canWrite && (
                  <td>
                    <div className="row-actions">
                      <DialogButton label={t('common.edit')} ariaLabel={t('ties.editNamed', { name })} title={t('ties.editNamed', { name })}>
                        {(close) => (
                          <TieForm
                            self={self}
                            tieId={tie.id}
                            onCancel={close}
                            onSaved={(saved) => {
                              close();
                              onSaved(saved);
                            }}
                          />
                        )}
                      </DialogButton>
                      <DeleteTie self={self} tie={tie} onDeleted={() => onDeleted(tie)} onStale={onStale} />
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function TiesSection({ self }: { self: Self }) {
  const { t } = useI18n();
  const session = useSession();
  const canWrite = session.can('write_register');
  const ties = useAsync(() => getTies(self), [self.kind, self.id]);
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusHeading, setFocusHeading] = useState(0);
  useEffect(() => {
    if (focusHeading > 0) heading.current?.focus();
  }, [focusHeading]);
  const name = (tie: Tie) => otherEnd(tie, self).name ?? '';
  const saved = (tie: Tie) => {
    setSaid(t('ties.saved', { name: name(tie) }));
    ties.reload();
  };
  const deleted = (tie: Tie) => {
    // The row goes at once (with the dialog in it), then the list is read again.
    if (ties.data) ties.setData({ ...ties.data, items: ties.data.items.filter((x) => x.id !== tie.id), total: ties.data.total - 1 });
    setSaid(t('ties.deleted', { name: name(tie) }));
    setFocusHeading((n) => n + 1);
    ties.reload();
  };
  return (
    <section aria-labelledby="ties-heading" className="panel">
      <h2 id="ties-heading" ref={heading} tabIndex={-1}>
        {t('ties.title')}
      </h2>
      <p className="hint">{t('ties.intro')}</p>
      {said && <Status>{said}</Status>}
      <AsyncContent state={ties}>
        {(list) =>
          list.items.length === 0 ? (
            <p>{t('ties.none')}</p>
          ) : (
            <TiesTable self={self} list={list} canWrite={canWrite} onSaved={saved} onDeleted={deleted} onStale={ties.reload} />
          )
        }
      </AsyncContent>
      {canWrite && (
        <div className="actions">
          <DialogButton label={t('ties.add')} className="" title={t('ties.addTitle', { name: self.name })}>
            {(close) => (
              <TieForm
                self={self}
                onCancel={close}
                onSaved={(tie) => {
                  close();
                  saved(tie);
                }}
              />
            )}
          </DialogButton>
        </div>
      )}
    </section>
  );
}
