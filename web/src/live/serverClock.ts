// How far this device's clock is from the server's, estimated from the Date header of the
// state's reads (whole seconds), so a timer counts down from the server's opened_at and not
// from a phone's clock that may be off. Without a Date header the device's clock is taken.

let offset = 0;

// The server's clock minus this device's, from a Date header and when the request left and its
// answer came; null when there is no usable header. The header drops the milliseconds, so the
// server's moment is taken half a second after it.
export function clockOffset(date: string | null, sentAt: number, receivedAt: number): number | null {
  if (!date) return null;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return null;
  return Math.round(server + 500 - (sentAt + receivedAt) / 2);
}

// Takes one reading. Within a second the estimate is no better than the device's clock (the
// header's seconds), so smaller offsets count as none, and a timer does not jump between reads.
export function noteServerDate(date: string | null, sentAt: number, receivedAt: number) {
  const o = clockOffset(date, sentAt, receivedAt);
  if (o === null) return;
  offset = Math.abs(o) < 1000 ? 0 : o;
}

// Now, by the server's clock (milliseconds).
export function serverNow(): number {
  return Date.now() + offset;
}
