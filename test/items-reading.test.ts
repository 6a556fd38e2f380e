/**
 * How the completeness analysis reads structure, on sentences written for these tests: text that
 * describes one of the person's rights (a list item opening with the right's name, or the text
 * under a heading that names it) says what the right covers, not what the controller does; a
 * table cell reads with its row and header; a street address with a four-digit postcode is a way
 * of contact; a provider's data protection officer and its own tools are not the controller's.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function items(text: string): Record<string, string | undefined> {
  const found = lintSource(text, { filePath: 'n.md', format: 'markdown' }).result.items as Record<string, { status: string } | undefined>;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v?.status]));
}

const notice = (rights: string, more = '') =>
  `# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names and e-mail addresses of its singers to send rehearsal news.${more}\n\n## Your rights\n\nYou may use these rights:\n\n${rights}\n`;

describe('a list item that describes a right', () => {
  const portability =
    '- Right to data portability: you may receive the data you gave us in a machine-readable file and pass it on to another organisation of your choice. This right applies only where processing is based on your consent or a contract and is carried out by automated means.\n- Right of access: you may ask for a copy of your data.';

  it("names no basis, recipient or automated decision of the controller's own", () => {
    const s = items(notice(portability));
    expect(s['right-to-portability']).toBe('present');
    expect(s['right-of-access']).toBe('present');
    expect(s['legal-basis']).toBe('missing');
    expect(s['recipients']).toBe('missing');
    expect(s['automated-decision-making']).toBe('missing');
  });

  it('the same words outside a right still state them', () => {
    const s = items(notice(portability, ' Processing is based on your consent. We share the addresses with the hall we rent, a third party. We make no automated decisions.'));
    expect(s['legal-basis']).toBe('present');
    expect(s['recipients']).toBe('present');
    expect(s['automated-decision-making']).toBe('present');
  });

  it('a list item whose label is no right is read as usual', () => {
    const s = items(notice('- Sharing: we pass your name on to a third party, the concert venue.'));
    expect(s['recipients']).toBe('present');
  });
});

describe('the text under a heading that names a right', () => {
  it("the law's list of what access tells (recipients in third countries) is no transfer statement", () => {
    const text =
      '# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names of its singers.\n\n## Right of access\n\nYou may ask us what we keep about you, and be told:\n\n- the recipients to whom the data have been disclosed, in particular recipients in third countries;\n- how long the data will be kept.\n';
    const s = items(text);
    expect(s['right-of-access']).toBe('present');
    expect(s['international-transfers']).toBe('missing');
  });
});

describe('a table of providers with their location', () => {
  const table = (country: string) =>
    `# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names of its singers.\n\n## Who processes the data for us\n\n| Provider | Task | Location |\n|---|---|---|\n| Example Mail Ltd | Hosting of the mailing list | ${country} |\n`;

  it('a row that places the hosting says where the data goes', () => {
    expect(items(table('United States'))['international-transfers']).toBe('present');
    expect(items(table('Finland'))['international-transfers']).toBe('present');
  });
});

describe('a street address with a four-digit postcode', () => {
  const controller = (line: string) => items(`# Privacy notice\n\n${line}\n\nWe keep the names of our singers to send rehearsal news.\n`)['controller-identity'];

  it('is a way to contact the controller', () => {
    expect(controller('The controller is Example Chor GmbH, Muster-Str. 4-6, 5020 Salzburg, Austria.')).toBe('present');
    expect(controller('The controller is Example Kor ApS, Eksempelvej 12, 8000 Aarhus, Denmark.')).toBe('present');
  });

  it('four digits after no street are a year, not a postcode', () => {
    expect(controller('The controller is Example Chor GmbH. Since 2018 Salzburg has been our home.')).toBe('missing');
  });
});

describe("a provider's data protection officer", () => {
  const dpo = (line: string) => items(`# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names of its singers.\n\n## Facebook page\n\n${line}\n`)['dpo-contact'];

  it("is not the controller's", () => {
    expect(dpo('The data protection officer of Facebook can be reached at dpo@example.com.')).toBe('missing');
  });

  it("the controller's own officer still counts, also at an address of a mail service", () => {
    expect(dpo('Our data protection officer can be reached at dpo@example.org.')).toBe('present');
    expect(dpo('Our data protection officer can be reached at examplechoir.dpo@gmail.com.')).toBe('present');
  });
});

describe("a provider's own tools are no right against the controller", () => {
  const access = (line: string) => items(`# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names of its singers.\n\n## Maps on our site\n\n${line}\n`)['right-of-access'];

  it('"you can find out what Google collects" is no right of access', () => {
    expect(access('You can find out which data Google Analytics collects at the provider’s own pages.')).toBe('missing');
  });

  it('the same words about the controller still name the right', () => {
    expect(access('You can ask us for a copy of the data we keep about you.')).toBe('present');
  });

  it("a provider's name inside the controller's own address names no provider", () => {
    expect(access('You can ask for a copy of the data we keep about you: examplechoir@gmail.com.')).toBe('present');
    expect(access('You can ask for a copy of the data we keep about you at https://github.com/example-choir/requests.')).toBe('present');
  });
});

describe('a table whose header row names the purpose', () => {
  const table = (header: string) =>
    `# Privacy notice\n\nThe Example Bakery (orders@example.org) keeps these details.\n\n## What we keep\n\n| Data | ${header} | Kept for |\n|---|---|---|\n| Name and address | Delivering the cakes you order | Two years |\n`;

  it('states the purpose in its body rows', () => {
    expect(items(table('Why')).purposes).toBe('present');
    expect(items(table('Purpose')).purposes).toBe('present');
  });

  it('a header without a purpose word states none', () => {
    expect(items(table('Note')).purposes).toBe('missing');
  });
});

describe('safeguards named as what the right of access covers', () => {
  const text = (more: string) =>
    `# Privacy notice\n\nThe Example Choir (choir@example.org) keeps the names of its singers.${more}\n\n## Right of access\n\nIf your data goes to a country outside the EU, you may be told of the appropriate safeguards under Article 46 GDPR.\n`;

  it('are no transfer statement of the controller', () => {
    expect(items(text(''))['international-transfers']).not.toBe('present');
  });

  it('the controller naming its own safeguard still answers', () => {
    expect(items(text(' Transfers to the USA rely on the standard contractual clauses.'))['international-transfers']).toBe('present');
  });
});

describe('a controller section that names no one', () => {
  const text = (controller: string) =>
    `# Privacy notice\n\n## Who is responsible for this site?\n\n${controller}\n\n## Your rights\n\nYou may ask for a copy of your data. Questions: hello@samplebakery.org\n`;

  it('a role and a pointer to the imprint name no controller', () => {
    expect(items(text('Processing on this site is carried out by the site operator. Their contact details are in the imprint.'))['controller-identity']).toBe('missing');
  });

  it("a site generator's call after 'is:' names no controller", () => {
    expect(items(text('The controller for this site is:\n\n{{ controller_address() }}'))['controller-identity']).toBe('missing');
  });

  it('a name under the heading still does', () => {
    expect(items(text('Processing on this site is carried out by the Example Bakery in Sampletown.'))['controller-identity']).toBe('present');
    expect(items(text('The controller is:\n\nExample Bakery, Main Street 1, 00100 Sampletown'))['controller-identity']).toBe('present');
  });
});
