// One question's written answers, without names: how many there are for everyone, the
// answers themselves only for those who may read free text (people write personal details).
import type { EvaluationItemResult } from '../app/schema';
import { useI18n } from '../i18n/i18n';
import { itemText } from './evaluationFields';

export function EvaluationTextResult({ result }: { result: EvaluationItemResult }) {
  const { t, lang, number } = useI18n();
  const text = itemText(result.item, lang);
  return (
    <div className="evaluation-result">
      <h3>{text}</h3>
      <p>{t('evaluation.textCount', { count: number(result.text_count) })}</p>
      {result.texts === undefined
        ? result.text_count > 0 && <p>{t('evaluation.textsHidden')}</p>
        : result.texts.length > 0 && (
            <ul className="evaluation-texts" aria-label={t('evaluation.textsLabel', { item: text })}>
              {result.texts.map((answer, i) => (
                <li key={i} className="prewrap">
                  {answer}
                </li>
              ))}
            </ul>
          )}
    </div>
  );
}
