// A poll on the participant's page: one choice, several, a 1–5 scale, a ranking (each option
// moved up or down with a button, no dragging) or a few words. The answer can be changed while
// the poll is open; the results show below it when the server gives them.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckboxGroup, ErrorAlert, RadioGroup, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { sendAnswer } from './liveApi';
import type { ActivityProps } from './ParticipantActivity';
import { ActivityResults } from './ResultsView';
import { initialRanking, moved } from './results';
import type { AnswerInput } from './types';
import { useSender } from './useSender';

function Ranking({ options, order, onChange }: { options: string[]; order: number[]; onChange: (order: number[], said: string) => void }) {
  const { t, number } = useI18n();
  // The option just moved and the button that moved it: focus follows it to its new place (the
  // other button at the top or the bottom, where this one can do no more).
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [follow, setFollow] = useState<{ option: number; by: -1 | 1 } | null>(null);
  useEffect(() => {
    if (!follow) return;
    const place = order.indexOf(follow.option);
    const atEnd = follow.by < 0 ? place === 0 : place === order.length - 1;
    const by = atEnd ? -follow.by : follow.by;
    buttons.current.get(`${follow.option}:${by}`)?.focus();
    setFollow(null);
  }, [follow, order]);
  const move = (option: number, place: number, by: -1 | 1) => {
    onChange(moved(order, place, by), t('live.poll.movedTo', { option: options[option], place: number(place + 1 + by) }));
    setFollow({ option, by });
  };
  const ref = (option: number, by: -1 | 1) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(`${option}:${by}`, el);
    else buttons.current.delete(`${option}:${by}`);
  };
  return (
    <ol className="live-ranking" id="field-choices">
      {order.map((option, place) => (
        <li key={option}>
          <span className="live-rank-place" aria-hidden="true">
            {number(place + 1)}.
          </span>
          <span className="live-rank-text">{options[option]}</span>
          <span className="live-rank-buttons">
            <button
              ref={ref(option, -1)}
              type="button"
              className="button-secondary live-square"
              disabled={place === 0}
              aria-label={t('live.poll.moveUp', { option: options[option] })}
              onClick={() => move(option, place, -1)}
            >
              ↑
            </button>
            <button
              ref={ref(option, 1)}
              type="button"
              className="button-secondary live-square"
              disabled={place === order.length - 1}
              aria-label={t('live.poll.moveDown', { option: options[option] })}
              onClick={() => move(option, place, 1)}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}

export function PollForm({ activity, token, onAnswered }: ActivityProps) {
  const { t, lang } = useI18n();
  const send = useSender(onAnswered);
  const mine = activity.my_answer ?? {};
  const [single, setSingle] = useState(mine.choices?.[0] !== undefined ? String(mine.choices[0]) : '');
  const [multiple, setMultiple] = useState<string[]>((mine.choices ?? []).map(String));
  const [scale, setScale] = useState(mine.value !== undefined ? String(mine.value) : '');
  const [order, setOrder] = useState(() => initialRanking(activity.options, mine.choices));
  const [words, setWords] = useState(mine.words ?? '');
  const [moveSaid, setMoveSaid] = useState('');
  const type = activity.poll_type ?? 'single';
  const answered = Object.keys(mine).length > 0;
  const open = activity.status === 'open';
  const options = activity.options.map((label, i) => ({ value: String(i), label }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer: AnswerInput = { activity_id: activity.id };
    if (type === 'single') answer.choices = single === '' ? [] : [Number(single)];
    else if (type === 'multiple') answer.choices = multiple.map(Number).sort((a, b) => a - b);
    else if (type === 'ranking') answer.choices = order;
    else if (type === 'scale') {
      if (scale !== '') answer.value = Number(scale);
    } else answer.words = words.trim();
    await send.run(() => sendAnswer(token, answer, lang), t('live.poll.recorded'));
  };

  if (!open) return <ActivityResults activity={activity} />;
  const field = type === 'scale' ? 'value' : type === 'words' ? 'words' : 'choices';
  let input;
  if (type === 'single') input = <RadioGroup legend={t('live.poll.chooseOne')} name="choices" options={options} value={single} onChange={setSingle} error={send.problem('choices')} />;
  else if (type === 'multiple') input = <CheckboxGroup legend={t('live.poll.chooseAny')} name="choices" options={options} values={multiple} onChange={setMultiple} error={send.problem('choices')} />;
  else if (type === 'scale')
    input = (
      <RadioGroup
        legend={t('live.poll.scaleLegend')}
        name="value"
        options={[1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: v === 1 ? `1 – ${t('live.scale.lowest')}` : v === 5 ? `5 – ${t('live.scale.highest')}` : String(v) }))}
        value={scale}
        onChange={setScale}
        error={send.problem('value')}
      />
    );
  else if (type === 'ranking')
    input = (
      <fieldset className={send.problem('choices') ? 'field field-invalid' : 'field'} aria-describedby="ranking-hint">
        <legend>{t('live.poll.rankLegend')}</legend>
        <p className="hint" id="ranking-hint">
          {t('live.poll.rankHint')}
        </p>
        {send.problem('choices') && <p className="field-error">{send.problem('choices')}</p>}
        <Ranking
          options={activity.options}
          order={order}
          onChange={(next, said) => {
            setOrder(next);
            setMoveSaid(said);
          }}
        />
        <p aria-live="polite" className="visually-hidden">
          {moveSaid}
        </p>
      </fieldset>
    );
  else input = <TextField label={t('live.poll.words')} name="words" value={words} onChange={(e) => setWords(e.target.value)} hint={t('live.poll.wordsHint')} error={send.problem('words')} maxLength={200} />;

  return (
    <form onSubmit={submit} noValidate className="live-form live-poll">
      {input}
      {send.otherError([field]) !== undefined && <ErrorAlert error={send.otherError([field])} />}
      <button type="submit" className="live-big-button" aria-disabled={send.busy || undefined}>
        {answered ? t('live.poll.change') : t('live.poll.send')}
      </button>
      <p role="status" className="status">
        {send.said || (answered ? t('live.poll.answeredBefore') : '')}
      </p>
      <ActivityResults activity={activity} />
    </form>
  );
}
