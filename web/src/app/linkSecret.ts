// The secret of a personal link (/rsvp#TOKEN, /unsubscribe#SECRET, /setup#SECRET). It sits in the
// fragment, which browsers never send, so it stays out of access logs; the page sends it in a
// request body or header.
import { useEffect, useState } from 'react';

// The secret in a location's hash; a malformed escape is taken as it stands rather than thrown.
export function secretFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return hash.replace(/^#/, '').trim();
  }
}

// The current page's link secret, following another link opened in the same tab (which
// changes only the fragment).
export function useLinkSecret(): string {
  const [secret, setSecret] = useState(() => secretFromHash(window.location.hash));
  useEffect(() => {
    const follow = () => setSecret(secretFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return secret;
}
