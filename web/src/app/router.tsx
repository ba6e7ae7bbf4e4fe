// A small client-side router over the History API: the URL is the state of every screen
// (filters, sort, page), so Back works and a link can be shared or bookmarked.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const changeEvent = 'samla:navigate';

export interface Location {
  path: string;
  search: URLSearchParams;
  href: string;
}

function current(): Location {
  return { path: window.location.pathname, search: new URLSearchParams(window.location.search), href: window.location.pathname + window.location.search };
}

// Goes to `to` inside the app without reloading the page.
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(changeEvent));
}

// The current location; re-renders on every navigation, Back and Forward included.
export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    window.addEventListener('popstate', update);
    window.addEventListener(changeEvent, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(changeEvent, update);
    };
  }, []);
  return location;
}

// Matches "/people/:id" against a path; returns the parameters, or null.
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i] !== s[i]) return null;
  }
  return params;
}

// A link that navigates inside the app; modified clicks (new tab) behave as usual.
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
