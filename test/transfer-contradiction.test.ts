/**
 * transfer-contradiction on notices written for these tests: a claim that data stays in the
 * EU/EEA against a service or place outside it, and the two cases where the notice does not
 * contradict itself.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function contradictions(...paragraphs: string[]): number[] {
  const text = `# Privacy notice\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'transfer-contradiction').map((m) => m.line);
}

describe('transfer-contradiction', () => {
  it('a US service against a claim that nothing leaves the EU/EEA', () => {
    expect(contradictions('We do not transfer personal data outside the EU/EEA.', 'Our newsletter is sent with Mailchimp.')).toEqual([5]);
  });
  it('an announced exception whose mechanism is given later is no contradiction', () => {
    expect(
      contradictions(
        'Personal data is not transferred outside the EU/EEA, except as described below.',
        'Google Analytics: data may be transferred to the USA under the EU-US Data Privacy Framework.',
      ),
    ).toEqual([]);
  });
  it('a mechanism without an announced exception still contradicts the claim', () => {
    expect(
      contradictions('Personal data is not transferred outside the EU/EEA.', 'Google Analytics: data may be transferred to the USA under the EU-US Data Privacy Framework.'),
    ).toEqual([5]);
  });
  it('a service the notice places in the EU contradicts nothing', () => {
    expect(contradictions('We do not transfer personal data outside the EU/EEA.', "We use Microsoft 365; the data is stored in Microsoft's data centres in the EU.")).toEqual([]);
  });
});
