// Keeping up with a live session. The server numbers every change (seq); a client remembers the
// last number it has seen, and whenever a newer one comes it reads the whole state again (the
// state is small, and one way of reading it is simpler than patching it). Over a WebSocket:
// hello with the last number, a welcome with what came since, then each change as it happens.
// When the socket drops, it reconnects with a growing pause and catches up the same way; while
// there is no socket, it asks over plain HTTP about every two seconds, longer after failures
// (proxies that refuse WebSockets). A socket refused or not welcomed in ten seconds is a failed one.

export type FeedStatus = 'connecting' | 'connected' | 'polling' | 'reconnecting' | 'ended';

// What a welcome or an HTTP catch-up answers.
export interface CatchUp {
  seq: number;
  complete?: boolean;
  changes: { seq: number; kind: string }[];
}

// After a welcome or a catch-up: the number to remember and whether the state must be read again.
export function caughtUp(seq: number, answer: CatchUp): { seq: number; stale: boolean; ended: boolean } {
  const fresh = answer.changes.filter((c) => c.seq > seq);
  return {
    seq: Math.max(seq, answer.seq),
    stale: fresh.length > 0 || answer.complete === false,
    ended: fresh.some((c) => c.kind === 'session_closed'),
  };
}

// After one pushed change: a number already seen is skipped (one may come twice).
export function afterChange(seq: number, change: { seq: number; kind?: string }): { seq: number; stale: boolean; ended: boolean } {
  if (change.seq <= seq) return { seq, stale: false, ended: false };
  return { seq: change.seq, stale: true, ended: change.kind === 'session_closed' };
}

// How long to wait before the next HTTP catch-up: about `every` milliseconds, spread by `random`
// (0–1) by a quarter either way; after `failures` failed ones in a row, twice as long each time,
// at most thirty seconds.
export function pollDelay(failures: number, every: number = 2000, random: number = Math.random()): number {
  const base = Math.min(30_000, every * 2 ** Math.min(failures, 10));
  return Math.round(base * (0.75 + random / 2));
}

// How long to wait before the `attempt`-th reconnection (0-based): half a second, doubling, at
// most ten seconds, spread by `random` (0–1) so that a room full of phones does not knock at once.
export function backoffDelay(attempt: number, random: number = Math.random()): number {
  const ceiling = Math.min(10_000, 500 * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling * (0.5 + random / 2));
}

// The little a feed needs of a WebSocket (the browser's, or a test's).
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(text: string): void;
  close(): void;
}

export interface FeedOptions {
  url: string;
  // The first message on a new socket.
  hello: (since: number) => Record<string, unknown>;
  // The plain-HTTP catch-up.
  poll: (since: number) => Promise<CatchUp>;
  // The state must be read again.
  onStale: () => void;
  onStatus: (status: FeedStatus) => void;
  // The session is over for this reader (closed, or the token no longer works).
  onEnded?: () => void;
  // Is this failure the end (a 404 of the catch-up: the token or session is gone)?
  isGone?: (error: unknown) => boolean;
  openSocket?: (url: string) => SocketLike;
  pollEvery?: number;
  pingEvery?: number;
  // A socket not welcomed within this many milliseconds counts as failed.
  welcomeWithin?: number;
  random?: () => number;
}

export class LiveFeed {
  private seq: number;
  private socket: SocketLike | null = null;
  private welcomed = false;
  private attempt = 0;
  private stopped = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private welcomeTimer: ReturnType<typeof setTimeout> | null = null;
  private awaitingPong = false;
  private polling = false;
  // Each polling loop's number: a loop whose number is no longer current stops (a catch-up in
  // flight when the socket was welcomed must not carry on beside a loop started later).
  private pollGeneration = 0;
  private pollFailures = 0;
  private status: FeedStatus = 'connecting';

  constructor(
    private readonly options: FeedOptions,
    since: number,
  ) {
    this.seq = since;
  }

  // The last change number seen.
  get lastSeq(): number {
    return this.seq;
  }

  // Remembers a number read with the state, so a catch-up does not ask again for what it holds.
  noteSeq(seq: number) {
    this.seq = Math.max(this.seq, seq);
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    this.clearTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.onerror = null;
      socket.onmessage = null;
      socket.close();
    }
  }

  // Try again at once (the browser says it is back online).
  retryNow() {
    if (this.stopped || (this.socket && this.welcomed)) return;
    this.attempt = 0;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    this.dropSocket();
    this.connect();
  }

  // The connection is known to be lost (the browser went offline): say so and reconnect.
  lost() {
    if (this.stopped) return;
    this.dropSocket();
    this.setStatus('reconnecting');
    this.failed();
  }

  private setStatus(status: FeedStatus) {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus(status);
  }

  private clearTimers() {
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.welcomeTimer) clearTimeout(this.welcomeTimer);
    this.reconnectTimer = this.pollTimer = this.pingTimer = this.welcomeTimer = null;
    this.polling = false;
    this.pollGeneration++;
  }

  private dropSocket() {
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.welcomeTimer) clearTimeout(this.welcomeTimer);
    this.pingTimer = this.welcomeTimer = null;
    if (!socket) return;
    socket.onopen = socket.onclose = socket.onerror = socket.onmessage = null;
    try {
      socket.close();
    } catch {
      // Already closed.
    }
  }

  private connect() {
    if (this.stopped) return;
    let socket: SocketLike;
    try {
      socket = (this.options.openSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike))(this.options.url);
    } catch {
      this.failed();
      return;
    }
    this.socket = socket;
    this.welcomed = false;
    // A socket that opens but is never welcomed (or never opens) is a failed one.
    if (this.welcomeTimer) clearTimeout(this.welcomeTimer);
    this.welcomeTimer = setTimeout(() => {
      this.welcomeTimer = null;
      if (this.socket === socket && !this.welcomed) this.refused();
    }, this.options.welcomeWithin ?? 10_000);
    socket.onopen = () => socket.send(JSON.stringify(this.options.hello(this.seq)));
    socket.onmessage = (event) => this.receive(event.data);
    socket.onerror = () => {
      // A close follows; that is where the reconnection starts.
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.welcomed = false;
      this.failed();
    };
  }

  private receive(data: unknown) {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(String(data));
    } catch {
      return;
    }
    if (message.type === 'pong') {
      this.awaitingPong = false;
      return;
    }
    if (message.type === 'welcome') {
      this.welcomed = true;
      this.attempt = 0;
      if (this.welcomeTimer) clearTimeout(this.welcomeTimer);
      this.welcomeTimer = null;
      this.stopPolling();
      this.startPing();
      this.setStatus('connected');
      this.apply(caughtUp(this.seq, message as unknown as CatchUp));
      return;
    }
    if (message.type === 'change') {
      this.apply(afterChange(this.seq, message as unknown as { seq: number; kind?: string }));
      return;
    }
    if (message.type === 'error' && !this.welcomed) {
      // The hello was refused: the token no longer works or the session has closed (the end),
      // or anything else (the server's trouble, too many at once): a failed connection.
      if (message.status === 404 || message.status === 409) this.end();
      else this.refused();
    }
  }

  // The socket is of no use: drop it, reconnect later and ask over HTTP meanwhile.
  private refused() {
    if (this.stopped) return;
    this.dropSocket();
    this.failed();
  }

  private apply(next: { seq: number; stale: boolean; ended: boolean }) {
    this.seq = next.seq;
    if (next.stale) this.options.onStale();
    if (next.ended) this.end();
  }

  private end() {
    this.stop();
    this.setStatus('ended');
    this.options.onEnded?.();
  }

  // A socket that never opened or was lost: reconnect later, and ask over HTTP meanwhile.
  private failed() {
    if (this.stopped) return;
    if (this.status !== 'polling') this.setStatus('reconnecting');
    this.startPolling();
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.reconnectTimer || this.stopped) return;
    const delay = backoffDelay(this.attempt++, (this.options.random ?? Math.random)());
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  // Every so often a ping; no pong by the next one means the line is dead (a phone that lost
  // its network may not hear the close for minutes).
  private startPing() {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.awaitingPong = false;
    this.pingTimer = setInterval(() => {
      if (!this.socket) return;
      if (this.awaitingPong) {
        this.lost();
        return;
      }
      this.awaitingPong = true;
      try {
        this.socket.send(JSON.stringify({ type: 'ping' }));
      } catch {
        this.lost();
      }
    }, this.options.pingEvery ?? 20_000);
  }

  private startPolling() {
    if (this.polling || this.stopped) return;
    this.polling = true;
    this.pollFailures = 0;
    const generation = ++this.pollGeneration;
    this.pollTimer = setTimeout(() => void this.pollOnce(generation), 0);
  }

  private stopPolling() {
    this.polling = false;
    this.pollGeneration++;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private async pollOnce(generation: number) {
    const current = () => this.polling && !this.stopped && generation === this.pollGeneration;
    if (!current()) return;
    this.pollTimer = null;
    try {
      const answer = await this.options.poll(this.seq);
      if (!current()) return;
      this.pollFailures = 0;
      if (!this.welcomed) this.setStatus('polling');
      this.apply(caughtUp(this.seq, answer));
    } catch (error) {
      if (!current()) return;
      if (this.options.isGone?.(error)) {
        this.end();
        return;
      }
      this.pollFailures++;
      if (!this.welcomed) this.setStatus('reconnecting');
    }
    if (!current()) return;
    const delay = pollDelay(this.pollFailures, this.options.pollEvery ?? 2000, (this.options.random ?? Math.random)());
    this.pollTimer = setTimeout(() => void this.pollOnce(generation), delay);
  }
}
