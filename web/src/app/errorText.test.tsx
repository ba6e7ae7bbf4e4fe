import { render, screen } from '@testing-library/react';
import { ApiError } from './api';
import { I18nProvider, type Lang } from '../i18n/i18n';
import { ErrorAlert } from './ui';

function show(error: unknown, lang: Lang) {
  render(
    <I18nProvider lang={lang}>
      <ErrorAlert error={error} />
    </I18nProvider>,
  );
  return screen.getByRole('alert').textContent;
}

describe('the text of a failed request', () => {
  const inUse = new ApiError(409, { status: 409, detail: '3 people have this theme as expertise; remove it from them first.', code: 'theme_in_use', params: { count: '3' } });

  it("gives the server's reason for a conflict, in Swedish from its code", () => {
    expect(show(inUse, 'sv')).toBe('3 personer har det här temat som expertis; ta bort det från dem först.');
  });
  it("gives the server's reason for a conflict in English", () => {
    expect(show(inUse, 'en')).toBe('3 people have this theme as expertise; remove it from them first.');
  });
  it("keeps the app's own words where the server has only plain words for the kind", () => {
    const plain = new ApiError(409, { status: 409, detail: 'This clashes with something already stored.', code: 'clashes_with_stored', params: {} });
    expect(show(plain, 'en')).toMatch(/conflicts with an existing record/);
  });
  it('falls back to the status when the answer names no code', () => {
    expect(show(new ApiError(403, { status: 403 }), 'en')).toBe('Your role does not allow this.');
  });
  it("keeps the app's own words for a version clash (they say what to do next)", () => {
    const stale = new ApiError(412, { status: 412, code: 'changed_since_read', params: { version: '4' } });
    expect(show(stale, 'en')).toMatch(/Load the latest version/);
  });
});
