// The participants table: a grid whose rows are drawn only where the scroll is, so it stays
// smooth at tens of thousands of rows. Arrow keys move between rows; Enter opens the record.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { participantStatusLabels, type ParticipantRow } from '../../../shared/api/participants';
import { formatDay } from '../../components/format-day';
import type { ParticipantFilters } from './participant-keys';

const ROW_HEIGHT = 44;
const PAGE_STEP = 10;

type SortColumn = ParticipantFilters['sort'];

const columns: Array<{ key: SortColumn; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: 'status', label: 'Status' },
  { key: 'referralDate', label: 'Referral date' },
  { key: 'region', label: 'Region' },
];

interface ParticipantTableProps {
  total: number;
  rowAt: (index: number) => ParticipantRow | undefined;
  sort: Pick<ParticipantFilters, 'sort' | 'direction'>;
  onSort: (column: SortColumn) => void;
  onRangeChange: (range: { first: number; last: number }) => void;
}

export function ParticipantTable({ total, rowAt, sort, onSort, onRangeChange }: ParticipantTableProps) {
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
      <div role="grid" aria-label="Participants" aria-rowcount={total + 1} aria-colcount={4} className="people-grid">
        <div role="rowgroup" className="people-grid-head">
          <div role="row" aria-rowindex={1} className="people-grid-row">
            {columns.map((column) => (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={sort.sort === column.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true">
                    {sort.sort === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
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
                    <RowCells row={row} focusable={item.index === activeRow} onFocus={() => setActive(item.index)} />
                  ) : (
                    <div role="gridcell" aria-colspan={4} className="people-grid-loading">
                      Loading…
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {total === 0 ? <p className="people-grid-empty">No participants to show.</p> : null}
    </>
  );
}

function RowCells({ row, focusable, onFocus }: { row: ParticipantRow; focusable: boolean; onFocus: () => void }) {
  return (
    <>
      <div role="gridcell">
        <Link to={`/participants/${row.id}`} tabIndex={focusable ? 0 : -1} onFocus={onFocus}>
          {row.displayName}
        </Link>
        {row.archived ? <span className="badge">Archived</span> : null}
      </div>
      <div role="gridcell">{participantStatusLabels[row.status]}</div>
      <div role="gridcell">{formatDay(row.referralDate)}</div>
      <div role="gridcell">{row.region ?? ''}</div>
    </>
  );
}
