// The event's materials: a title and a web address each, added and removed with buttons.
import { useEffect, useState } from 'react';
import type { FieldErrors } from '../app/api';
import { TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { newKey, type MaterialDraft } from './eventFields';

export function MaterialsEditor({ items, onChange, errors }: { items: MaterialDraft[]; onChange: (items: MaterialDraft[]) => void; errors: FieldErrors }) {
  const { t, lang } = useI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, items]);
  const error = (field: string) => errors[field] && serverMessage(lang, errors[field]);
  const update = (index: number, change: Partial<MaterialDraft>) => onChange(items.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    const next = items[index + 1] ?? items[index - 1];
    setFocusId(next ? `material-${next.key}-remove` : 'materials-add');
  };
  return (
    <section aria-labelledby="materials-heading">
      <h2 id="materials-heading">{t('materials.title')}</h2>
      {items.length === 0 && <p>{t('materials.empty')}</p>}
      <ol className="agenda-list">
        {items.map((m, i) => (
          <li key={m.key}>
            <fieldset className="agenda-item">
              <legend>{t('materials.item', { n: i + 1 })}</legend>
              <div className="agenda-fields">
                <TextField label={t('materials.itemTitle')} name={`materials[${i}].title`} value={m.title} error={error(`materials[${i}].title`)} onChange={(e) => update(i, { title: e.target.value })} />
                <TextField label={t('materials.url')} hint={t('hint.website')} name={`materials[${i}].url`} type="url" required value={m.url} error={error(`materials[${i}].url`)} onChange={(e) => update(i, { url: e.target.value })} />
              </div>
              <button type="button" className="button-secondary" id={`material-${m.key}-remove`} aria-label={t('materials.removeNamed', { n: i + 1 })} onClick={() => remove(i)}>
                {t('materials.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button-secondary"
        id="materials-add"
        onClick={() => {
          const m = { key: newKey(), title: '', url: '' };
          onChange([...items, m]);
          setFocusId(`field-materials[${items.length}].title`);
        }}
      >
        {t('materials.add')}
      </button>
    </section>
  );
}
