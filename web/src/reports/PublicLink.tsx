// A published report may be shared with a link that needs no account (coordinators and
// administrators). The link's secret is shown once, when it is made, with a button to copy it;
// making a new one replaces the old, and removing it closes it for everyone who has it.
import { useEffect, useRef, useState } from 'react';
import { DialogButton } from '../app/Dialog';
import type { Report } from '../app/schema';
import { ErrorAlert } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { createPublicLink, removePublicLink } from './reportsApi';

export function PublicLink({ report, onChanged }: { report: Report; onChanged: (report: Report) => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [removals, setRemovals] = useState(0);
  useEffect(() => {
    if (url) {
      field.current?.focus();
      field.current?.select();
    }
  }, [url]);
  // The button that opened the question is gone with the link: focus goes to the heading.
  useEffect(() => {
    if (removals > 0) heading.current?.focus();
  }, [removals]);

  const make = () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setSaid('');
    createPublicLink(report.id)
      .then((link) => {
        setUrl(link.path ? window.location.origin + link.path : null);
        onChanged({ ...report, public_link: true });
      }, setError)
      .finally(() => setBusy(false));
  };
  const remove = (close: () => void) => {
    setError(undefined);
    removePublicLink(report.id).then(() => {
      close();
      setUrl(null);
      setSaid(t('reports.linkRemoved'));
      setRemovals((n) => n + 1);
      onChanged({ ...report, public_link: false });
    }, setError);
  };
  const copy = () => {
    if (!url) return;
    navigator.clipboard?.writeText(url).then(
      () => setSaid(t('reports.linkCopied')),
      () => setSaid(t('reports.linkCopyFailed')),
    );
  };

  return (
    <section aria-labelledby="report-link-heading" className="panel">
      <h2 id="report-link-heading" tabIndex={-1} ref={heading}>{t('reports.publicLink')}</h2>
      <p>{report.public_link ? t('reports.linkExists') : t('reports.linkNone')}</p>
      {error !== undefined && <ErrorAlert error={error} />}
      {url && (
        <div className="field">
          <label htmlFor="public-link">{t('reports.linkLabel')}</label>
          <p className="hint" id="public-link-hint">
            {t('reports.linkOnce')}
          </p>
          <div className="inline-form">
            <input id="public-link" ref={field} type="text" readOnly value={url} aria-describedby="public-link-hint" className="link-field" />
            <button type="button" className="button-secondary" onClick={copy}>
              {t('reports.copyLink')}
            </button>
          </div>
        </div>
      )}
      <div role="status">{said && <p className="status">{said}</p>}</div>
      <div className="actions">
        <button type="button" onClick={make}>
          {report.public_link ? t('reports.newLink') : t('reports.makeLink')}
        </button>
        {report.public_link && (
          <DialogButton label={t('reports.removeLink')} className="button-danger" role="alertdialog" title={t('reports.removeLinkTitle')} onOpenChange={() => setError(undefined)}>
            {(close) => (
              <>
                <p>{t('reports.removeLinkQuestion')}</p>
                {error !== undefined && <ErrorAlert error={error} />}
                <div className="actions">
                  <button type="button" className="button-danger" onClick={() => remove(close)}>
                    {t('reports.removeLink')}
                  </button>
                  <button type="button" className="button-secondary" onClick={close} autoFocus>
                    {t('common.cancel')}
                  </button>
                </div>
              </>
            )}
          </DialogButton>
        )}
      </div>
    </section>
  );
}
