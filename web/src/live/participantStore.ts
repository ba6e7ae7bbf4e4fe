// What a participant's tab remembers, in sessionStorage (this tab only, gone when it closes):
// the participant token, so that a reload rejoins instead of counting someone twice, and the
// personal link's token between the RSVP page and the join form, so that it never travels in a
// URL.
export interface StoredParticipant {
  code: string;
  token: string;
  // Whether joining through the personal link recorded attendance (null: joined by code only).
  attendance: boolean | null;
}

const participantKey = 'samla.live.participant';
const rsvpKey = 'samla.live.rsvp';

// A join code as the server compares it: upper case, without spaces and dashes.
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

function read<T>(key: string): T | null {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage may be disabled: the page works, a reload asks for the code again.
  }
}

export const loadParticipant = () => {
  const p = read<StoredParticipant>(participantKey);
  return p && typeof p.token === 'string' && typeof p.code === 'string' ? p : null;
};
export const saveParticipant = (p: StoredParticipant) => write(participantKey, p);
export const forgetParticipant = () => write(participantKey, null);

// The personal link's token waiting to join the session of `code`.
export function pendingRsvp(code: string): string | null {
  const p = read<{ code: string; token: string }>(rsvpKey);
  return p && normaliseCode(p.code) === normaliseCode(code) ? p.token : null;
}
export const setPendingRsvp = (code: string, token: string) => write(rsvpKey, { code, token });
export const forgetPendingRsvp = () => write(rsvpKey, null);
