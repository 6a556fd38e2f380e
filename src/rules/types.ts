import type { MessageRef } from '../i18n/format.js';
import type { Lang, Notice, Span } from '../model/types.js';
import type { ItemResult, Severity } from '../report.js';

export type { Severity };
export type { MessageData, MessageRef } from '../i18n/format.js';
export type SeveritySetting = Severity | 'off';

export interface RuleMeta {
  /** Public id, kebab-case; the rule's file is `src/rules/<id>.ts`. */
  id: string;
  severity: Severity;
  /** One line: what the rule reports. */
  description: string;
  /** Legal or authoritative source, e.g. "GDPR Art. 13(2)(a)". */
  reference?: string;
  /** Languages whose phrases the rule knows; structural rules know all three. */
  languages: Lang[];
  /** True when some findings carry a mechanical fix. */
  fixable?: boolean;
  /**
   * The rule's messages in English, by message id: templates whose `{name}` placeholders the
   * finding's data fills (the kernel checks that they match). Their Finnish and Swedish
   * translations are in `messages/fi.yaml` and `messages/sv.yaml`, under the same ids.
   */
  messages: Record<string, string>;
}


/** A text replacement in the notice's source. */
export interface Fix {
  span: Span;
  text: string;
}

/**
 * What a rule reports; the runner stamps id, severity, reference and url on it, and fills the
 * message's template with its data. Other places never go into the text ("line 12"): they are
 * `related` spans.
 */
export interface Report extends MessageRef {
  span: Span;
  /** Overrides the configured severity for this one finding (e.g. a warning-level case of an error rule). */
  severity?: Severity;
  /** A second place the finding is about (the claim a contradiction contradicts). */
  related?: (MessageRef & { span: Span })[];
  fix?: Fix;
  /**
   * What to write instead, when a fix would not be safe: advice, as one of the rule's messages;
   * or, as a string, the very words to write into the notice (a body's current name in the
   * notice's language), which are never translated.
   */
  suggestion?: string | MessageRef;
}

/** Settings every rule may read; they come from configuration and the command line. */
export interface RuleSettings {
  /** Reference date for date-dependent rules, ISO yyyy-mm-dd. */
  today: string;
  /** Whether the organisation has appointed a DPO (raises dpo-contact to an error). */
  dpoAppointed?: boolean;
}

export interface RuleContext<Options = Record<string, unknown>> {
  options: Options;
  settings: RuleSettings;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  check(notice: Notice, context: RuleContext<Options>): void;
}

/** What a contributor adds to a file's result besides findings. */
export interface Contribution {
  /** Entries of the report's `items` map: each item's status and evidence line. */
  items?: Record<string, ItemResult>;
  /** Share of purpose, sharing and transfer sentences that hedge (0..1, three decimals). */
  vagueSentenceRate?: number;
}

/**
 * Adds to each file's result what is not a finding (the report's `items`, rates), from the
 * analyses, registered beside the rules (src/rules/support/contributors.ts): the kernel runs the
 * contributors as it runs the rules, and knows no analysis by name.
 */
export interface Contributor {
  /** What it contributes, e.g. "items". */
  name: string;
  contribute(notice: Notice): Contribution;
}
