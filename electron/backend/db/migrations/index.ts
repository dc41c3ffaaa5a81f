// Every migration this version knows, in order. Append only: never edit or remove one.
import { Initial1763800000001 } from './0001-initial';
import { People1763800000002 } from './0002-people';

export const migrations = [Initial1763800000001, People1763800000002];

export const knownMigrationNames: readonly string[] = migrations.map((Migration) => new Migration().name);
