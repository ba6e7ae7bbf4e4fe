// The agenda: items with a time (HH:MM), a title, an owner and sub-items (one per line), added,
// removed and reordered with buttons (no dragging, so keyboards and screen readers can do it).
// After each change focus stays with the item that moved, and a status line says what happened.
import { useEffect, useState } from 'react';
import type { FieldErrors } from '../app/api';
import { TextArea, TextField } from '../app/ui';
import { serverMessage, useI18n } from '../i18n/i18n';
import { agendaItemsError, emptyAgendaItem, type AgendaDraft } from './eventFields';

export function AgendaEditor({ items, onChange, errors }: { items: AgendaDraft[]; onChange: (items: AgendaDraft[]) => void; errors: FieldErrors }) {
  const { t, lang } = useI18n();
  const [focusId, setFocusId] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, items]);

  const error = (field: string) => errors[field] && serverMessage(lang, errors[field]);
  const itemsError = (index: number) => {
    const problem = agendaItemsError(errors, index);
    return problem && serverMessage(lang, problem);
  };
  const name = (item: AgendaDraft, index: number) => (item.title.trim() ? `${index + 1}, ${item.title.trim()}` : String(index + 1));

  const update = (index: number, change: Partial<AgendaDraft>) => onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const add = () => {
    const item = emptyAgendaItem();
    onChange([...items, item]);
    setFocusId(`field-agenda[${items.length}].time`);
    setSaid(t('agenda.added', { n: items.length + 1 }));
  };
  const remove = (index: number) => {
    onChange(items.filter((_, i) => i !== index));
    const next = items[index + 1] ?? items[index - 1];
    setFocusId(next ? `agenda-${next.key}-remove` : 'agenda-add');
    setSaid(t('agenda.removed', { n: index + 1 }));
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    onChange(next);
    // Keep focus on the same button unless the item reached the end it was moving to.
    const atEdge = target === 0 || target === items.length - 1;
    const direction = by < 0 ? 'up' : 'down';
    setFocusId(`agenda-${items[index].key}-${atEdge ? (direction === 'up' ? 'down' : 'up') : direction}`);
    setSaid(t('agenda.moved', { n: target + 1 }));
  };

  return (
    <section aria-labelledby="agenda-heading" className="agenda-editor">
      <h2 id="agenda-heading">{t('agenda.title')}</h2>
      <p className="hint">{t('agenda.intro')}</p>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {items.length === 0 && <p>{t('agenda.empty')}</p>}
      <ol className="agenda-list">
        {items.map((item, i) => (
          <li key={item.key}>
            <fieldset className="agenda-item">
              <legend>{t('agenda.item', { n: i + 1 })}</legend>
              <div className="agenda-fields">
                <TextField label={t('agenda.time')} hint={t('agenda.timeHint')} name={`agenda[${i}].time`} inputMode="numeric" autoComplete="off" required value={item.time} error={error(`agenda[${i}].time`)} onChange={(e) => update(i, { time: e.target.value })} />
                <TextField label={t('agenda.itemTitle')} name={`agenda[${i}].title`} required value={item.title} error={error(`agenda[${i}].title`)} onChange={(e) => update(i, { title: e.target.value })} />
                <TextField label={t('agenda.owner')} name={`agenda[${i}].owner`} value={item.owner} error={error(`agenda[${i}].owner`)} onChange={(e) => update(i, { owner: e.target.value })} />
              </div>
              <TextArea label={t('agenda.subItems')} hint={t('hint.onePerLine')} name={`agenda[${i}].items`} rows={2} value={item.items} error={itemsError(i)} onChange={(e) => update(i, { items: e.target.value })} />
              <div className="row-actions">
                <button type="button" className="button-secondary" id={`agenda-${item.key}-up`} disabled={i === 0} aria-label={t('agenda.moveUpNamed', { name: name(item, i) })} onClick={() => move(i, -1)}>
                  {t('agenda.moveUp')}
                </button>
                <button type="button" className="button-secondary" id={`agenda-${item.key}-down`} disabled={i === items.length - 1} aria-label={t('agenda.moveDownNamed', { name: name(item, i) })} onClick={() => move(i, 1)}>
                  {t('agenda.moveDown')}
                </button>
                <button type="button" className="button-secondary" id={`agenda-${item.key}-remove`} aria-label={t('agenda.removeNamed', { name: name(item, i) })} onClick={() => remove(i)}>
                  {t('agenda.remove')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button-secondary" id="agenda-add" onClick={add}>
        {t('agenda.add')}
      </button>
    </section>
  );
}
