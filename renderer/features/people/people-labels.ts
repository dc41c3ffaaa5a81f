// Words the people screens (participants and peer supporters) show for stored values.
import type { Gender, Modality } from '../../../shared/api/fields';

export const genderLabels: Record<Gender, string> = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'another-identity': 'Another identity',
  'prefer-not-to-say': 'Prefers not to say',
};

export const modalityLabels: Record<Modality, string> = {
  phone: 'Phone',
  'in-person': 'In person',
  video: 'Video',
  text: 'Text messages',
  group: 'Group',
  'home-visit': 'Home visit',
};

export function permissionLabel(value: boolean | null, yes: string, no: string): string {
  if (value === null) return 'Not asked yet';
  return value ? yes : no;
}
