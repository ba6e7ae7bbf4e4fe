import { screen } from '@testing-library/react';
import { fakeApi, wrap } from './fakeApi';
import { SensitiveWordsWarning, sensitiveWordsIn } from './SensitiveWordsWarning';

afterEach(() => vi.restoreAllMocks());

describe('the warning about health details in free text', () => {
  it('finds the listed words without case, and only those', () => {
    expect(sensitiveWordsIn('Har ÅNGEST inför mötet, sjukskriven i mars', ['ångest', 'sjukskriven', 'diagnos'])).toEqual(['ångest', 'sjukskriven']);
    expect(sensitiveWordsIn('Met at the regional conference', ['diagnosis'])).toEqual([]);
    expect(sensitiveWordsIn('anything', ['', '  '])).toEqual([]);
  });

  it('says which words a text mentions, from the programme’s list', async () => {
    fakeApi('coordinator', (method, url) =>
      method === 'GET' && url.startsWith('/api/v1/privacy/settings')
        ? [200, { free_text_for_all_readers: false, evaluation_texts_months: 24, inactive_after_months: 36, sensitive_words: ['diagnosis'], version: 1, updated_at: null, updated_by: null }]
        : undefined,
    );
    wrap(<SensitiveWordsWarning text="Mentioned her Diagnosis twice." />);
    expect(await screen.findByText(/This text mentions “diagnosis”/)).toBeTruthy();
  });
});
