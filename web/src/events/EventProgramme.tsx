// An event's agenda, facilitators and materials to read (for those who do not plan it).
import { useI18n } from '../i18n/i18n';
import type { Event } from './types';

export function EventProgramme({ event }: { event: Event }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('agenda.title')}</h2>
      {event.agenda.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <ol className="plain-list">
          {event.agenda.map((a, i) => (
            <li key={i}>
              <strong>{a.time}</strong> {a.title}
              {a.owner && <span className="muted"> ({a.owner})</span>}
              {(a.items ?? []).length > 0 && (
                <ul>
                  {(a.items ?? []).map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {event.facilitators.length > 0 && (
        <>
          <h2>{t('event.facilitators')}</h2>
          <ul className="plain-list">
            {event.facilitators.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </>
      )}
      {event.materials.length > 0 && (
        <>
          <h2>{t('materials.title')}</h2>
          <ul className="plain-list">
            {event.materials.map((m, i) => (
              <li key={i}>
                <a href={m.url} rel="noreferrer">
                  {m.title || m.url}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
