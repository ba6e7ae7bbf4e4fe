// What every screen that loads data shows around it: the error, the loading note, then the
// data; and the labelled, scrollable table with column headers that most of them use.
import type { ReactNode } from 'react';
import { ErrorAlert, Loading, TableWrap } from './ui';
import type { Async } from './useAsync';

export function AsyncContent<T>({ state, children }: { state: Async<T>; children: (data: T) => ReactNode }) {
  return (
    <>
      {state.error !== undefined && <ErrorAlert error={state.error} />}
      {state.loading && !state.data && <Loading />}
      {state.data !== undefined && children(state.data)}
    </>
  );
}

// Headers that are `false` (a column the user may not see) are left out.
export function DataTable({ label, headers, children }: { label: string; headers: (string | false)[]; children: ReactNode }) {
  return (
    <TableWrap label={label}>
      <table>
        <thead>
          <tr>
            {headers.map((header, i) => header !== false && <th key={i} scope="col">{header}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}

// A table of loaded data, with the error and loading states before it is there.
export function AsyncTable<T>({ state, label, headers, rows }: { state: Async<T>; label: string; headers: (string | false)[]; rows: (data: T) => ReactNode }) {
  return (
    <AsyncContent state={state}>
      {(data) => (
        <DataTable label={label} headers={headers}>
          {rows(data)}
        </DataTable>
      )}
    </AsyncContent>
  );
}
