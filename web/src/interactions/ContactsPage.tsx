// Every contact of the programme in one place (/contacts), as a CRM user expects: newest first,
// found by words (who had the contact and, for those who may read them, the summaries), by days,
// and "follow-ups due": the open ones due by today, late ones first in words. Each names whom it
// was with, linking to their page, where the contact can also be recorded.
import { useState } from 'react';
import { FilterForm, useListFilters } from '../app/listing';
import { AsyncContent } from '../app/results';
import { useSession } from '../app/session';
import { CheckboxGroup, ErrorAlert, PageTitle, Status, TextField } from '../app/ui';
import { useAsync } from '../app/useAsync';
import { useI18n } from '../i18n/i18n';
import { ContactTable, today } from './ContactTable';
import { getInteractions } from './interactionsApi';

export function ContactsPage() {
  const { t, number } = useI18n();
  const session = useSession();
  const { values, field, apply, clear } = useListFilters('/contacts', ['q', 'from', 'to', 'due']);
  const [reload, setReload] = useState(0);
  const [error, setError] = useState<unknown>(undefined);
  const due = values.due === 'yes';
  const list = useAsync(
    () => getInteractions({ q: values.q || undefined, from: values.from || undefined, to: values.to || undefined, follow_up_by: due ? today() : undefined, limit: 500 }),
    [values.q, values.from, values.to, due, reload],
  );
  const dueField = field('due');
  return (
    <>
      <PageTitle title={t('contacts.title')}>{t('contacts.title')}</PageTitle>
      <p>{t('contacts.intro')}</p>
      <FilterForm label={t('contacts.search')} onSubmit={apply} onClear={clear}>
        <TextField label={t('interactions.words')} type="search" {...field('q')} />
        <TextField label={t('contacts.from')} type="date" {...field('from')} />
        <TextField label={t('contacts.to')} type="date" {...field('to')} />
        <CheckboxGroup
          legend={t('interactions.followUp')}
          name="due"
          options={[{ value: 'yes', label: t('contacts.dueOnly') }]}
          values={dueField.value === 'yes' ? ['yes'] : []}
          onChange={(v) => dueField.onChange({ target: { value: v.includes('yes') ? 'yes' : '' } })}
        />
      </FilterForm>
      {error !== undefined && <ErrorAlert error={error} />}
      <AsyncContent state={list}>
        {(data) => (
          <>
            <Status>{t(due ? 'contacts.countDue' : 'contacts.count', { count: number(data.items.length) })}</Status>
            {data.items.length > 0 && (
              <ContactTable items={data.items} label={t('contacts.title')} showWith canWrite={session.can('write_register')} onChanged={() => setReload((n) => n + 1)} onError={setError} />
            )}
          </>
        )}
      </AsyncContent>
    </>
  );
}
