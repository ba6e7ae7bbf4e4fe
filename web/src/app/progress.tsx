// Work that takes more than a moment shows that it goes on, and how far it has come where the
// server counts (core/progress.h): a bar instead of a frozen page. Loading (app/ui.tsx) says
// "Still working" with the seconds after a moment; WorkProgress follows one piece of work the
// server reports on under a key this page drew.
import { useEffect, useState } from 'react';
import { ApiError, request } from './api';
import { path } from './schema';
import { useI18n, type MessageKey } from '../i18n/i18n';

// A key for ?progress=: 24 random characters the server accepts (16 to 64 of [A-Za-z0-9_-]).
export function newProgressKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_');
}

// Seconds since `running` became true (0 while it is false), ticking once a second.
export function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return seconds;
}

interface Step {
  stage: 'starting' | 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
  finished: boolean;
}

// Asks the server every `everyMs` how far the work under `progressKey` has come, while
// `running`. A server that does not know the key (another server behind a balancer) leaves
// the bar without a count.
export function useServerProgress(progressKey: string | null, running: boolean, everyMs = 500): Step | null {
  const [step, setStep] = useState<Step | null>(null);
  useEffect(() => {
    setStep(null);
    if (!running || !progressKey) return;
    // One question at a time: the next is asked a moment after the last answer, so a slow
    // server is not asked again before it has answered.
    let stopped = false;
    let timer = 0;
    const ask = async () => {
      try {
        const r = await request<Step>('GET', path('/api/v1/progress/{key}', { key: progressKey }));
        if (!stopped) setStep(r.data);
      } catch (e) {
        if (!(e instanceof ApiError)) console.warn('progress', e);
      }
      if (!stopped) timer = window.setTimeout(() => void ask(), everyMs);
    };
    timer = window.setTimeout(() => void ask(), everyMs);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [progressKey, running, everyMs]);
  return step;
}

// The bar of one piece of work: counted when the server says how far it has come, else
// running without a count; the words say the stage, the rows and the seconds so far.
export function WorkProgress({ label, step, seconds }: { label: string; step: Step | null; seconds: number }) {
  const { t, number } = useI18n();
  const counted = step !== null && step.total > 0 && (step.stage === 'checking' || step.stage === 'saving');
  const words = counted
    ? t(`progress.${step.stage}` as MessageKey, { done: number(step.done), total: number(step.total) })
    : t('progress.working');
  return (
    <div className="work-progress">
      {counted ? <progress aria-label={label} value={step.done} max={step.total} /> : <progress aria-label={label} />}
      <p className="hint">
        {words} {seconds > 0 && t('progress.seconds', { seconds: number(seconds) })}
      </p>
    </div>
  );
}
