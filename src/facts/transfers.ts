/**
 * International transfers (FACTS §5), as data. A new adequacy decision is a one-line change.
 * Country names carry the stems under which notices name them in each language.
 */
import type { Lang } from '../model/types.js';

export interface Country {
  id: string;
  /** Stems (trailing *) or literal names per language; all languages are searched. */
  names: Record<Lang, string[]>;
  /** 'adequate': an adequacy decision covers transfers; 'partial': only some recipients (USA: DPF-certified); 'none'. */
  adequacy: 'adequate' | 'partial' | 'none';
  note?: string;
}

export const COUNTRIES: readonly Country[] = [
  { id: 'russia', adequacy: 'none', note: 'no adequacy decision; EDPB statement 02/2022', names: { fi: ['Venäj*'], sv: ['Ryssland*'], en: ['Russia*'] } },
  { id: 'china', adequacy: 'none', names: { fi: ['Kiin*'], sv: ['Kina'], en: ['China', 'PRC'] } },
  { id: 'india', adequacy: 'none', names: { fi: ['Intia*', 'Intiaa*', 'Intiass*', 'Intiaan'], sv: ['Indien*'], en: ['India'] } },
  { id: 'belarus', adequacy: 'none', names: { fi: ['Valko-Venäj*'], sv: ['Belarus*', 'Vitryssland*'], en: ['Belarus*'] } },
  { id: 'ukraine', adequacy: 'none', names: { fi: ['Ukrain*'], sv: ['Ukraina*'], en: ['Ukraine'] } },
  { id: 'turkey', adequacy: 'none', names: { fi: ['Turki*'], sv: ['Turkiet*'], en: ['Turkey', 'Türkiye'] } },
  { id: 'philippines', adequacy: 'none', names: { fi: ['Filippiin*'], sv: ['Filippinerna*'], en: ['Philippines'] } },
  { id: 'vietnam', adequacy: 'none', names: { fi: ['Vietnam*'], sv: ['Vietnam*'], en: ['Vietnam'] } },
  {
    id: 'usa',
    adequacy: 'partial',
    note: 'adequate only for organisations certified under the EU-US Data Privacy Framework (10.7.2023)',
    names: { fi: ['Yhdysval*', 'USA*', 'Amerika*'], sv: ['USA*', 'Förenta staterna*'], en: ['United States', 'USA', 'U.S.', 'US-based'] },
  },
  { id: 'united-kingdom', adequacy: 'adequate', names: { fi: ['Iso-Britannia*', 'Britanni*', 'Yhdistyneessä kuningaskunnassa', 'Yhdistyneeseen kuningaskuntaan'], sv: ['Storbritannien*', 'Förenade kungariket*'], en: ['United Kingdom', 'UK'] } },
  { id: 'switzerland', adequacy: 'adequate', names: { fi: ['Sveitsi*'], sv: ['Schweiz*'], en: ['Switzerland'] } },
  { id: 'japan', adequacy: 'adequate', names: { fi: ['Japani*'], sv: ['Japan*'], en: ['Japan'] } },
  { id: 'canada', adequacy: 'adequate', names: { fi: ['Kanada*'], sv: ['Kanada*'], en: ['Canada'] } },
  { id: 'korea', adequacy: 'adequate', names: { fi: ['Etelä-Korea*'], sv: ['Sydkorea*'], en: ['South Korea', 'Republic of Korea'] } },
  { id: 'israel', adequacy: 'adequate', names: { fi: ['Israel*'], sv: ['Israel*'], en: ['Israel'] } },
  { id: 'new-zealand', adequacy: 'adequate', names: { fi: ['Uusi-Seelanti', 'Uuteen-Seelantiin', 'Uudessa-Seelannissa'], sv: ['Nya Zeeland*'], en: ['New Zealand'] } },
  { id: 'argentina', adequacy: 'adequate', names: { fi: ['Argentiin*'], sv: ['Argentina*'], en: ['Argentina'] } },
  { id: 'uruguay', adequacy: 'adequate', names: { fi: ['Uruguay*'], sv: ['Uruguay*'], en: ['Uruguay'] } },
  { id: 'brazil', adequacy: 'adequate', note: 'adequacy decision January 2026', names: { fi: ['Brasilia*'], sv: ['Brasilien*'], en: ['Brazil'] } },
];

/** Services that process personal data in the USA and that notices name (FACTS §5). */
export const US_SERVICES: readonly string[] = [
  'Google Analytics',
  'Google Ads',
  'Google Tag Manager',
  'Google Marketing Platform',
  'DoubleClick',
  'Google remarketing',
  'Googlen uudelleenmarkkinointi*',
  'Facebook pixel',
  'Facebook-pikseli*',
  'Facebook Pixel',
  'Meta pixel',
  'Meta Pixel',
  'Facebookin mainostyökal*',
  'Facebook Ads',
  'Facebook Custom Audiences',
  'Instagram',
  'LinkedIn Insight',
  'Mailchimp',
  'HubSpot',
  'Salesforce',
  'Microsoft 365',
  'Office 365',
  'Microsoft Azure',
  'Amazon Web Services',
  'AWS',
  'Zoom',
  'Slack',
  'Dropbox',
  'Hotjar',
  'Zapier',
  'Stripe',
  'PayPal',
  'Shopify',
  'YouTube',
  'Google Workspace',
  'G Suite',
];

/**
 * Transfer mechanisms that are no longer valid. `names` are matched case-insensitively
 * (trailing * = stem); `numbers` are decision numbers matched with number boundaries.
 */
export const INVALID_MECHANISMS = [
  {
    id: 'safe-harbor',
    title: 'the EU-US Safe Harbor scheme',
    names: ['Safe Harbor*', 'Safe Harbour*', 'turvasatamaperiaat*', 'principerna om säker hamn'],
    numbers: ['2000/520'],
    invalidSince: '2015-10-06',
    invalidSinceText: '6.10.2015',
    source: 'CJEU C-362/14 (Schrems I)',
  },
  {
    id: 'privacy-shield',
    title: 'the EU-US Privacy Shield',
    names: ['Privacy Shield*', 'yksityisyydensuojakilpi*', 'yksityisyydensuojakilve*', 'yksityisyydensuojakilpe*', 'skölden för skydd av privatlivet', 'skölden för skydd av personuppgifter', 'integritetsskölden*'],
    numbers: ['2016/1250'],
    invalidSince: '2020-07-16',
    invalidSinceText: '16.7.2020',
    source: 'CJEU C-311/18 (Schrems II)',
  },
  {
    id: 'old-sccs',
    title: 'the old standard contractual clauses',
    names: [],
    numbers: ['2001/497', '2004/915', '2010/87'],
    invalidSince: '2022-12-27',
    invalidSinceText: '27.12.2022',
    source: 'Commission Implementing Decision (EU) 2021/914 replaced the old clauses',
  },
] as const;

/** What a notice can name instead of an invalid mechanism. */
export const VALID_MECHANISMS_TEXT =
  'the EU-US Data Privacy Framework (adequacy decision of 10.7.2023) for certified US recipients, or the standard contractual clauses of Decision (EU) 2021/914';
