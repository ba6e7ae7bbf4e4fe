// Who is logged in. The session secret lives in an HttpOnly cookie the page cannot read; the
// page keeps only the user and the CSRF token. A 401 anywhere sends the user to login and,
// after logging in again, back to where they were.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthorized, request, setCsrfToken } from './api';
import { navigate } from './router';
import type { Action, Role } from './permissions';
import { can } from './permissions';

export interface SessionUser {
  id: number;
  name: string;
  role: Role;
}

export interface SessionBody {
  user: SessionUser;
  csrf_token: string | null;
  expires_at: string | null;
}

export interface Session {
  // undefined while the first check runs; null when nobody is logged in.
  user: SessionUser | null | undefined;
  expired: boolean;
  login: (name: string, password: string) => Promise<void>;
  // Takes over a session the server has just started another way (the set-up page's).
  adopt: (body: SessionBody) => void;
  logout: () => Promise<void>;
  can: (action: Action) => boolean;
}

const SessionContext = createContext<Session | null>(null);

// The login address that returns to `here` afterwards.
export function loginPath(here: string): string {
  return here.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

// Only paths inside the app are followed after login (never another site).
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    let live = true;
    request<SessionBody>('GET', '/api/v1/session', { expectUnauthorized: true })
      .then((r) => {
        if (!live) return;
        setCsrfToken(r.data.csrf_token);
        setUser(r.data.user);
      })
      .catch(() => live && setUser(null));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    onUnauthorized(() => {
      setCsrfToken(null);
      setUser(null);
      setExpired(true);
      navigate(loginPath(window.location.pathname + window.location.search), { replace: true });
    });
    return () => onUnauthorized(null);
  }, []);

  const login = useCallback(async (name: string, password: string) => {
    const r = await request<SessionBody>('POST', '/api/v1/session', { body: { name, password }, expectUnauthorized: true });
    setCsrfToken(r.data.csrf_token);
    setExpired(false);
    setUser(r.data.user);
  }, []);

  const adopt = useCallback((body: SessionBody) => {
    setCsrfToken(body.csrf_token);
    setExpired(false);
    setUser(body.user);
  }, []);

  const logout = useCallback(async () => {
    try {
      await request('DELETE', '/api/v1/session', { expectUnauthorized: true });
    } catch (e) {
      // Already logged out on the server: the outcome the user asked for.
      if (!(e instanceof ApiError)) throw e;
    }
    setCsrfToken(null);
    setExpired(false);
    setUser(null);
    navigate('/login');
  }, []);

  const value = useMemo<Session>(
    () => ({ user, expired, login, adopt, logout, can: (action) => can(user?.role, action) }),
    [user, expired, login, adopt, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
