// A people list page: the heading with its Add button, search and filters, the count, and the
// virtualised grid. Each kind brings its filters, its rows a page at a time, and its columns.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { PeopleFiltersPanel } from './PeopleFiltersPanel';
import { PeopleGrid, type PeopleGridColumn, type PersonRow } from './PeopleGrid';
import { countLabel, type useListFilters } from './useListFilters';

interface PeopleListPageProps<Row extends PersonRow, S extends string, Sort extends string> {
  /** The heading and the grid's name: "Participants". */
  title: string;
  /** "participant", "participants": the Add button, the count, the filters' and the empty list's words. */
  one: string;
  many: string;
  /** The list's path; records are below it: "/participants". */
  path: string;
  statuses: readonly S[];
  statusLabels: Record<S, string>;
  list: ReturnType<typeof useListFilters<S, Sort>>;
  pages: {
    total: number | undefined;
    error: Error | null;
    rowAt: (index: number) => Row | undefined;
  };
  columns: PeopleGridColumn<Row, Sort>[];
  /** Badges after a row's name. */
  nameFlags?: (row: Row) => ReactNode;
}

export function PeopleListPage<Row extends PersonRow, S extends string, Sort extends string>({
  title,
  one,
  many,
  path,
  statuses,
  statusLabels,
  list,
  pages,
  columns,
  nameFlags,
}: PeopleListPageProps<Row, S, Sort>) {
  const navigate = useNavigate();
  // Every people list sorts by name, its first column.
  const nameSort = 'name' as Sort;
  return (
    <>
      <div className="page-heading">
        <h1>{title}</h1>
        <button type="button" className="button-primary" onClick={() => void navigate(`${path}/new`)}>
          Add {one}
        </button>
      </div>
      <PeopleFiltersPanel
        people={many}
        statuses={statuses}
        statusLabels={statusLabels}
        draft={list.draft}
        onChange={list.setDraft}
      />
      <p className="list-count" role="status">
        {pages.total === undefined ? 'Loading…' : countLabel(pages.total, one, many)}
      </p>
      {pages.error ? <Alert tone="error">{errorMessage(pages.error)}</Alert> : null}
      <PeopleGrid
        label={title}
        emptyText={`No ${many} to show.`}
        nameColumn={{ sort: nameSort, label: 'Name' }}
        columns={columns}
        recordPath={(row) => `${path}/${row.id}`}
        nameFlags={nameFlags}
        total={pages.total ?? 0}
        rowAt={pages.rowAt}
        sort={list.sort}
        onSort={list.sortBy}
        onRangeChange={list.setRange}
      />
    </>
  );
}
