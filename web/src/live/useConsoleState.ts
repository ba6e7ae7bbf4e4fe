// The facilitator's view of a session, kept up to date: the console and the presenter view
// read the same state over the same login-protected socket.
import { consoleSocketPath, getConsole, getConsoleChanges, socketUrl } from './liveApi';
import { useLiveState, type LiveStateHandle } from './useLiveState';

export function useConsoleState(id: number): LiveStateHandle {
  return useLiveState({
    load: () => getConsole(id),
    url: socketUrl(consoleSocketPath(id)),
    hello: (since) => ({ type: 'hello', since }),
    poll: (since) => getConsoleChanges(id, since),
    isGone: () => false,
  });
}
