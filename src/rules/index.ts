import type { Rule } from './types.js';
import { duplicateSectionNumber } from './duplicate-section-number.js';
import { emptySection } from './empty-section.js';
import { invalidBusinessId } from './invalid-business-id.js';
import { leftoverArtifact } from './leftover-artifact.js';
import { legacyEncoding } from './legacy-encoding.js';

/** Every rule, by id. Adding a rule: its file in src/rules/, its doc page, its fixtures, and one line here. */
export const rules: readonly Rule<any>[] = [emptySection, duplicateSectionNumber, leftoverArtifact, invalidBusinessId, legacyEncoding];

export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(rules.map((r) => [r.meta.id, r]));
