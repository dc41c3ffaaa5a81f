// Words the people screens (participants and peer supporters) show for stored values.
// The labels live beside their values in shared/, where the backend's match reasons use them too.
export { genderLabels, modalityLabels } from '../../../shared/api/fields';

export function permissionLabel(value: boolean | null, yes: string, no: string): string {
  if (value === null) return 'Not asked yet';
  return value ? yes : no;
}
