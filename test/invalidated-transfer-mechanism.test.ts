/**
 * invalidated-transfer-mechanism on notices written for these tests: a transfer resting on the
 * Privacy Shield or Safe Harbor is found; the bare name as a heading or a menu item is a topic.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function invalid(source: string): number[] {
  const { result } = lintSource(source, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'invalidated-transfer-mechanism').map((m) => m.line);
}

describe('invalidated-transfer-mechanism', () => {
  it('a transfer resting on the Privacy Shield or Safe Harbor', () => {
    expect(invalid('# Privacy\n\nOur mailing service is certified under the EU-US Privacy Shield.\n')).toEqual([3]);
    expect(invalid('# Tietosuoja\n\nTiedot siirretään Yhdysvaltoihin Safe Harbor -periaatteiden mukaisesti.\n')).toEqual([3]);
  });
  it('the bare name as a heading or a list item is a topic, not a transfer resting on it', () => {
    expect(invalid('# Topics\n\n## EU-US Privacy Shield\n\nEncryption keeps data safe whatever the rules across the Atlantic.\n\n- Safe Harbor\n- GDPR\n')).toEqual([]);
  });
  it('a heading with the name and a sentence relying on it under it: the sentence is found', () => {
    expect(invalid('# Privacy\n\n## Privacy Shield\n\nWe transfer data to our US host under the Privacy Shield.\n')).toEqual([5]);
  });
});

describe('invalidated-transfer-mechanism and abbreviations', () => {
  it('a name after "EU-U.S." in a sentence is still relied on', () => {
    expect(invalid('# Integritet\n\nÖverföringen till vår leverantör i USA sker med stöd av EU-U.S. Privacy Shield.\n')).toEqual([3]);
  });
});

describe('invalidated-transfer-mechanism and a name told as history', () => {
  it('the next sentence says a court annulled it, naming no other: history, not a transfer resting on it', () => {
    expect(invalid('# Privacy\n\nSome older notices rest on the EU-US Privacy Shield. The Court of Justice struck it down in 2020, and we use the standard contractual clauses instead.\n')).toEqual([]);
    expect(invalid('# Tietosuoja\n\nVanhat selosteet viittaavat Privacy Shield -järjestelyyn. EU-tuomioistuin mitätöi sen vuonna 2020.\n')).toEqual([]);
  });
  it('a next sentence about something else ("no longer"), or one naming another mechanism, leaves the claim standing', () => {
    expect(invalid('# Privacy\n\nOur host is certified under the Privacy Shield. We no longer use Google Analytics.\n')).toEqual([3]);
    expect(invalid('# Privacy\n\nOur host is certified under the Privacy Shield. It replaced Safe Harbor, which was invalidated in 2015.\n')).toEqual([3]);
    expect(invalid('# Integritet\n\nVår leverantör är certifierad enligt Privacy Shield.\n\nEU-domstolen ogiltigförklarade ett annat avtal.\n')).toEqual([3]);
  });
});
