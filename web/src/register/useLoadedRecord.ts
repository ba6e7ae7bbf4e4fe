// The fields of a record being edited, loaded from `url` (none when creating), with the
// version to send back and a way to load the latest again.
import { useEffect, useState } from 'react';
import { request } from '../app/api';

export function useLoadedRecord<T extends { version: number }, F>(url: string | undefined, empty: F, fieldsOf: (record: T) => F) {
  const [fields, setFields] = useState<F>(empty);
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [loaded, setLoaded] = useState(url === undefined);

  const load = () => {
    if (url === undefined) return;
    request<T>('GET', url)
      .then(({ data }) => {
        setFields(fieldsOf(data));
        setVersion(data.version);
        setLoaded(true);
      })
      .catch(setLoadError);
  };
  useEffect(load, [url]);
  return { fields, setFields, version, loadError, loaded, load };
}
