// The outbox (/outbox): every message samla has written (invitations, and the weekly summaries
// and reminders about actions), newest first, with what kind each is, its body behind a
// button, and the whole outbox as an mbox file to send or archive elsewhere.
import { useState } from 'react';
import { AsyncContent, DataTable } from '../app/results';
import { PageTitle, Status } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { getOutbox, outboxExportUrl } from './eventsApi';
import { languageName } from './eventVocabulary';
import type { OutboxMessage } from './types';

const kindKeys: Record<OutboxMessage['kind'], MessageKey> = {
  invitation: 'outbox.kindInvitation',
  digest: 'outbox.kindDigest',
  reminder: 'outbox.kindReminder',
  own_page: 'outbox.kindOwnPage',
};

export function OutboxPage() {
  const { t, lang, dateTime, number } = useI18n();
  const messages = useAsync(() => getOutbox(), []);
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <PageTitle title={t('outbox.title')}>{t('outbox.title')}</PageTitle>
      <p>{t('outbox.intro')}</p>
      <p className="export-links">
        <a className="button-link" href={outboxExportUrl()} download>
          {t('outbox.export')}
        </a>
      </p>
      <AsyncContent state={messages}>
        {(page) => (
          <>
            <Status>{t('outbox.count', { count: number(page.total) })}</Status>
            {page.items.length > 0 && (
              <DataTable label={t('outbox.title')} headers={[t('outbox.recipient'), t('outbox.subject'), t('outbox.kind'), t('outbox.language'), t('outbox.status'), t('outbox.created')]}>
                {page.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.to_name}
                      <span className="cell-note muted">{m.to_email}</span>
                    </td>
                    <td>
                      {m.subject}
                      <div>
                        <button type="button" className="button-secondary" aria-expanded={open === m.id} aria-label={open === m.id ? t('outbox.hideNamed', { name: m.to_name }) : t('outbox.showNamed', { name: m.to_name })} onClick={() => setOpen(open === m.id ? null : m.id)}>
                          {open === m.id ? t('outbox.hide') : t('outbox.show')}
                        </button>
                      </div>
                      {open === m.id && (
                        <pre className="message-body" lang={m.language}>
                          {m.body}
                        </pre>
                      )}
                    </td>
                    <td>{kindKeys[m.kind] ? t(kindKeys[m.kind]) : m.kind}</td>
                    <td>{languageName(lang, m.language)}</td>
                    <td>
                      {m.status === 'sent' ? t('outbox.sent') : m.status === 'failed' ? t('outbox.failed') : t('outbox.queued')}
                      {m.sent_at && <span className="cell-note muted">{dateTime(m.sent_at)}</span>}
                      {m.error && <span className="cell-note">{m.error}</span>}
                    </td>
                    <td>{dateTime(m.created_at)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
