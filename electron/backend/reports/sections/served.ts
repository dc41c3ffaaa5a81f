// A person's status on a day, from the status columns and their dated history.

/**
 * The status of the person `alias` on a day (two parameters: the day, twice). Changes are never
 * dated before the current status began, so a status that began by then is still the status on
 * that day; only people whose status changed since are looked up in the history.
 */
export const statusOn = (table: string, personColumn: string, alias: string) => `
  (CASE WHEN ${alias}.status_since <= ? THEN ${alias}.status ELSE
    (SELECT s.to_status FROM ${table} s WHERE s.${personColumn} = ${alias}.id AND s.on_date <= ?
     ORDER BY s.on_date DESC, s.id DESC LIMIT 1) END)`;
