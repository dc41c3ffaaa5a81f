// Every migration this version knows, in order. Append only: never edit or remove one.
import { Initial1763800000001 } from './0001-initial';
import { People1763800000002 } from './0002-people';
import { PeopleListOrder1763800000003 } from './0003-people-list-order';
import { ProgramDemo1763800000004 } from './0004-program-demo';
import { PeopleSearchIndex1763800000005 } from './0005-people-search-index';
import { Consents1763800000006 } from './0006-consents';
import { Supervision1763800000007 } from './0007-supervision';
import { ConsentComplete1763800000008 } from './0008-consent-complete';
import { Matching1763800000009 } from './0009-matching';
import { Reports1763800000010 } from './0010-reports';
import { Backups1763800000011 } from './0011-backups';

export const migrations = [
  Initial1763800000001,
  People1763800000002,
  PeopleListOrder1763800000003,
  ProgramDemo1763800000004,
  PeopleSearchIndex1763800000005,
  Consents1763800000006,
  Supervision1763800000007,
  ConsentComplete1763800000008,
  Matching1763800000009,
  Reports1763800000010,
  Backups1763800000011,
];

export const knownMigrationNames: readonly string[] = migrations.map((Migration) => new Migration().name);
