// The filters and paging both people lists share: archived, status, name search, tag (with its
// sub-types), language and region, then one page of rows with the total in the same scan.
import type { EntityManager } from 'typeorm';
import { searchWords } from './search-key';
import type { TermLinks } from './person-columns';

export interface PersonFilter {
  search: string;
  statuses: readonly string[];
  tagId: number | null;
  languageId: number | null;
  region: string;
  includeArchived: boolean;
}

export interface PersonWhere {
  sql: string;
  parameters: unknown[];
  /** The filter reads every row anyway (a LIKE), so the total can come from the same scan. */
  scansAll: boolean;
}

export function personWhere(links: TermLinks, filter: PersonFilter): PersonWhere {
  const where: string[] = [];
  const parameters: unknown[] = [];
  const linked = (condition: string) =>
    `EXISTS (SELECT 1 FROM ${links.table} l JOIN vocabulary_term t ON t.id = l.term_id WHERE l.${links.personColumn} = p.id AND ${condition})`;
  if (!filter.includeArchived) where.push('p.archived_at IS NULL');
  if (filter.statuses.length > 0) {
    where.push(`p.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    parameters.push(...filter.statuses);
  }
  for (const word of searchWords(filter.search)) {
    // A plain substring test: the key is folded already, so LIKE's case rules are not needed.
    where.push('instr(p.search_key, ?) > 0');
    parameters.push(word);
  }
  if (filter.tagId !== null) {
    where.push(linked(`l.role = 'experience' AND (t.id = ? OR t.parent_id = ?)`));
    parameters.push(filter.tagId, filter.tagId);
  }
  if (filter.languageId !== null) {
    where.push(linked(`l.role = 'language' AND t.id = ?`));
    parameters.push(filter.languageId);
  }
  if (filter.region !== '') {
    where.push('p.region LIKE ? COLLATE NOCASE');
    parameters.push(`%${filter.region.replace(/[%_]/g, '')}%`);
  }
  return {
    sql: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    parameters,
    scansAll: searchWords(filter.search).length > 0 || filter.region !== '',
  };
}

/** The languages of each listed person, as one text column. */
export function languagesColumn(links: TermLinks): string {
  return `(SELECT group_concat(t.label, '|') FROM ${links.table} l JOIN vocabulary_term t ON t.id = l.term_id
    WHERE l.${links.personColumn} = p.id AND l.role = 'language') AS languages`;
}

/**
 * One page and the total. When the filter scans every row anyway, a window counts in that same
 * scan, over the ids alone, and the page's columns (with their subqueries) are read for the
 * page's rows only. Otherwise the page walks the name index and stops early, and an index count
 * is cheaper.
 */
export async function personPage(
  manager: EntityManager,
  query: {
    table: string;
    columns: string;
    where: PersonWhere;
    order: string;
    limit: number;
    offset: number;
    /** Parameters of `columns`, which come first in the statement. */
    leading?: unknown[];
  },
): Promise<{ total: number; rows: Record<string, unknown>[] }> {
  const parameters = [...(query.leading ?? []), ...query.where.parameters, query.limit, query.offset];
  const order = `ORDER BY ${query.order}, p.id`;
  if (query.where.scansAll) {
    const rows = await manager.query<Record<string, unknown>[]>(
      `SELECT ${query.columns}, page.total FROM (
         SELECT p.id, count(*) OVER () AS total FROM ${query.table} p ${query.where.sql} ${order} LIMIT ? OFFSET ?
       ) page JOIN ${query.table} p ON p.id = page.id ${order}`,
      parameters,
    );
    if (rows.length > 0) return { total: rows[0].total as number, rows };
    if (query.offset === 0) return { total: 0, rows };
  }
  const rows = query.where.scansAll
    ? []
    : await manager.query<Record<string, unknown>[]>(
        `SELECT ${query.columns} FROM ${query.table} p ${query.where.sql} ${order} LIMIT ? OFFSET ?`,
        parameters,
      );
  const [{ total }] = await manager.query<{ total: number }[]>(
    `SELECT count(*) AS total FROM ${query.table} p ${query.where.sql}`,
    query.where.parameters,
  );
  return { total, rows };
}

export function splitList(value: unknown): string[] {
  return typeof value === 'string' && value.length > 0 ? value.split('|') : [];
}
