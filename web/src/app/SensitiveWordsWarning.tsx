// A warning beside free text about a person when it mentions a word from the programme's list of
// words that suggest health details (the privacy settings): such text is special-category data,
// to be marked for those who may see it, or left out.
import { useI18n } from '../i18n/i18n';
import { api } from './api';
import type { components } from './api-schema';
import { path } from './schema';
import { useAsync } from './useAsync';

type PrivacySettings = components['schemas']['PrivacySettings'];

// The words of the list `text` mentions, compared without case.
export function sensitiveWordsIn(text: string, words: readonly string[]): string[] {
  const folded = text.toLocaleLowerCase();
  return words.filter((w) => w.trim() && folded.includes(w.toLocaleLowerCase()));
}

export function SensitiveWordsWarning({ text, id }: { text: string; id?: string }) {
  const { t } = useI18n();
  const settings = useAsync(() => api.get<PrivacySettings>(path('/api/v1/privacy/settings')), []);
  const found = sensitiveWordsIn(text, settings.data?.sensitive_words ?? []);
  if (found.length === 0) return null;
  return (
    <p id={id} className="hint warning" role="status">
      {t('sensitive.warning', { words: found.map((w) => `“${w}”`).join(', ') })}
    </p>
  );
}
