/**
 * Vague language (WP260 rev.01, paragraph 13): qualifiers such as "may", "some", "possibly",
 * "saatetaan", "voidaan", "kan komma att" in statements of purpose, sharing and transfer, where
 * they hide what is really done. Shared by the `vague-language` rule and the report's
 * `vagueSentenceRate`, so both count the same sentences. Computed once per notice.
 */
import { derivedKey, getCached } from '../model/derived.js';
import { vaguePhrases } from '../lang/index.js';
import { blockSpan } from '../model/blocks.js';
import { type Sentence, sentences } from '../model/sentences.js';
import type { Notice, Span } from '../model/types.js';
import { escapeRegExp, phrasePattern } from '../matching/patterns.js';
import { inLangs, perLanguages } from './patterns.js';

/** The qualifiers and topics of the notice's languages only. */
const patterns = perLanguages((langs) => {
  const words = (pick: (p: (typeof vaguePhrases)['fi']) => readonly string[]) => inLangs(langs, vaguePhrases, pick);
  return {
    HEDGE: phrasePattern(words((p) => p.hedges), 'giu'),
    MODAL: phrasePattern(words((p) => p.modals), 'giu'),
    CONDITION: phrasePattern(words((p) => p.conditions), 'iu'),
    MODAL_PASSIVE: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words((p) => p.modalsBeforePassive).map(escapeRegExp).join('|') || '(?!)'})\\s+(?:(?:också|även|inte|komma att)\\s+){0,2}\\p{L}{2,30}s(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    READER: new RegExp(`(?<![\\p{L}\\p{N}])(?:${langs.flatMap((l) => vaguePhrases[l].readerSubjects).map(escapeRegExp).join('|') || '(?!)'})\\s+$`, 'iu'),
    TOPIC: phrasePattern(words((p) => p.topics), 'iu'),
    RIGHTS: phrasePattern(words((p) => p.rights), 'iu'),
  };
});
type Patterns = ReturnType<typeof patterns>;
const MIN_WORDS = 4;

export interface HedgedSentence {
  sentence: Sentence;
  /** The qualifiers as written ("voidaan", "saatetaan"). */
  hedges: string[];
  /** The first qualifier's place. */
  span: Span;
}

export interface VagueAnalysis {
  /** Sentences about purposes, sharing or transfers. */
  topicSentences: number;
  hedged: HedgedSentence[];
  /** hedged / topicSentences; undefined when the notice has no such sentence. */
  rate: number | undefined;
}

const VAGUE_SENTENCES = derivedKey<VagueAnalysis>('vague sentences');

function hedgesIn(P: Patterns, text: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  // A modal under a stated condition ("unpaid fees may be passed to a collection agency") says when it happens.
  const { HEDGE, MODAL, MODAL_PASSIVE, READER } = P;
  const tried = P.CONDITION.test(text) ? [HEDGE] : [HEDGE, MODAL, MODAL_PASSIVE];
  for (const pattern of tried) {
    for (const m of text.matchAll(pattern)) {
      const i = m.index ?? 0;
      if (READER.test(text.slice(Math.max(0, i - 30), i))) continue; // "you may request": the reader's own choice
      out.push({ index: i, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

export function analyzeVague(notice: Notice): VagueAnalysis {
  return getCached(notice, VAGUE_SENTENCES, computeAnalyzeVague);
}

function computeAnalyzeVague(notice: Notice): VagueAnalysis {
  const P = patterns(notice);
  const { TOPIC, RIGHTS } = P;
  let topicSentences = 0;
  const hedged: HedgedSentence[] = [];
  for (const s of sentences(notice)) {
    if (s.block.kind === 'heading' || /\?\s*$/u.test(s.text)) continue;
    if (s.text.split(/\s+/u).length < MIN_WORDS) continue;
    if (!TOPIC.test(s.text) || RIGHTS.test(s.text) || RIGHTS.test(s.section.title)) continue;
    topicSentences++;
    const found = hedgesIn(P, s.text);
    if (found.length === 0) continue;
    const first = found[0];
    hedged.push({
      sentence: s,
      hedges: [...new Set(found.map((h) => h.text.toLowerCase()))],
      span: blockSpan(s.block, s.index + first.index, s.index + first.index + first.text.length),
    });
  }
  const result: VagueAnalysis = { topicSentences, hedged, rate: topicSentences ? hedged.length / topicSentences : undefined };
  return result;
}
