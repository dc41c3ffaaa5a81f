// The program's own lists: lived-experience and needs tags (with sub-types), referral sources,
// closure reasons, training topics and languages. Editable in Settings; a term in use can be
// retired but never deleted.
import { z } from 'zod';
import { idSchema, requiredText } from './fields';

export const vocabularyKinds = [
  'experience',
  'referral-source',
  'closure-reason',
  'training-topic',
  'language',
] as const;
export const vocabularyKindSchema = z.enum(vocabularyKinds);
export type VocabularyKind = (typeof vocabularyKinds)[number];

export const vocabularyKindLabels: Record<VocabularyKind, string> = {
  experience: 'Lived experience and needs',
  'referral-source': 'Referral sources',
  'closure-reason': 'Closure reasons',
  'training-topic': 'Training topics',
  language: 'Languages',
};

export interface VocabularyTerm {
  id: number;
  kind: VocabularyKind;
  /** A sub-type's parent (experience tags only), e.g. "breast cancer" for "mastectomy with reconstruction". */
  parentId: number | null;
  label: string;
  /** Experience tags only: a need or issue (e.g. "feeding tube") rather than a condition. When no
   * peer supporter shares a participant's rare condition, matching ranks by shared needs. */
  isNeed: boolean;
  retired: boolean;
  /** How many records use the term; a term in use cannot be deleted. */
  usage: number;
}

export const vocabularyListInput = z.object({ kind: vocabularyKindSchema }).strict();

export const vocabularyAddInput = z
  .object({
    kind: vocabularyKindSchema,
    label: requiredText(120, 'Enter a name for the term.'),
    parentId: idSchema.nullable().default(null),
    isNeed: z.boolean().default(false),
  })
  .strict();

export const vocabularyRenameInput = z
  .object({ id: idSchema, label: requiredText(120, 'Enter a name for the term.') })
  .strict();

export const vocabularyRetireInput = z.object({ id: idSchema, retired: z.boolean() }).strict();

export const vocabularyDeleteInput = z.object({ id: idSchema }).strict();

export const vocabularySetNeedInput = z.object({ id: idSchema, isNeed: z.boolean() }).strict();
