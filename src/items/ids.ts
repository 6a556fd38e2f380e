export const ITEM_IDS = [
  'controller-identity',
  'dpo-contact',
  'purposes',
  'legal-basis',
  'legitimate-interests',
  'recipients',
  'international-transfers',
  'retention-period',
  'right-of-access',
  'right-to-rectification',
  'right-to-erasure',
  'right-to-restriction',
  'right-to-object',
  'right-to-portability',
  'consent-withdrawal',
  'complaint-right',
  'statutory-requirement',
  'automated-decision-making',
  'data-categories',
  'data-sources',
] as const;

export type ItemId = (typeof ITEM_IDS)[number];
