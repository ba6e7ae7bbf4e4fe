import { afterChange, backoffDelay, caughtUp, LiveFeed, pollDelay, type CatchUp, type FeedStatus, type SocketLike } from './feed';
import type { ActivityState, LiveState } from './types';
import { coalesced, participantRest, withWrites, type Written } from './useLiveState';
import { clockOffset } from './serverClock';

describe('catching up', () => {
  it('reads the state again only for a change it has not had', () => {
    expect(afterChange(4, { seq: 5, kind: 'input_added' })).toEqual({ seq: 5, stale: true, ended: false });
    expect(afterChange(5, { seq: 5, kind: 'input_added' })).toEqual({ seq: 5, stale: false, ended: false });
    expect(afterChange(7, { seq: 6 })).toEqual({ seq: 7, stale: false, ended: false });
    expect(afterChange(7, { seq: 8, kind: 'session_closed' })).toEqual({ seq: 8, stale: true, ended: true });
  });

  it('takes a welcome or an HTTP answer: newer changes, or an answer that is not complete, mean reading again', () => {
    expect(caughtUp(3, { seq: 3, changes: [] })).toEqual({ seq: 3, stale: false, ended: false });
    expect(caughtUp(3, { seq: 5, complete: true, changes: [{ seq: 4, kind: 'activity_open' }, { seq: 5, kind: 'input_added' }] })).toEqual({ seq: 5, stale: true, ended: false });
    // Changes it already had (one may come twice) do not count.
    expect(caughtUp(5, { seq: 5, changes: [{ seq: 5, kind: 'input_added' }] }).stale).toBe(false);
    expect(caughtUp(2, { seq: 502, complete: false, changes: [] }).stale).toBe(true);
    expect(caughtUp(2, { seq: 3, changes: [{ seq: 3, kind: 'session_closed' }] }).ended).toBe(true);
    // Never goes back.
    expect(caughtUp(9, { seq: 4, changes: [] }).seq).toBe(9);
  });

  it('waits longer after each failed attempt, up to ten seconds, spread', () => {
    expect(backoffDelay(0, 1)).toBe(500);
    expect(backoffDelay(0, 0)).toBe(250);
    expect(backoffDelay(1, 1)).toBe(1000);
    expect(backoffDelay(3, 1)).toBe(4000);
    expect(backoffDelay(10, 1)).toBe(10_000);
    expect(backoffDelay(50, 0)).toBe(5000);
  });

  it('asks over HTTP about every two seconds, spread, and less often after failures', () => {
    expect(pollDelay(0, 2000, 0.5)).toBe(2000);
    expect(pollDelay(0, 2000, 0)).toBe(1500);
    expect(pollDelay(0, 2000, 1)).toBe(2500);
    expect(pollDelay(1, 2000, 0.5)).toBe(4000);
    expect(pollDelay(3, 2000, 0.5)).toBe(16_000);
    expect(pollDelay(20, 2000, 0.5)).toBe(30_000);
  });
});

class FakeSocket implements SocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  sent: unknown[] = [];
  closed = false;
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.({});
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop() {
    this.onclose?.({});
  }
}

describe('a live feed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp(poll: (since: number) => Promise<CatchUp> = () => Promise.reject(new Error('offline'))) {
    const sockets: FakeSocket[] = [];
    const statuses: FeedStatus[] = [];
    const stale = vi.fn();
    const ended = vi.fn();
    const polled: number[] = [];
    const feed = new LiveFeed(
      {
        url: 'ws://x/api/v1/live/ws?code=ABC234',
        hello: (since) => ({ type: 'hello', token: 't', since }),
        poll: (since) => {
          polled.push(since);
          return poll(since);
        },
        onStale: stale,
        onStatus: (s) => statuses.push(s),
        onEnded: ended,
        isGone: (e) => e instanceof Error && e.message === 'gone',
        openSocket: () => {
          const s = new FakeSocket();
          sockets.push(s);
          return s;
        },
        pingEvery: 20_000,
        random: () => 0.5,
      },
      7,
    );
    return { feed, sockets, statuses, stale, ended, polled };
  }

  it('says hello with the last number, and reads again on a new change', () => {
    const { feed, sockets, statuses, stale } = setUp();
    feed.start();
    sockets[0].open();
    expect(sockets[0].sent).toEqual([{ type: 'hello', token: 't', since: 7 }]);
    sockets[0].receive({ type: 'welcome', seq: 7, complete: true, changes: [] });
    expect(statuses).toEqual(['connected']);
    expect(stale).not.toHaveBeenCalled();
    sockets[0].receive({ type: 'change', seq: 8, kind: 'input_added', activity_id: 1 });
    sockets[0].receive({ type: 'change', seq: 8, kind: 'input_added', activity_id: 1 });
    expect(stale).toHaveBeenCalledTimes(1);
    expect(feed.lastSeq).toBe(8);
    feed.stop();
  });

  it('reconnects after a drop, asks over HTTP meanwhile, and catches up from where it was', async () => {
    const { feed, sockets, statuses, stale, polled } = setUp();
    feed.start();
    sockets[0].open();
    sockets[0].receive({ type: 'welcome', seq: 7, changes: [] });
    sockets[0].receive({ type: 'change', seq: 9, kind: 'activity_open' });
    expect(stale).toHaveBeenCalledTimes(1);
    sockets[0].drop();
    expect(statuses.at(-1)).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(0);
    expect(polled).toEqual([9]);
    // The first new attempt comes within half a second.
    await vi.advanceTimersByTimeAsync(500);
    expect(sockets).toHaveLength(2);
    sockets[1].open();
    expect(sockets[1].sent[0]).toEqual({ type: 'hello', token: 't', since: 9 });
    sockets[1].receive({ type: 'welcome', seq: 11, complete: true, changes: [{ seq: 10, kind: 'activity_closed' }, { seq: 11, kind: 'activity_open' }] });
    expect(statuses.at(-1)).toBe('connected');
    expect(stale).toHaveBeenCalledTimes(2);
    // Connected again: no more asking over HTTP.
    const asked = polled.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(polled.length).toBe(asked);
    feed.stop();
  });

  it('keeps up over HTTP every two seconds when the socket never opens', async () => {
    let seq = 7;
    const { feed, sockets, statuses, stale, polled } = setUp((since) => Promise.resolve({ seq, complete: true, changes: seq > since ? [{ seq, kind: 'input_added' }] : [] }));
    feed.start();
    sockets[0].drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['reconnecting', 'polling']);
    expect(stale).not.toHaveBeenCalled();
    seq = 8;
    await vi.advanceTimersByTimeAsync(2000);
    expect(stale).toHaveBeenCalledTimes(1);
    expect(polled.slice(0, 2)).toEqual([7, 7]);
    expect(feed.lastSeq).toBe(8);
    feed.stop();
  });

  it('ends when the HTTP catch-up says the token is gone, or the session closes', async () => {
    const gone = setUp(() => Promise.reject(new Error('gone')));
    gone.feed.start();
    gone.sockets[0].drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(gone.ended).toHaveBeenCalledTimes(1);
    expect(gone.statuses.at(-1)).toBe('ended');

    const closed = setUp();
    closed.feed.start();
    closed.sockets[0].open();
    closed.sockets[0].receive({ type: 'welcome', seq: 7, changes: [] });
    closed.sockets[0].receive({ type: 'change', seq: 8, kind: 'session_closed' });
    expect(closed.stale).toHaveBeenCalledTimes(1);
    expect(closed.ended).toHaveBeenCalledTimes(1);
    expect(closed.sockets[0].closed).toBe(true);
  });

  it('ends when the hello is refused', () => {
    const { feed, sockets, ended } = setUp();
    feed.start();
    sockets[0].open();
    sockets[0].receive({ type: 'error', status: 404, body: { code: 'live_participant_not_valid' } });
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('takes a hello refused for another reason (a 500, a 422) for a failed connection: drops it, asks over HTTP, reconnects', async () => {
    for (const status of [500, 422, 429]) {
      const { feed, sockets, statuses, ended, polled } = setUp(() => Promise.resolve({ seq: 7, complete: true, changes: [] }));
      feed.start();
      sockets[0].open();
      sockets[0].receive({ type: 'error', status, body: {} });
      expect(ended).not.toHaveBeenCalled();
      expect(sockets[0].closed).toBe(true);
      expect(statuses[0]).toBe('reconnecting');
      await vi.advanceTimersByTimeAsync(0);
      expect(polled).toEqual([7]);
      expect(statuses.at(-1)).toBe('polling');
      await vi.advanceTimersByTimeAsync(500);
      expect(sockets).toHaveLength(2);
      feed.stop();
    }
  });

  it('takes a socket not welcomed within ten seconds for a failed connection', async () => {
    const { feed, sockets, statuses, polled } = setUp(() => Promise.resolve({ seq: 7, complete: true, changes: [] }));
    feed.start();
    sockets[0].open();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(polled).toEqual([]);
    expect(sockets[0].closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets[0].closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(polled).toEqual([7]);
    expect(statuses.at(-1)).toBe('polling');
    // A welcomed socket is not timed out.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sockets).toHaveLength(2);
    sockets[1].open();
    sockets[1].receive({ type: 'welcome', seq: 7, changes: [] });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(sockets[1].closed).toBe(false);
    expect(statuses.at(-1)).toBe('connected');
    feed.stop();
  });

  it('never runs two polling loops: a catch-up in flight when the socket is welcomed stops there', async () => {
    const answers: ((a: CatchUp) => void)[] = [];
    const { feed, sockets, polled } = setUp(() => new Promise((resolve) => answers.push(resolve)));
    feed.start();
    sockets[0].drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(polled).toHaveLength(1);
    // A new socket is welcomed while the first catch-up is on its way, then drops again.
    await vi.advanceTimersByTimeAsync(500);
    sockets[1].open();
    sockets[1].receive({ type: 'welcome', seq: 7, changes: [] });
    sockets[1].drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(polled).toHaveLength(2);
    // The old catch-up answers: its loop ends; only the new one goes on.
    answers[0]({ seq: 7, changes: [] });
    answers[1]({ seq: 7, changes: [] });
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(2000);
    expect(polled).toHaveLength(3);
    answers[2]({ seq: 7, changes: [] });
    await vi.advanceTimersByTimeAsync(2000);
    expect(polled).toHaveLength(4);
    feed.stop();
  });

  it('asks less often while the catch-up fails', async () => {
    const backing = setUp();
    backing.feed.start();
    // No reconnection gets through: every socket drops at once.
    backing.sockets[0].drop();
    await vi.advanceTimersByTimeAsync(0);
    expect(backing.polled).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(backing.polled).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(backing.polled).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(7_999);
    expect(backing.polled).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(backing.polled).toHaveLength(3);
    backing.feed.stop();
  });

  it('takes a missing pong for a dead line and reconnects', async () => {
    const { feed, sockets, statuses } = setUp();
    feed.start();
    sockets[0].open();
    sockets[0].receive({ type: 'welcome', seq: 7, changes: [] });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sockets[0].sent.at(-1)).toEqual({ type: 'ping' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(sockets[0].closed).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sockets.length).toBe(2);
    feed.stop();
  });
});

describe('coalesced reads', () => {
  it('runs once more after the current run, however often it was asked meanwhile', async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const run = coalesced(
      () =>
        new Promise<void>((resolve) => {
          runs++;
          release = resolve;
        }),
    );
    run();
    run();
    run();
    expect(runs).toBe(1);
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(runs).toBe(2);
    release();
    await Promise.resolve();
    await Promise.resolve();
    expect(runs).toBe(2);
  });
});

describe('resting between reads', () => {
  it('starts the next read only after the rest', async () => {
    vi.useFakeTimers();
    try {
      const starts: number[] = [];
      const run = coalesced(async () => {
        starts.push(Date.now());
      }, () => 1000);
      run();
      await vi.advanceTimersByTimeAsync(0);
      run();
      await vi.advanceTimersByTimeAsync(500);
      expect(starts.length).toBe(1);
      await vi.advanceTimersByTimeAsync(600);
      expect(starts.length).toBe(2);
      expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(1000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a big room rest longer than a small one', () => {
    expect(participantRest(12, () => 0.5)).toBe(0);
    expect(participantRest(120, () => 0)).toBe(1000);
    expect(participantRest(1000, () => 1)).toBe(4000);
  });
});

describe('a read that crosses a write', () => {
  const activity = (id: number, votes: Record<string, 'agree' | 'disagree' | 'pass'>) => ({ id, my_answer: { votes } }) as unknown as ActivityState;
  const state = (...activities: ActivityState[]) => ({ session: { seq: 1 }, activities }) as unknown as LiveState;

  it('keeps an activity written after the read started', () => {
    const written = new Map<number, Written>([[1, { activity: activity(1, { '10': 'agree' }), write: 3 }]]);
    const read = state(activity(1, {}), activity(2, {}));
    // The read started after two writes: the third is newer than it.
    const merged = withWrites(read, written, 2);
    expect(merged.activities[0].my_answer?.votes).toEqual({ '10': 'agree' });
    expect(merged.activities[1]).toBe(read.activities[1]);
  });

  it('takes the read when it started after the write', () => {
    const written = new Map<number, Written>([[1, { activity: activity(1, { '10': 'agree' }), write: 3 }]]);
    const read = state(activity(1, { '10': 'agree', '11': 'pass' }));
    expect(withWrites(read, written, 3)).toBe(read);
  });
});

describe("the server's clock", () => {
  it('estimates the offset from a Date header (whole seconds) and the time the read took', () => {
    const sent = Date.parse('2026-01-01T10:00:00.000Z');
    // The server's clock is 30 s ahead; the read took 200 ms, answered at 10:00:30.1 on it.
    expect(clockOffset('Thu, 01 Jan 2026 10:00:30 GMT', sent, sent + 200)).toBe(30_400);
    expect(clockOffset(null, sent, sent)).toBeNull();
    expect(clockOffset('not a date', sent, sent)).toBeNull();
  });
});
