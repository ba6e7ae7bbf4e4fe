import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { ConnectionStatus } from './ConnectionStatus';
import type { FeedStatus } from './feed';

describe('the connection line', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces only a lasting change between connected and lost, not the opening state or a flicker', () => {
    const view = (status: FeedStatus) => (
      <I18nProvider lang="en">
        <ConnectionStatus status={status} />
      </I18nProvider>
    );
    const { rerender } = render(view('connecting'));
    const said = () => screen.getByRole('status').textContent;
    rerender(view('connected'));
    act(() => void vi.advanceTimersByTime(3000));
    expect(said()).toBe('');
    expect(screen.getByText('Connected')).toBeTruthy();
    // A second's drop is shown, not announced.
    rerender(view('reconnecting'));
    act(() => void vi.advanceTimersByTime(1000));
    rerender(view('polling'));
    act(() => void vi.advanceTimersByTime(5000));
    expect(said()).toBe('');
    rerender(view('reconnecting'));
    act(() => void vi.advanceTimersByTime(3000));
    expect(said()).toBe('Connection lost: reconnecting …');
    rerender(view('connected'));
    act(() => void vi.advanceTimersByTime(3000));
    expect(said()).toBe('Connected again');
  });
});
