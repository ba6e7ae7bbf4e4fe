// The opinion groups of a statements activity, read when shown and again as the votes change:
// at most one request at a time and one every five seconds (on a big room one computation can
// take the server a second, and every state read brings new votes).
import { useEffect, useMemo, useRef, useState } from 'react';
import { getOpinionGroups } from './liveApi';
import type { OpinionGroups } from './types';
import { coalesced } from './useLiveState';

export const groupsEvery = 5000;

export function useOpinionGroups(sessionId: number, activityId: number, enabled: boolean, votes: string) {
  const [data, setData] = useState<OpinionGroups | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  const fetchGroups = useMemo(
    () =>
      coalesced(
        async () => {
          if (!alive.current) return;
          try {
            const d = await getOpinionGroups(sessionId, activityId);
            if (!alive.current) return;
            setData(d);
            setError(undefined);
          } catch (e) {
            if (alive.current) setError(e);
          }
        },
        () => groupsEvery,
      ),
    [sessionId, activityId],
  );
  useEffect(() => {
    if (enabled) fetchGroups();
  }, [enabled, fetchGroups, votes]);
  return { data, error };
}
