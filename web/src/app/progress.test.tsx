import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '../i18n/i18n';
import { newProgressKey, useServerProgress, WorkProgress } from './progress';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('work progress', () => {
  it('draws keys the server accepts, a new one each time', () => {
    const a = newProgressKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(newProgressKey()).not.toBe(a);
  });

  it('shows the rows counted so far, in Swedish', () => {
    render(
      <I18nProvider lang="sv">
        <WorkProgress label="Importen" step={{ stage: 'saving', done: 1200, total: 5000, finished: false }} seconds={4} />
      </I18nProvider>,
    );
    const bar = screen.getByRole('progressbar', { name: 'Importen' }) as HTMLProgressElement;
    expect(bar.value).toBe(1200);
    expect(bar.max).toBe(5000);
    expect(screen.getByText(/Sparar rader: 1\s200 av 5\s000\. \(4 s hittills\)/)).toBeTruthy();
  });

  it('runs without a count before the server has said anything', () => {
    render(
      <I18nProvider lang="en">
        <WorkProgress label="Import" step={null} seconds={0} />
      </I18nProvider>,
    );
    expect(screen.getByRole('progressbar', { name: 'Import' }).hasAttribute('value')).toBe(false);
    expect(screen.getByText('Working on it…')).toBeTruthy();
  });

  it('asks the server under its key while the work runs, and stops after', async () => {
    vi.useFakeTimers();
    const asked: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify({ stage: 'checking', done: 300, total: 900, finished: false }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    function Probe({ running }: { running: boolean }) {
      const step = useServerProgress('key-0123456789abcdef', running, 100);
      return <p>{step ? `${step.stage} ${step.done}/${step.total}` : 'none'}</p>;
    }
    const { rerender } = render(<Probe running />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(250);
    });
    expect(screen.getByText('checking 300/900')).toBeTruthy();
    expect(asked[0]).toBe('/api/v1/progress/key-0123456789abcdef');
    const count = asked.length;
    rerender(<Probe running={false} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(asked.length).toBe(count);
    expect(screen.getByText('none')).toBeTruthy();
  });
});
