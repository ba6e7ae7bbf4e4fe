// The participant's own page (/me): no account needed, made for a phone. Without a link it asks
// for an e-mail address and sends one (saying the same whether or not the address is known).
// With a link (/me#TOKEN) it asks before opening it — mail scanners open links — and then shows
// what samla keeps about the person: their details to correct, each consent with its wording to
// give or withdraw, their invitations, groups, actions and the reports of events they attended,
// and everything else as a download.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api';
import { fieldProblems } from '../app/formErrors';
import { useLinkSecret } from '../app/linkSecret';
import { PublicPage } from '../app/PublicPage';
import { ErrorAlert, ErrorSummary, Loading, Status, TextField } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { askForLink, correctDetails, downloadOwnData, downloadOwnReport, getOwnPage, openLink, savedPageToken, savePageToken, setOwnConsent, type OwnPage as Page, type ReportFormat } from './ownPageApi';
import { purposes, type Purpose } from './privacyApi';

function AskForLink() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  return (
    <form
      aria-labelledby="ask-link"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        askForLink(email).then(() => setSent(true), setError);
      }}
    >
      <h2 id="ask-link">{t('ownPage.askTitle')}</h2>
      <p>{t('ownPage.askWhat')}</p>
      <TextField label={t('ownPage.email')} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      {error !== undefined && <ErrorAlert error={error} />}
      <button type="submit">{t('ownPage.send')}</button>
      {sent && <Status>{t('ownPage.sent')}</Status>}
    </form>
  );
}

function Details({ page, token, onChanged }: { page: Page; token: string; onChanged: (p: Page) => void }) {
  const { t, lang } = useI18n();
  const [name, setName] = useState(page.person.name);
  const [title, setTitle] = useState(page.person.title ?? '');
  const [email, setEmail] = useState(page.person.email ?? '');
  const [phone, setPhone] = useState(page.person.phone ?? '');
  const [languages, setLanguages] = useState(page.person.languages.join(', '));
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const { problems, problem } = fieldProblems(error, lang);
  const labels = { name: t('ownPage.name'), title: t('ownPage.jobTitle'), email: t('ownPage.email'), phone: t('ownPage.phone'), languages: t('ownPage.languages') };
  return (
    <form
      aria-labelledby="own-details"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        setSaid('');
        const list = languages.split(/[,\s]+/).map((l) => l.trim().toLowerCase()).filter(Boolean);
        correctDetails(token, { name, title: title || null, email: email || null, phone: phone || null, languages: list }).then((p) => {
          setSaid(t('ownPage.detailsSaved'));
          onChanged(p);
        }, setError);
      }}
    >
      <h2 id="own-details">{t('ownPage.details')}</h2>
      <TextField label={labels.name} name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={problem('name')} required />
      <TextField label={labels.title} name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={problem('title')} />
      <TextField label={labels.email} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={problem('email')} />
      <TextField label={labels.phone} name="phone" type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={problem('phone')} />
      <TextField label={labels.languages} name="languages" value={languages} onChange={(e) => setLanguages(e.target.value)} hint={t('ownPage.languagesHint')} error={problem('languages')} />
      {error !== undefined && (Object.keys(problems).length > 0 ? <ErrorSummary errors={problems} labels={labels} /> : <ErrorAlert error={error} />)}
      <button type="submit">{t('ownPage.saveDetails')}</button>
      {said && <Status>{said}</Status>}
    </form>
  );
}

function Consents({ page, token, onChanged }: { page: Page; token: string; onChanged: (p: Page) => void }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const active = (purpose: Purpose) => page.consents.find((c) => c.purpose === purpose && c.active);
  const change = (purpose: Purpose, give: boolean) => {
    setError(undefined);
    setSaid('');
    setOwnConsent(token, purpose, give).then((p) => {
      setSaid(t(give ? 'ownPage.given' : 'ownPage.withdrawn', { purpose: t(`consents.purposes.${purpose}`) }));
      onChanged(p);
    }, setError);
  };
  return (
    <section aria-labelledby="own-consents">
      <h2 id="own-consents">{t('ownPage.consents')}</h2>
      <p>{t('ownPage.consentsWhat')}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      {said && <Status>{said}</Status>}
      <ul className="plain-list">
        {purposes.map((purpose) => {
          const consent = active(purpose);
          const text = page.consent_texts[purpose];
          const wording = consent ? (lang === 'sv' ? consent.text_sv : consent.text_en) : text && (lang === 'sv' ? text.text_sv : text.text_en);
          // Only what they have said yes to before can be said yes to about lived experience here.
          if (purpose === 'lived_experience' && !consent) return null;
          return (
            <li key={purpose} className="panel">
              <h3>{t(`consents.purposes.${purpose}`)}</h3>
              <p>{consent ? t('ownPage.inForce', { basis: t(`consents.bases.${consent.basis}`) }) : t('ownPage.notGiven')}</p>
              {wording && <p className="prewrap">{wording}</p>}
              {consent ? (
                <button type="button" className="button-secondary" onClick={() => change(purpose, false)}>
                  {t(purpose === 'contact' ? 'ownPage.object' : 'ownPage.withdraw', { purpose: t(`consents.purposes.${purpose}`) })}
                </button>
              ) : (
                <button type="button" onClick={() => change(purpose, true)}>
                  {t('ownPage.give', { purpose: t(`consents.purposes.${purpose}`) })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Lists({ page, token }: { page: Page; token: string }) {
  const { t, dateTime, label } = useI18n();
  const list = (id: string, title: string, items: string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? <p>{t('ownPage.noneYet')}</p> : <ul className="plain-list">{items.map((item, i) => <li key={i}>{item}</li>)}</ul>}
    </section>
  );
  return (
    <>
      {list('own-invitations', t('ownPage.invitations'), page.invitations.map((i) => `${i.event_title} (${dateTime(i.starts_at)}): ${label('invitationStatus', i.status)}`))}
      {list('own-groups', t('ownPage.groups'), page.groups.map((g) => g.name))}
      {list('own-actions', t('ownPage.actions'), page.actions.map((a) => (a.due_date ? `${a.title} (${a.due_date})` : a.title)))}
      <Reports page={page} token={token} />
    </>
  );
}

// Each report is read as a PDF or saved as a web page: the page token travels in a header, so
// the report cannot simply be a link.
function Reports({ page, token }: { page: Page; token: string }) {
  const { t, lang, dateTime } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const save = (id: number, format: ReportFormat) => {
    setBusy(true);
    setError(undefined);
    downloadOwnReport(token, id, format, lang)
      .catch((e) => {
        // A page token that ran out ends the visit, as the page's own reading does.
        if (e instanceof ApiError && e.problem.code === 'own_page_link_not_valid') savePageToken('');
        setError(e);
      })
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="own-reports">
      <h2 id="own-reports">{t('ownPage.reports')}</h2>
      {page.reports.length === 0 ? (
        <p>{t('ownPage.noneYet')}</p>
      ) : (
        <ul className="plain-list">
          {page.reports.map((r) => (
            <li key={r.id} className="panel">
              <h3>{r.event_title}</h3>
              {r.published_at && <p>{t('ownPage.reportPublished', { when: dateTime(r.published_at) })}</p>}
              <div className="actions">
                <button type="button" disabled={busy} onClick={() => save(r.id, 'pdf')} aria-label={t('ownPage.reportPdfFor', { event: r.event_title })}>
                  {t('ownPage.reportPdf')}
                </button>
                <button type="button" className="button-secondary" disabled={busy} onClick={() => save(r.id, 'html')} aria-label={t('ownPage.reportHtmlFor', { event: r.event_title })}>
                  {t('ownPage.reportHtml')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite">{busy && <p>{t('ownPage.reportMaking')}</p>}</div>
      {error !== undefined && <ErrorAlert error={error} />}
    </section>
  );
}

function Everything({ page, token }: { page: Page; token: string }) {
  const { t, number } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const tables = Object.entries(page.records.records);
  return (
    <section aria-labelledby="own-everything">
      <h2 id="own-everything">{t('ownPage.everything')}</h2>
      <p>{t('ownPage.everythingWhat', { count: number(tables.reduce((n, [, rows]) => n + rows.length, 0)) })}</p>
      <button type="button" onClick={() => downloadOwnData(token, `samla-person-${page.person.id}.zip`).catch(setError)}>
        {t('ownPage.download')}
      </button>
      {error !== undefined && <ErrorAlert error={error} />}
    </section>
  );
}

export function OwnPage() {
  const { t } = useI18n();
  const secret = useLinkSecret();
  const [token, setToken] = useState(savedPageToken);
  const [page, setPage] = useState<Page | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!token) return;
    let live = true;
    getOwnPage(token).then(
      (p) => {
        if (live) setPage(p);
      },
      (e) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 404) {
          savePageToken('');
          setToken('');
        }
        setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [token]);
  useEffect(() => {
    if (page) heading.current?.focus();
  }, [page?.person.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const open = () => {
    setError(undefined);
    openLink(secret).then((pageToken) => {
      savePageToken(pageToken);
      window.history.replaceState(null, '', '/me');
      setToken(pageToken);
    }, setError);
  };

  let content;
  if (page && token)
    content = (
      <>
        <h2 ref={heading} tabIndex={-1}>
          {t('ownPage.hello', { name: page.person.name })}
        </h2>
        <p>{t('ownPage.intro')}</p>
        <Details page={page} token={token} onChanged={setPage} />
        <Consents page={page} token={token} onChanged={setPage} />
        <Lists page={page} token={token} />
        <Everything page={page} token={token} />
        <p>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              savePageToken('');
              setToken('');
              setPage(undefined);
            }}
          >
            {t('ownPage.leave')}
          </button>
        </p>
      </>
    );
  else if (token && !error) content = <Loading />;
  else if (secret && !token)
    content = (
      <section aria-labelledby="open-link">
        <h2 id="open-link">{t('ownPage.openTitle')}</h2>
        {error instanceof ApiError && error.status === 404 ? (
          <div role="alert" className="alert alert-error">
            <p>{t('ownPage.linkGone')}</p>
          </div>
        ) : (
          error !== undefined && <ErrorAlert error={error} />
        )}
        <button type="button" onClick={open}>
          {t('ownPage.open')}
        </button>
        <AskForLink />
      </section>
    );
  else content = <AskForLink />;
  return (
    <PublicPage title={t('ownPage.title')} className="own-page">
      {content}
    </PublicPage>
  );
}
