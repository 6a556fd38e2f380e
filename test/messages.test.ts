/**
 * Message templates and their translations: every rule's message in Finnish and Swedish with
 * the same placeholders, findings' data that fits their templates, `--locale` and `locale`
 * giving the localised text beside the unchanged English report.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { staleCatalogues } from '../scripts/messages-build.js';
import { placeholders } from '../src/i18n/format.js';
import { CATALOGUES, translate } from '../src/i18n/localize.js';
import { COUNTRIES } from '../src/facts/transfers.js';
import { ITEM_IDS } from '../src/items/ids.js';
import { PARITY_RULE_IDS, PARITY_RULES } from '../src/parity/meta.js';
import { lintSource } from '../src/linter.js';
import { lintFile } from '../src/api.js';
import type { LintMessage } from '../src/report.js';
import { rules } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { ROOT, runCli, TODAY } from './helpers.js';

const TRANSLATIONS = ['fi', 'sv'] as const;

describe('catalogues', () => {
  it('the compiled catalogues are those of messages/*.yaml (npm run messages:build)', () => {
    expect(staleCatalogues(true)).toEqual([]);
  });

  it('every rule has its title and every message in Finnish and Swedish, with the same placeholders', () => {
    const problems: string[] = [];
    for (const locale of TRANSLATIONS) {
      const catalogue = CATALOGUES[locale];
      for (const rule of rules) {
        const own = catalogue.rules[rule.meta.id];
        if (!own?.description) problems.push(`${locale}: ${rule.meta.id}: no title (description)`);
        for (const [id, english] of Object.entries(rule.meta.messages)) {
          const t = own?.messages?.[id];
          if (t === undefined) problems.push(`${locale}: ${rule.meta.id}.${id}: no translation`);
          else if (placeholders(t).join() !== placeholders(english).join()) {
            problems.push(`${locale}: ${rule.meta.id}.${id}: placeholders {${placeholders(t).join('}, {')}}, English has {${placeholders(english).join('}, {')}}`);
          }
        }
        for (const id of Object.keys(own?.messages ?? {})) if (!(id in rule.meta.messages)) problems.push(`${locale}: ${rule.meta.id}.${id}: no such message`);
      }
      // The comparison of language versions: titles only (their messages are not templates yet).
      for (const rule of PARITY_RULES) if (!catalogue.rules[rule.id]?.description) problems.push(`${locale}: ${rule.id}: no title (description)`);
      for (const id of Object.keys(catalogue.rules)) if (!rules.some((r) => r.meta.id === id) && !PARITY_RULE_IDS.has(id)) problems.push(`${locale}: ${id}: no such rule`);
    }
    expect(problems).toEqual([]);
  });

  it('has the report\'s words in English, Finnish and Swedish, with the same placeholders', () => {
    const keys = Object.keys(CATALOGUES.en.report);
    expect(keys.length).toBeGreaterThan(5);
    for (const locale of TRANSLATIONS) {
      expect(Object.keys(CATALOGUES[locale].report).sort(), locale).toEqual([...keys].sort());
      for (const k of keys) expect(placeholders(CATALOGUES[locale].report[k]), `${locale}: report.${k}`).toEqual(placeholders(CATALOGUES.en.report[k]));
    }
  });

  it('says why a file could not be read in English, Finnish and Swedish, with the same placeholders', () => {
    const keys = Object.keys(CATALOGUES.en.fileErrors).sort();
    expect(keys.length).toBeGreaterThan(30);
    for (const locale of TRANSLATIONS) {
      expect(Object.keys(CATALOGUES[locale].fileErrors).sort(), locale).toEqual(keys);
      for (const k of keys) expect(placeholders(CATALOGUES[locale].fileErrors[k]), `${locale}: fileErrors.${k}`).toEqual(placeholders(CATALOGUES.en.fileErrors[k]));
    }
  });

  it('a file that cannot be read says why in the locale, the English message kept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-fatal-'));
    try {
      writeFileSync(join(dir, 'binary.md'), Buffer.from([0x61, 0, 0x62]));
      const en = lintFile(join(dir, 'binary.md'));
      expect(en.fatal).toEqual({ message: 'binary file (it contains NUL bytes), not a text notice' });
      const fi = lintFile(join(dir, 'binary.md'), { locale: 'fi' });
      expect(fi.fatal).toEqual({ message: 'binary file (it contains NUL bytes), not a text notice', messageId: 'binary', localizedMessage: 'binääritiedosto (se sisältää NUL-tavuja), ei tekstimuotoinen seloste' });
      expect(fi.locale).toBe('fi');
      const sv = lintFile(dir, { locale: 'sv' });
      expect(sv.fatal?.localizedMessage).toBe('är en mapp, inte en fil');
      expect(lintFile(dir, { locale: 'auto' }).fatal).toEqual({ message: 'is a directory, not a file' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has every term in English, Finnish and Swedish, and names every country of the facts', () => {
    const keys = Object.keys(CATALOGUES.en.terms).sort();
    for (const locale of TRANSLATIONS) expect(Object.keys(CATALOGUES[locale].terms).sort(), locale).toEqual(keys);
    expect(COUNTRIES.filter((c) => !keys.includes(`country-${c.id}`)).map((c) => c.id)).toEqual([]);
    expect(keys.filter((k) => !/^country-(note-)?/u.test(k) || !COUNTRIES.some((c) => k.endsWith(`-${c.id}`)))).toEqual([]);
  });

  it('names every GDPR item in English, Finnish and Swedish', () => {
    for (const locale of ['en', ...TRANSLATIONS] as const) {
      expect(ITEM_IDS.filter((id) => !CATALOGUES[locale].items[id]), locale).toEqual([]);
    }
  });

  it('uses the official GDPR terms', () => {
    const text = (locale: 'fi' | 'sv') => JSON.stringify(CATALOGUES[locale]).toLowerCase();
    const fi = ['rekisterinpitäjä', 'tietosuojavastaava', 'oikeutettu etu', 'oikeusperuste', 'tietojen siirto kolmansiin maihin', 'tietosuojavaltuutetun toimisto', 'tietosuoja-asetu'];
    const sv = ['dataskyddsförordningen', 'personuppgiftsansvarig', 'dataskyddsombud', 'berättigat intresse', 'rättslig grund', 'överföring till tredjeland', 'dataombudsmannens byrå', 'integritetsskyddsmyndigheten'];
    expect(fi.filter((term) => !text('fi').includes(term))).toEqual([]);
    expect(sv.filter((term) => !text('sv').includes(term))).toEqual([]);
  });
});

/** Every finding of the fixtures and examples. */
function allFindings(): LintMessage[] {
  const out: LintMessage[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md|html)$/u.test(e.name) && !/README/u.test(e.name)) {
        const format = e.name.endsWith('.md') ? 'markdown' : e.name.endsWith('.html') ? 'html' : 'text';
        out.push(...lintSource(readFileSync(p, 'utf8'), { filePath: p, format, today: TODAY, locale: 'fi' }).result.messages);
      }
    }
  };
  walk(join(ROOT, 'fixtures', 'rules'));
  walk(join(ROOT, 'examples'));
  return out;
}

describe('findings', () => {
  it('carry a message id and data that fill their rule\'s template to the English message, and translate completely', () => {
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    const found = allFindings();
    expect(found.length).toBeGreaterThan(100);
    const untranslated = new Set<string>();
    for (const m of found) {
      expect(m.messageId, m.ruleId).toBeDefined();
      expect(byId.get(m.ruleId)!.meta.messages[m.messageId!], `${m.ruleId}.${m.messageId}`).toBeDefined();
      for (const locale of TRANSLATIONS) {
        const t = translate(CATALOGUES[locale], m.ruleId, { messageId: m.messageId!, data: m.data });
        if (t === undefined) untranslated.add(`${locale}: ${m.ruleId}.${m.messageId}`);
        else expect(t).not.toMatch(/\{[a-zA-Z]+\}/u);
      }
    }
    expect([...untranslated]).toEqual([]);
  });

  it('a rule whose data does not fit its template is a bug the kernel reports', () => {
    const bad: Rule = {
      meta: { id: 'bad', severity: 'warning', description: 'test', languages: ['en'], messages: { m: 'Section {title} is {what}.' } },
      check: (_n, c) => c.report({ messageId: 'm', data: { title: 'x', extra: 1 }, span: { start: 0, end: 0 } }),
    };
    const unknown: Rule = { ...bad, check: (_n, c) => c.report({ messageId: 'nope', span: { start: 0, end: 0 } }) };
    expect(() => lintSource('Text\n', { filePath: 't.txt', format: 'text', rules: [bad] })).toThrow('bad, message "m": no value for {what}; no placeholder for extra');
    expect(() => lintSource('Text\n', { filePath: 't.txt', format: 'text', rules: [unknown] })).toThrow('bad reported message "nope", which is not among its messages');
  });
});

const NOTICE = 'Tietosuojaseloste\n\nPäivitetty 4.6.2019\n\nRekisterinpitäjä on Esimerkki Oy (Y-tunnus 1234567-8).\n\n1. Tiedot\n\nNimi.\n\n1. Oikeudet\n\nVoit tarkastaa tietosi.\n';

describe('locale', () => {
  const lint = (locale?: 'fi' | 'sv' | 'en' | 'auto', config = {}) =>
    lintSource(NOTICE, { filePath: 'tietosuojaseloste.txt', format: 'text', today: '2026-12-07', ...(locale ? { locale } : {}), config }).result;

  it('en (the default) adds nothing to the findings', () => {
    const r = lint();
    expect(r.locale).toBeUndefined();
    expect(r.messages.every((m) => m.localizedMessage === undefined && m.localizedSuggestion === undefined && m.messageId === undefined && m.data === undefined)).toBe(true);
    expect(r.messages.every((m) => (m.related ?? []).every((rel) => rel.messageId === undefined))).toBe(true);
    expect(lint('en')).toEqual(r);
  });

  it('fi keeps the English message and adds the Finnish one; a related location is translated too', () => {
    const r = lint('fi');
    expect(r.locale).toBe('fi');
    const dup = r.messages.find((m) => m.ruleId === 'duplicate-section-number')!;
    expect(dup.message).toBe('Section number 1 is used twice: renumber the sections so each number is unique.');
    expect(dup.localizedMessage).toBe('Luvun numeroa 1 on käytetty kahdesti: numeroi luvut uudelleen niin, että jokaisella on oma numeronsa.');
    expect(dup.related).toEqual([{ message: 'section 1 first used here', messageId: 'first', data: { number: '1' }, localizedMessage: 'luvun numero 1 ensimmäisen kerran tässä', line: 7, column: 1, endLine: 7, endColumn: 1 }]);
    const dpo = r.messages.find((m) => m.ruleId === 'missing-dpo-contact')!;
    expect(dpo.localizedSuggestion).toMatch(/^Jos olette nimittäneet tietosuojavastaavan/u);
    expect(dpo.suggestionId).toBe('suggestion');
  });

  it('names countries and joins lists in the reader\'s language', () => {
    const text = '# Tietosuojaseloste\n\n## Tietojen siirrot\n\nTietoja ei siirretä EU:n ulkopuolelle.\n\nAsiakastietoja voidaan siirtää Venäjälle. Käytämme Google Analyticsia, Mailchimpia ja Zoomia.\n';
    const messagesIn = (locale: 'en' | 'fi' | 'sv') => lintSource(text, { filePath: 'a.md', format: 'markdown', today: '2026-12-07', locale }).result.messages;
    const say = (locale: 'en' | 'fi' | 'sv', rule: string) => {
      const m = messagesIn(locale).find((x) => x.ruleId === rule)!;
      return m.localizedMessage ?? m.message;
    };
    expect(say('en', 'transfer-safeguards')).toMatch(/^Personal data may go to Russia \("Venäjälle"\), which has no adequacy decision \(EDPB statement 02\/2022: /u);
    expect(say('fi', 'transfer-safeguards')).toMatch(/^Henkilötietoja voidaan siirtää kohteeseen Venäjä \("Venäjälle"\), josta ei ole tehty tietosuojan riittävyyttä koskevaa päätöstä \(Euroopan tietosuojaneuvoston lausunto 02\/2022: /u);
    expect(say('sv', 'transfer-safeguards')).toContain('överföringar till Ryssland');
    expect(say('en', 'transfer-contradiction')).toContain('(also "Google Analyticsia", "Mailchimpia", and "Zoomia")');
    expect(say('fi', 'transfer-contradiction')).toContain('(myös "Google Analyticsia", "Mailchimpia" ja "Zoomia")');
    expect(say('sv', 'transfer-contradiction')).toContain('(även "Google Analyticsia", "Mailchimpia" och "Zoomia")');
  });

  it('auto is the notice\'s own language; the configuration\'s locale applies unless the option overrides it', () => {
    expect(lint('auto').locale).toBe('fi');
    expect(lint(undefined, { locale: 'sv' }).locale).toBe('sv');
    expect(lint('en', { locale: 'sv' }).locale).toBeUndefined();
    const sv = lint(undefined, { locale: 'sv' }).messages.find((m) => m.ruleId === 'duplicate-section-number')!;
    expect(sv.localizedMessage).toBe('Avsnittsnummer 1 används två gånger: numrera om avsnitten så att varje nummer är unikt.');
  });

  it('--locale: the JSON report gains the localised text, message ids and data (valid by the report schema); stylish prints the localised text', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    const all = JSON.parse((await runCli(['--format', 'json', '--today', TODAY, '--locale', 'auto', 'examples'])).stdout);
    expect(validate(all), JSON.stringify(validate.errors)).toBe(true);
    expect(all.results.map((r: { locale: string }) => r.locale)).toEqual(['sv', 'en', 'fi']);
    const file = join('examples', 'tietosuojaseloste.txt');
    const plain = JSON.parse((await runCli(['--format', 'json', '--today', TODAY, file])).stdout);
    expect(plain.results[0].messages[0].messageId).toBeUndefined();
    const fi = JSON.parse((await runCli(['--format', 'json', '--today', TODAY, '--locale', 'fi', file])).stdout);
    expect(fi.results[0].locale).toBe('fi');
    const m = fi.results[0].messages.find((x: LintMessage) => x.ruleId === 'missing-right-to-erasure');
    expect(m).toMatchObject({ messageId: 'missing', data: { where: { messageId: 'belongs-under', data: { heading: 'Oikeutesi' } } } });
    expect(m.message).toBe(plain.results[0].messages.find((x: LintMessage) => x.ruleId === 'missing-right-to-erasure').message);
    expect(m.localizedMessage).toBe(
      'Seloste ei mainitse oikeutta tietojen poistamiseen ("oikeus tulla unohdetuksi") (17 artikla): tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan mukaan rekisteröidylle on kerrottava siitä. Se kuuluu otsikon "Oikeutesi" alle.',
    );
    const stylish = (await runCli(['--today', TODAY, '--locale', 'sv', '--no-color', file])).stdout;
    expect(stylish).toContain('Beskrivningen nämner inte rätten till radering ("rätten att bli bortglömd") (artikel 17)');
    expect(stylish).toMatch(/\n✖ \d+ problem \(\d+ fel, \d+ varningar, \d+ noteringar\) i 1 fil\n$/u);
    expect((await runCli(['--today', TODAY, '--locale', 'fi', '--no-color', file])).stdout).toMatch(/\n✖ \d+ ongelmaa \(\d+ virhettä, \d+ varoitusta, \d+ huomautusta\) 1 tiedostossa\n$/u);
    expect((await runCli(['--locale', 'de', file])).code).toBe(2);
    expect((await runCli(['rules', '--locale', 'fi'])).stdout).toContain('Seloste ei kerro, kuka rekisterinpitäjä on ja miten siihen saa yhteyden.');
  });
});

describe('the Markdown summary in Finnish and Swedish', () => {
  it('--locale fi and sv give its own words, counts and statuses in that language; the default stays English', async () => {
    const fi = await runCli(['--format', 'markdown', '--locale', 'fi', '--today', TODAY, 'examples/tietosuojaseloste.txt']);
    expect(fi.stdout).toContain('**Tietosuoja-asetuksen tiedot:**');
    expect(fi.stdout).toMatch(/\*\*1 seloste\*\* · \*\*\d+ virhettä\*\*/u);
    expect(fi.stdout).toContain('| tieto | tila | rivi |');
    expect(fi.stdout).toContain('**Korjausehdotus:**');
    const sv = await runCli(['--format', 'markdown', '--locale', 'sv', '--today', TODAY, 'examples/dataskyddsbeskrivning.md']);
    expect(sv.stdout).toContain('**Uppgifter enligt dataskyddsförordningen:**');
    expect(sv.stdout).toContain('| rad | allvarlighet | regel | fynd |');
    const en = await runCli(['--format', 'markdown', '--today', TODAY, 'examples/tietosuojaseloste.txt']);
    expect(en.stdout).toContain('**GDPR items:**');
    expect(en.stdout).toContain('| item | status | line |');
  });
});
