// The facts a participant needs about an event, as a description list: when (in the event's own
// time zone), how, where, in which languages, and what is done for accessibility. Used on the
// public RSVP page and for readers of an event who do not plan it.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { eventTime, languageName } from './eventVocabulary';
import type { RsvpEvent } from './types';

// The facts alone: the organisers' words and the reply-by day are shown by each page its own way.
type Facts = Omit<RsvpEvent, 'invitation_text' | 'reply_by'>;

export function EventFacts({ event }: { event: Facts }) {
  const { t, lang, label } = useI18n();
  const languages = (codes: string[]) => codes.map((c) => languageName(lang, c)).join(', ');
  const rows: [string, ReactNode][] = [
    [t('event.when'), eventTime(lang, event.starts_at, event.ends_at, event.time_zone)],
    [t('event.format'), label('eventFormat', event.format)],
  ];
  if (event.venue) rows.push([t('event.venue'), event.venue]);
  if (event.link)
    rows.push([
      t('event.link'),
      <a href={event.link} key="link" rel="noreferrer">
        {event.link}
      </a>,
    ]);
  if (event.languages.length > 0) rows.push([t('event.workingLanguages'), languages(event.languages)]);
  if (event.interpretation_languages.length > 0) rows.push([t('event.interpretationLanguages'), languages(event.interpretation_languages)]);
  if (event.objectives) rows.push([t('event.objectives'), event.objectives]);
  if (event.accessibility) rows.push([t('event.accessibility'), event.accessibility]);
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
