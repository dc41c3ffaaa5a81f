// Every migration this version knows, in order. Append only: never edit or remove one.
import { Initial1763800000001 } from './0001-initial';

export const migrations = [Initial1763800000001];

export const knownMigrationNames: readonly string[] = migrations.map((Migration) => new Migration().name);
