/**
 * The factory behind the twenty `missing-<item>` rules: each reports its item when the
 * completeness analysis finds it missing or vague, at the section where it belongs (a heading
 * that names it) or at the top of the file, saying what is missing, what the GDPR asks and what
 * would be right. Silent for a file that is not a notice (`not-a-notice` says so once).
 */
import type { Lang, Span } from '../../model/types.js';
import { analyzeNotice, type ItemEvidence, type ItemId } from '../../items/index.js';
import type { MessageData, Rule, RuleContext, RuleSettings, Severity } from '../types.js';

export interface ItemRuleSpec {
  item: ItemId;
  severity: Severity;
  /** GDPR article, e.g. "GDPR Art. 13(2)(a)". */
  reference: string;
  description: string;
  /**
   * Template of the message for a missing item: what is missing and what the law requires (the
   * section where it belongs, when there is one, follows as `{where}`).
   */
  missing: string;
  /** Template of the message for a vague item; `{quote}` is the vague text. */
  vague?: string;
  /** What would be right: one example sentence. */
  suggestion: string;
  /** More messages of the rule: clauses that `data` puts into the messages above. */
  messages?: Record<string, string>;
  /** The values of the messages' placeholders other than `{quote}` and `{where}`. */
  data?: (e: ItemEvidence) => MessageData;
  /** A severity for this finding other than the rule's default (the DPO setting, US services). */
  severityFor?: (e: ItemEvidence, settings: RuleSettings) => Severity | undefined;
  /** Whether the item applies under the user's settings (no DPO appointed: no DPO contact is owed). */
  appliesUnder?: (settings: RuleSettings) => boolean;
}

const LANGUAGES: Lang[] = ['fi', 'sv', 'en'];
const TOP: Span = { start: 0, end: 0 };

/** A short quotation of the evidence text. */
export function quote(text: string, max = 90): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

export function itemRule(spec: ItemRuleSpec): Rule {
  return {
    meta: {
      id: `missing-${spec.item}`,
      severity: spec.severity,
      description: spec.description,
      reference: spec.reference,
      languages: LANGUAGES,
      messages: {
        missing: `${spec.missing}{where}`,
        ...(spec.vague ? { vague: spec.vague } : {}),
        'belongs-under': ' It belongs under "{heading}".',
        suggestion: spec.suggestion,
        ...spec.messages,
      },
    },
    check(notice, context: RuleContext) {
      const analysis = analyzeNotice(notice);
      if (!analysis.isNotice) return;
      if (spec.appliesUnder && !spec.appliesUnder(context.settings)) return;
      const e = analysis.items[spec.item];
      if (e.status !== 'missing' && e.status !== 'vague') return;
      const severity = spec.severityFor?.(e, context.settings);
      const data = spec.data?.(e) ?? {};
      const suggestion = { messageId: 'suggestion' };
      if (e.status === 'vague' && spec.vague && e.evidence) {
        context.report({ messageId: 'vague', data: { quote: quote(e.evidence.text), ...data }, span: e.evidence.span, suggestion, ...(severity ? { severity } : {}) });
        return;
      }
      // The finding is at the heading it belongs under: its line is the finding's own.
      const where = e.home ? { messageId: 'belongs-under', data: { heading: quote(e.home.text, 60) } } : '';
      context.report({ messageId: 'missing', data: { ...data, where }, span: e.home?.span ?? TOP, suggestion, ...(severity ? { severity } : {}) });
    },
  };
}
