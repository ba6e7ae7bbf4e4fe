// The evaluation form read-only: each statement or question with its kind and both languages
// (marked with their language, so a screen reader pronounces each right).
import type { EvaluationItem } from '../app/schema';
import { useI18n } from '../i18n/i18n';
import { useItemNames } from './evaluationNames';

export function EvaluationFormView({ items }: { items: EvaluationItem[] }) {
  const { t } = useI18n();
  const names = useItemNames();
  return (
    <ol className="agenda-list">
      {items.map((item, i) => (
        <li key={item.id ?? i} className="agenda-item">
          <h3>
            {names.name(item.kind, i)} <span className="required">({names.kind(item.kind)})</span>
          </h3>
          <dl className="details">
            <div>
              <dt>{t('evaluation.textSv')}</dt>
              <dd lang="sv">{item.text_sv}</dd>
            </div>
            <div>
              <dt>{t('evaluation.textEn')}</dt>
              <dd lang="en">{item.text_en}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
