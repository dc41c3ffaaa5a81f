// Words the peer supporter screens show for stored values.
import type { engagements } from '../../../shared/api/peer-supporters';

export const engagementLabels: Record<(typeof engagements)[number], string> = {
  volunteer: 'Volunteer',
  paid: 'Paid',
};
