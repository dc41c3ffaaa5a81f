// Many rows of one table in few statements: a multi-row INSERT per batch, so that the large demo's
// tens of thousands of rows cost a few hundred statements rather than one each.
import type { EntityManager } from 'typeorm';

/** Well under SQLite's limit of 32,766 bound parameters per statement. */
const MAX_PARAMETERS = 16_000;

/** Inserts the rows (all with the same columns, in the same order) in the caller's transaction. */
export async function insertRows(manager: EntityManager, table: string, rows: Array<Record<string, unknown>>) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const placeholders = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    await manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => placeholders).join(', ')}`,
      batch.flatMap((row) => columns.map((column) => row[column])),
    );
  }
}
