// The connection's state in one line, announced politely when it changes: connected, checking
// over plain HTTP, or reconnecting (what one sends meanwhile still goes over HTTP).
import { useI18n } from '../i18n/i18n';
import type { FeedStatus } from './feed';

export function ConnectionStatus({ status }: { status: FeedStatus }) {
  const { t } = useI18n();
  const text = {
    connecting: t('live.status.connecting'),
    connected: t('live.status.connected'),
    polling: t('live.status.polling'),
    reconnecting: t('live.status.reconnecting'),
    ended: t('live.status.ended'),
  }[status];
  return (
    <p role="status" className={`live-status live-status-${status}`}>
      <span aria-hidden="true" className="live-status-mark">
        {status === 'connected' || status === 'polling' ? '●' : '○'}
      </span>{' '}
      {text}
    </p>
  );
}
