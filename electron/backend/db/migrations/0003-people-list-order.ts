// The people lists open sorted by name among the records not archived: an index in that order
// lets the first page stop after its rows instead of reading and sorting every person.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleListOrder1763800000003 implements MigrationInterface {
  name = 'PeopleListOrder1763800000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['participant', 'peer_supporter']) {
      await queryRunner.query(
        `CREATE INDEX ${table}_by_name ON ${table} (archived_at, last_name COLLATE NOCASE, first_name COLLATE NOCASE, id)`,
      );
      await queryRunner.query(`DROP INDEX ${table}_name`);
    }
  }

  async down(): Promise<void> {
    throw new Error('PeerDesk migrations are append-only and are never reverted.');
  }
}
