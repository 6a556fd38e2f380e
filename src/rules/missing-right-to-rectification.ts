import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightToRectification: Rule = itemRule({
  item: 'right-to-rectification',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 16',
  description: 'The notice does not mention the right to have inaccurate data rectified.',
  missing: 'The notice does not mention the right to have inaccurate data rectified (Art. 16): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right to rectification only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 16) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You have the right to have inaccurate or incomplete data about you corrected."',
});
