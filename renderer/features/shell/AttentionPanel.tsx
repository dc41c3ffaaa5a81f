// The first thing after unlock: what needs the leader today, with counts at the top and each
// item linking to the record where it is dealt with.
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { attentionKindLabels, attentionKinds, type AttentionItem } from '../../../shared/api/attention';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { useAttention } from './useAttention';

export function AttentionPanel() {
  const attention = useAttention();
  const total = attention.data ? attentionKinds.reduce((sum, kind) => sum + attention.data.counts[kind], 0) : 0;
  return (
    <section className="panel" aria-labelledby="attention-title">
      <h2 id="attention-title">Needs attention</h2>
      {attention.isError ? <Alert tone="error">{errorMessage(attention.error)}</Alert> : null}
      {attention.isPending ? <p role="status">Loading…</p> : null}
      {attention.data ? (
        <>
          {attention.data.notices.length > 0 ? (
            <ul className="attention-notices" aria-label="Backups">
              {attention.data.notices.map((notice) => (
                <li key={notice.kind}>
                  <Link to={notice.path}>{notice.message}</Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ul className="attention-counts" aria-label="Counts">
            {attentionKinds.map((kind) => (
              <li key={kind} className={attention.data.counts[kind] > 0 ? 'has-items' : undefined}>
                {attention.data.counts[kind] > 0 ? (
                  <a href={`#attention-${kind}`} onClick={(event) => jumpTo(event, kind)}>
                    <strong>{attention.data.counts[kind].toLocaleString('en-US')}</strong> {attentionKindLabels[kind]}
                  </a>
                ) : (
                  <span>
                    <strong>0</strong> {attentionKindLabels[kind]}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {total === 0 ? <p>Nothing needs attention today.</p> : null}
          {attentionKinds.map((kind) => {
            const items = attention.data.items.filter((item) => item.kind === kind);
            if (items.length === 0) return null;
            const more = attention.data.counts[kind] - items.length;
            return (
              <section key={kind} id={`attention-${kind}`} aria-labelledby={`attention-${kind}-title`}>
                <h3 id={`attention-${kind}-title`} tabIndex={-1}>
                  {attentionKindLabels[kind]}
                </h3>
                <ul className="attention-items">
                  {items.map((item, index) => (
                    <AttentionRow key={`${item.path}-${index}`} item={item} />
                  ))}
                </ul>
                {more > 0 ? <p>And {more.toLocaleString('en-US')} more.</p> : null}
              </section>
            );
          })}
        </>
      ) : null}
    </section>
  );
}

/** The backend writes dates as YYYY-MM-DD; shown as the person reads dates. */
const readableDates = (text: string) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day));

function AttentionRow({ item }: { item: AttentionItem }) {
  return (
    <li>
      <Link to={item.path}>{item.person.name}</Link> <span>{readableDates(item.detail)}</span>
    </li>
  );
}

// With a hash router, "#attention-…" would be read as a route: move the focus there instead.
function jumpTo(event: MouseEvent<HTMLAnchorElement>, kind: string): void {
  event.preventDefault();
  document.getElementById(`attention-${kind}-title`)?.focus();
}
