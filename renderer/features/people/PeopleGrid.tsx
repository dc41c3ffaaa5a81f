// A list of people as a grid whose rows are drawn only where the scroll is, so it stays smooth
// at tens of thousands of rows. Arrow keys move between rows; Enter opens the record.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';

const ROW_HEIGHT = 44;
const PAGE_STEP = 10;

export interface PersonRow {
  id: number;
  displayName: string;
  archived: boolean;
}

export interface PeopleGridColumn<Row, Sort extends string> {
  sort: Sort;
  label: string;
  cell: (row: Row) => ReactNode;
}

export interface GridSort<Sort extends string> {
  sort: Sort;
  direction: 'asc' | 'desc';
}

interface PeopleGridProps<Row extends PersonRow, Sort extends string> {
  /** The grid's accessible name, such as "Participants". */
  label: string;
  emptyText: string;
  /** The first column is the person's name, which links to their record. */
  nameColumn: { sort: Sort; label: string };
  columns: PeopleGridColumn<Row, Sort>[];
  recordPath: (row: Row) => string;
  /** Flags shown after the name, such as a certification needing renewal. */
  nameFlags?: (row: Row) => ReactNode;
  total: number;
  rowAt: (index: number) => Row | undefined;
  sort: GridSort<Sort>;
  onSort: (column: Sort) => void;
  onRangeChange: (range: { first: number; last: number }) => void;
}

export function PeopleGrid<Row extends PersonRow, Sort extends string>(props: PeopleGridProps<Row, Sort>) {
  const { label, emptyText, nameColumn, columns, total, rowAt, sort, onSort, onRangeChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const activeRow = Math.min(active, Math.max(total - 1, 0));
  const headers = [nameColumn, ...columns];

  useEffect(() => onRangeChange({ first, last }), [first, last, onRangeChange]);
  useEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`);
    if (link) {
      link.focus();
      focusPending.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), total - 1);
    setActive(next);
    focusPending.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + PAGE_STEP,
      PageUp: activeRow - PAGE_STEP,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target === undefined || total === 0) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <>
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-colcount={headers.length}
        className="people-grid"
      >
        <div role="rowgroup" className="people-grid-head">
          <div role="row" aria-rowindex={1} className="people-grid-row">
            {headers.map((column) => (
              <div
                key={column.sort}
                role="columnheader"
                aria-sort={sort.sort === column.sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.sort)}>
                  {column.label}
                  <span aria-hidden="true">
                    {sort.sort === column.sort ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className="people-grid-body" onKeyDown={onKeyDown}>
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 2}
                  data-index={item.index}
                  className="people-grid-row"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: item.size,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  {row ? (
                    <>
                      <div role="gridcell">
                        <Link
                          to={props.recordPath(row)}
                          tabIndex={item.index === activeRow ? 0 : -1}
                          onFocus={() => setActive(item.index)}
                        >
                          {row.displayName}
                        </Link>
                        {row.archived ? <span className="badge">Archived</span> : null}
                        {props.nameFlags?.(row)}
                      </div>
                      {columns.map((column) => (
                        <div key={column.sort} role="gridcell">
                          {column.cell(row)}
                        </div>
                      ))}
                    </>
                  ) : (
                    <div role="gridcell" aria-colspan={headers.length} className="people-grid-loading">
                      Loading…
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {total === 0 ? <p className="people-grid-empty">{emptyText}</p> : null}
    </>
  );
}

/** Clicking the sorted column again reverses it; another column starts ascending. */
export function nextSort<Sort extends string>(current: GridSort<Sort>, column: Sort): GridSort<Sort> {
  return { sort: column, direction: current.sort === column && current.direction === 'asc' ? 'desc' : 'asc' };
}
