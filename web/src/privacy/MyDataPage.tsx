// The way in to one's own page with the password (issue 20 part 2): a logged-in account that
// stands for a person in the register gets a page token and opens /me, the same page the
// e-mailed link opens.
import { useState } from 'react';
import { navigate } from '../app/router';
import { ErrorAlert, PageTitle } from '../app/ui';
import { useI18n } from '../i18n/i18n';
import { openAccountPage, savePageToken } from './ownPageApi';

export function MyDataPage() {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const open = () => {
    setBusy(true);
    setError(undefined);
    openAccountPage().then(
      (token) => {
        savePageToken(token);
        navigate('/me');
      },
      (e) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  return (
    <>
      <PageTitle title={t('myData.title')}>{t('myData.title')}</PageTitle>
      <p>{t('myData.what')}</p>
      <button type="button" disabled={busy} onClick={open}>
        {t('myData.open')}
      </button>
      {error !== undefined && <ErrorAlert error={error} />}
    </>
  );
}
