import { AuditEntryEntity, AuditHeadEntity } from './audit-entry';
import { ProgramEntity } from './program';

export const entities = [ProgramEntity, AuditEntryEntity, AuditHeadEntity];
