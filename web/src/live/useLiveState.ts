// A live session's state in a page, kept up to date through a LiveFeed: read once, then again
// whenever the feed says something changed. Reads never overlap: changes that arrive while one
// runs are answered by one more read after it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { backoffDelay, LiveFeed, type CatchUp, type FeedStatus } from './feed';
import type { ActivityState, LiveState } from './types';

export interface LiveStateOptions {
  // Reads the whole state.
  load: () => Promise<LiveState>;
  // The socket's address, or null to not connect (yet).
  url: string | null;
  hello: (since: number) => Record<string, unknown>;
  poll: (since: number) => Promise<CatchUp>;
  isGone: (error: unknown) => boolean;
  // Milliseconds between two reads, from the state last read (none: read at once).
  rest?: (state: LiveState | undefined) => number;
}

export interface LiveStateHandle {
  state: LiveState | undefined;
  error: unknown;
  status: FeedStatus;
  // The session is over for this reader (closed, or the token gone).
  ended: boolean;
  reload: () => void;
  // Takes an activity's state a write answered, until the next read.
  replaceActivity: (activity: LiveState['activities'][number]) => void;
}

// An activity a write answered, and the number of that write (writes are counted as they come).
export interface Written {
  activity: ActivityState;
  write: number;
}

// A state read that started when `startedAt` writes had come: an activity written after that is
// taken from the write's answer (the read may have been answered before the write and would undo
// it: the statement just voted on back as the next one, an upvote no longer pressed). The next
// read, which the write's own change brings, has it.
export function withWrites(read: LiveState, written: Map<number, Written>, startedAt: number): LiveState {
  const newer = [...written.values()].filter((w) => w.write > startedAt);
  if (newer.length === 0) return read;
  const byId = new Map(newer.map((w) => [w.activity.id, w.activity]));
  return { ...read, activities: read.activities.map((a) => (byId.has(a.id) ? { ...a, ...byId.get(a.id) } : a)) };
}

// A function that runs `run` now, or once more after the current run when called meanwhile; a
// run starts at least `rest()` milliseconds after the one before it.
export function coalesced(run: () => Promise<void>, rest: () => number = () => 0): () => void {
  let running = false;
  let again = false;
  let lastStart = Number.NEGATIVE_INFINITY;
  const go = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const wait = lastStart + rest() - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        lastStart = Date.now();
        await run();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void go();
}

// How long a participant's page rests between two reads of the state: in a big room every
// change would otherwise send every phone to read the whole session at once. A facilitator's
// console and the presenter read at once.
export function participantRest(participants: number, random: () => number = Math.random): number {
  if (participants > 200) return 3000 + random() * 1000;
  if (participants > 50) return 1000 + random() * 500;
  return 0;
}

export function useLiveState(options: LiveStateOptions): LiveStateHandle {
  const [state, setState] = useState<LiveState | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [status, setStatus] = useState<FeedStatus>('connecting');
  const [ended, setEnded] = useState(false);
  const latest = useRef(options);
  latest.current = options;
  const feed = useRef<LiveFeed | null>(null);
  const alive = useRef(true);

  const current = useRef<LiveState | undefined>(undefined);
  current.current = state;
  // The writes answered so far, and the latest answer per activity (see withWrites).
  const writes = useRef(0);
  const written = useRef(new Map<number, Written>());
  const read = useCallback(async () => {
    const startedAt = writes.current;
    const next = await latest.current.load();
    const merged = withWrites(next, written.current, startedAt);
    // Writes this read started after are in it.
    for (const [id, w] of written.current) if (w.write <= startedAt) written.current.delete(id);
    return merged;
  }, []);
  const reload = useRef(
    coalesced(
      async () => {
        try {
          const next = await read();
          if (!alive.current) return;
          feed.current?.noteSeq(next.session.seq);
          setState(next);
          setError(undefined);
        } catch (e) {
          if (!alive.current) return;
          if (latest.current.isGone(e)) setEnded(true);
          else setError(e);
        }
      },
      () => latest.current.rest?.(current.current) ?? 0,
    ),
  ).current;

  const { url } = options;
  useEffect(() => {
    alive.current = true;
    if (!url) return;
    setEnded(false);
    const f = new LiveFeed(
      {
        url,
        hello: (since) => latest.current.hello(since),
        poll: (since) => latest.current.poll(since),
        isGone: (e) => latest.current.isGone(e),
        onStale: reload,
        onStatus: setStatus,
        onEnded: () => {
          // One more read: a closed session's console still shows; a participant's token is gone.
          reload();
        },
      },
      0,
    );
    feed.current = f;
    // The state first, then the feed from the number it was read at. A first read that fails
    // is tried again, after a growing pause.
    let cancelled = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const first = (attempt: number) => {
      read().then(
        (state) => {
          if (cancelled) return;
          setState(state);
          setError(undefined);
          f.noteSeq(state.session.seq);
          f.start();
        },
        (e) => {
          if (cancelled) return;
          if (latest.current.isGone(e)) {
            setEnded(true);
            return;
          }
          setError(e);
          retry = setTimeout(() => first(attempt + 1), backoffDelay(attempt + 2));
        },
      );
    };
    first(0);
    const online = () => f.retryNow();
    const offline = () => f.lost();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      cancelled = true;
      alive.current = false;
      clearTimeout(retry);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      f.stop();
      feed.current = null;
    };
  }, [url, reload, read]);

  const replaceActivity = useCallback((activity: LiveState['activities'][number]) => {
    writes.current += 1;
    written.current.set(activity.id, { activity, write: writes.current });
    setState((s) => (s ? { ...s, activities: s.activities.map((a) => (a.id === activity.id ? { ...a, ...activity } : a)) } : s));
  }, []);

  return { state, error, status, ended, reload, replaceActivity };
}
