// The connection's state in one line: connected, checking over plain HTTP, or reconnecting (what
// one sends meanwhile still goes over HTTP). Only a lasting change between connected and lost is
// announced, politely, once it has held for a few seconds: a line that flickers is not read out
// at every flip, nor is the state the page opened with.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { FeedStatus } from './feed';

export const announceAfter = 3000;

// Whether a status counts as connected (null: neither, the session has ended).
export function isUp(status: FeedStatus): boolean | null {
  if (status === 'ended') return null;
  return status === 'connected' || status === 'polling';
}

export function ConnectionStatus({ status }: { status: FeedStatus }) {
  const { t } = useI18n();
  const text = {
    connecting: t('live.status.connecting'),
    connected: t('live.status.connected'),
    polling: t('live.status.polling'),
    reconnecting: t('live.status.reconnecting'),
    ended: t('live.status.ended'),
  }[status];
  const up = isUp(status);
  // What was last settled (undefined: nothing yet) and what is said.
  const settled = useRef<boolean | null | undefined>(undefined);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (up === null) return;
    const timer = window.setTimeout(() => {
      // The first settled state is the page's opening: shown, not announced.
      if (settled.current !== undefined && settled.current !== up) setSaid(up ? t('live.status.back') : t('live.status.lost'));
      settled.current = up;
    }, announceAfter);
    return () => window.clearTimeout(timer);
    // Announced when the connection comes or goes only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [up]);
  return (
    <>
      <p className={`live-status live-status-${status}`}>
        <span aria-hidden="true" className="live-status-mark">
          {up ? '●' : '○'}
        </span>{' '}
        {text}
      </p>
      <p role="status" className="visually-hidden">
        {said}
      </p>
    </>
  );
}
