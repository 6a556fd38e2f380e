/**
 * International transfers (FACTS §5), as data. A new adequacy decision is a one-line change.
 * Country names carry the stems under which notices name them in each language.
 */
import type { Lang } from '../model/types.js';

export interface Country {
  id: string;
  /**
   * Stems (trailing *) or literal names per language; all languages are searched,
   * case-insensitively. Short stems that begin common words ("Kiin*" would find
   * "kiinnostus") are spelled out as inflected forms instead.
   */
  names: Record<Lang, string[]>;
  /** Names that are ordinary words in another case ("US" and "us"): matched case-sensitively. */
  caseSensitiveNames?: string[];
  /**
   * Adjectives of nationality ("yhdysvaltalainen", "amerikansk", "Russian"). They place a
   * recipient in the country only next to a word for a recipient (provider, company, service).
   */
  adjectives?: Record<Lang, string[]>;
  /**
   * 'adequate': an adequacy decision covers transfers; 'partial': only some recipients (USA:
   * DPF-certified); 'none'. The country's name and any note in messages are the catalogues'
   * terms `country-<id>` and `country-note-<id>` (messages/<locale>.yaml).
   */
  adequacy: 'adequate' | 'partial' | 'none';
  note?: string;
}

export const COUNTRIES: readonly Country[] = [
  {
    id: 'russia',
    adequacy: 'none',
    // What messages add of it (EDPB statement 02/2022) is the catalogues' term country-note-russia.
    names: { fi: ['Venäj*'], sv: ['Ryssland*'], en: ['Russia', 'Russian Federation'] },
    adjectives: { fi: ['venäläi*'], sv: ['rysk', 'ryska', 'ryskt'], en: ['Russian'] },
  },
  {
    id: 'china',
    adequacy: 'none',
    names: { fi: ['Kiina', 'Kiinan', 'Kiinaan', 'Kiinassa', 'Kiinasta', 'Kiinalle'], sv: ['Kina', 'Kinas'], en: ['China', "People's Republic of China", 'PRC'] },
    adjectives: { fi: ['kiinalai*'], sv: ['kinesisk*'], en: ['Chinese'] },
  },
  {
    id: 'india',
    adequacy: 'none',
    names: { fi: ['Intia', 'Intian', 'Intiaan', 'Intiassa', 'Intiasta'], sv: ['Indien*'], en: ['India'] },
    adjectives: { fi: ['intialai*'], sv: ['indisk*'], en: ['Indian'] },
  },
  { id: 'belarus', adequacy: 'none', names: { fi: ['Valko-Venäj*'], sv: ['Belarus*', 'Vitryssland*'], en: ['Belarus'] } },
  { id: 'ukraine', adequacy: 'none', names: { fi: ['Ukrain*'], sv: ['Ukraina*'], en: ['Ukraine'] } },
  { id: 'turkey', adequacy: 'none', names: { fi: ['Turkkiin', 'Turkissa', 'Turkin'], sv: ['Turkiet*'], en: ['Turkey', 'Türkiye'] } },
  { id: 'philippines', adequacy: 'none', names: { fi: ['Filippiin*'], sv: ['Filippinerna*'], en: ['Philippines'] } },
  { id: 'vietnam', adequacy: 'none', names: { fi: ['Vietnam*'], sv: ['Vietnam*'], en: ['Vietnam'] } },
  { id: 'singapore', adequacy: 'none', names: { fi: ['Singapore*'], sv: ['Singapore*'], en: ['Singapore'] } },
  { id: 'australia', adequacy: 'none', names: { fi: ['Australia*'], sv: ['Australien*'], en: ['Australia'] } },
  {
    id: 'usa',
    adequacy: 'partial',
    note: 'adequate only for organisations certified under the EU-US Data Privacy Framework (10.7.2023)',
    names: {
      fi: ['Yhdysvallat', 'Yhdysvalloissa', 'Yhdysvaltoihin', 'Yhdysvalloista', 'Yhdysvaltojen', 'Yhdysvaltain', 'Yhdysvalloille', 'Yhdysvaltoja', 'USA', 'Amerikkaan', 'Amerikassa', 'Amerikasta'],
      sv: ['USA', 'Förenta staterna*', 'Amerika'],
      en: ['United States', 'USA', 'U.S.', 'U.S.A.'],
    },
    caseSensitiveNames: ['the US', 'in US'],
    adjectives: {
      fi: ['yhdysvaltalai*', 'amerikkalai*'],
      sv: ['amerikansk*', 'USA-baserad*'],
      en: ['American', 'US-based', 'US based', 'U.S.-based', 'US-owned', 'US company', 'US provider*', 'US service*'],
    },
  },
  { id: 'united-kingdom', adequacy: 'adequate', note: 'adequacy renewed December 2025, to 2031', names: { fi: ['Iso-Britannia*', 'Britanni*', 'Yhdistyneessä kuningaskunnassa', 'Yhdistyneeseen kuningaskuntaan'], sv: ['Storbritannien*', 'Förenade kungariket*'], en: ['United Kingdom', 'Great Britain'] }, caseSensitiveNames: ['UK'] },
  { id: 'switzerland', adequacy: 'adequate', names: { fi: ['Sveitsi*'], sv: ['Schweiz*'], en: ['Switzerland'] } },
  { id: 'japan', adequacy: 'adequate', names: { fi: ['Japani*'], sv: ['Japan*'], en: ['Japan'] } },
  { id: 'canada', adequacy: 'adequate', note: 'commercial organisations', names: { fi: ['Kanada*'], sv: ['Kanada*'], en: ['Canada'] } },
  { id: 'korea', adequacy: 'adequate', names: { fi: ['Etelä-Korea*'], sv: ['Sydkorea*'], en: ['South Korea', 'Republic of Korea'] } },
  { id: 'israel', adequacy: 'adequate', names: { fi: ['Israel*'], sv: ['Israel*'], en: ['Israel'] } },
  { id: 'new-zealand', adequacy: 'adequate', names: { fi: ['Uusi-Seelanti', 'Uuteen-Seelantiin', 'Uudessa-Seelannissa'], sv: ['Nya Zeeland*'], en: ['New Zealand'] } },
  { id: 'argentina', adequacy: 'adequate', names: { fi: ['Argentiin*'], sv: ['Argentina*'], en: ['Argentina'] } },
  { id: 'uruguay', adequacy: 'adequate', names: { fi: ['Uruguay*'], sv: ['Uruguay*'], en: ['Uruguay'] } },
  { id: 'andorra', adequacy: 'adequate', names: { fi: ['Andorra*'], sv: ['Andorra*'], en: ['Andorra'] } },
  { id: 'faroe-islands', adequacy: 'adequate', names: { fi: ['Färsaar*'], sv: ['Färöarna*'], en: ['Faroe Islands'] } },
  { id: 'guernsey', adequacy: 'adequate', names: { fi: ['Guernsey*'], sv: ['Guernsey*'], en: ['Guernsey'] } },
  { id: 'jersey', adequacy: 'adequate', names: { fi: ['Jersey*'], sv: ['Jersey*'], en: ['Jersey'] } },
  { id: 'isle-of-man', adequacy: 'adequate', names: { fi: ['Mansaar*'], sv: ['Isle of Man'], en: ['Isle of Man'] } },
  { id: 'brazil', adequacy: 'adequate', note: 'adequacy decision January 2026', names: { fi: ['Brasilia*'], sv: ['Brasilien*'], en: ['Brazil'] } },
];

/**
 * Services that process personal data in the USA and that notices name (FACTS §5). Stems
 * (trailing *) take Finnish and Swedish endings ("Mailchimpin", "Google Analytics -palveluun").
 * Matched case-insensitively, except the names in CASE_SENSITIVE_SERVICES.
 */
export const US_SERVICES: readonly string[] = [
  'Google Analytics*',
  'Google Ads*',
  'Google AdWords*',
  'AdWords*',
  'Google Tag Manager*',
  'Google Marketing Platform*',
  'Google Signals*',
  'Google Optimize*',
  'DoubleClick*',
  'Google remarketing*',
  'Google Workspace*',
  'G Suite*',
  'Gmail*',
  'Google Drive*',
  'Google Cloud*',
  'reCAPTCHA*',
  'Facebook pixel*',
  'Facebook-pikseli*',
  'Facebook-pixel*',
  'Facebook Pixel*',
  'Meta pixel*',
  'Meta-pikseli*',
  'Meta-pixel*',
  'Facebook Ads*',
  'Facebook Custom Audiences',
  'Facebook Business Manager*',
  'Meta Business Suite*',
  'LinkedIn Insight*',
  'LinkedIn Ads*',
  'Mailchimp*',
  'HubSpot*',
  'Salesforce*',
  'Microsoft 365*',
  'Office 365*',
  'Microsoft Azure*',
  'Microsoft Teams*',
  'Microsoft Clarity*',
  'OneDrive*',
  'Amazon Web Services*',
  'Dropbox*',
  'Zapier*',
  'Calendly*',
  'SurveyMonkey*',
  'Intercom*',
  'Zendesk*',
  'SendGrid*',
  'Twilio*',
  'Klaviyo*',
  'ActiveCampaign*',
  'Cloudflare*',
  'Vimeo*',
  'Google Maps*',
  'Google Fonts*',
  'Firebase*',
  'Google Firebase*',
  // Static-site hosts: every page view reaches their servers, with the visitor's IP address.
  'GitHub Pages*',
  'Netlify*',
  'Vercel*',
];

/**
 * Places of cloud providers' regions and data centres in the EU/EEA, as providers name them
 * ("AWS Stockholm region", "Azure West Europe", "europe-north1"): a service named with one of
 * these and a region word processes the data there, not in the USA. Region codes are enough alone.
 * Sources: the providers' public region lists (AWS, Microsoft Azure, Google Cloud, Oracle, IBM).
 */
export const EU_REGION_PLACES: readonly string[] = [
  'Stockholm*', 'Tukholm*', 'Frankfurt*', 'Dublin*', 'Hamina*', 'Helsin*', 'Espoo*', 'Amsterdam*', 'Eemshaven',
  'Paris', 'Pariisi*', 'Marseille*', 'Milan', 'Milano*', 'Madrid*', 'Zaragoza', 'Warsaw', 'Warszawa', 'Varsova*',
  'Vienna', 'Wien', 'Copenhagen', 'Köpenhamn*', 'Kööpenhamin*', 'Oslo*', 'Brussels', 'Bryssel*', 'Gävle',
  'West Europe', 'North Europe', 'Western Europe', 'Northern Europe', 'Sweden Central', 'Germany West Central', 'France Central', 'Norway East', 'Italy North', 'Poland Central', 'Spain Central',
];
/** Region codes of the EU/EEA ("eu-north-1", "europe-west4", "eu-de"): a place in the EU without a region word. */
export const EU_REGION_CODE = /(?<![\p{L}\p{N}-])(?:eu-(?:north|south|central|west)-\d|europe-(?:north|west|central|southwest)\d{1,2}|eu-(?:de|es|fr|nl))(?![\p{L}\p{N}-])/iu;

/**
 * The two-letter codes of the US states and the District of Columbia: with a ZIP code after a
 * city ("Philadelphia, PA 19106") they make a US postal address, a recipient's place in the USA.
 */
export const US_STATE_CODES: readonly string[] = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT',
  'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
];

/** Service names that are also ordinary words ("zoom", "slack", "stripe"): matched only as written. */
export const CASE_SENSITIVE_SERVICES: readonly string[] = ['AWS', 'Zoom*', 'Slack*', 'Stripe*', 'Azure*'];

/**
 * US companies whose advertising and analytics tools notices describe without naming the
 * product ("Googlen mainostyökalut", "Facebook's ad tools").
 * A brand counts as a US service only next to a tool word (lang/<lang>/transfers.ts: adTools).
 */
export const US_BRANDS: readonly string[] = ['Google*', 'Facebook*', 'Meta', 'Metan', 'Metas', "Meta's", 'Microsoft*', 'LinkedIn*', 'Amazon*', 'Instagram*', 'YouTube*', 'Twitter*', 'Pinterest*', 'Snapchat*', 'Bing'];

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

/**
 * The EU and EEA states (EU 27, Iceland, Liechtenstein, Norway) by the names notices use: data
 * kept in one of them stays in the EEA. Finnish and Swedish language names are ordinary words in
 * another case ("suomeksi", "svenska"), so those states are spelled out in the forms that place
 * something there.
 */
export const EEA_STATES: Record<Lang, readonly string[]> = {
  fi: [
    'Suomi', 'Suomessa', 'Suomeen', 'Ruotsi', 'Ruotsissa', 'Ruotsiin', 'Saksa', 'Saksassa', 'Saksaan', 'Irlan*', 'Alankomai*', 'Hollannissa',
    'Hollantiin', 'Ranskassa', 'Ranskaan', 'Tanskassa', 'Tanskaan', 'Norjassa', 'Norjaan', 'Virossa', 'Viroon', 'Belgia*', 'Itävalla*',
    'Itävaltaan', 'Espanjassa', 'Espanjaan', 'Italiassa', 'Italiaan', 'Puolassa', 'Puolaan', 'Portugalissa', 'Portugaliin', 'Kreikassa',
    'Kreikkaan', 'Latviassa', 'Latviaan', 'Liettuassa', 'Liettuaan', 'Luxemburg*', 'Unkarissa', 'Unkariin', 'Tšekissä', 'Tšekkiin',
    'Slovakiassa', 'Sloveniassa', 'Kroatiassa', 'Romaniassa', 'Bulgariassa', 'Kyproksella', 'Kyprokselle', 'Maltalla', 'Maltalle',
    'Islannissa', 'Liechtensteinissa',
  ],
  sv: [
    'Finland', 'Sverige', 'Tyskland', 'Irland', 'Nederländerna', 'Holland', 'Frankrike', 'Danmark', 'Norge', 'Estland', 'Belgien',
    'Österrike', 'Spanien', 'Italien', 'Polen', 'Portugal', 'Grekland', 'Lettland', 'Litauen', 'Luxemburg', 'Ungern', 'Tjeckien',
    'Slovakien', 'Slovenien', 'Kroatien', 'Rumänien', 'Bulgarien', 'Cypern', 'Malta', 'Island', 'Liechtenstein',
  ],
  en: [
    'Finland', 'Sweden', 'Germany', 'Ireland', 'Netherlands', 'Holland', 'France', 'Denmark', 'Norway', 'Estonia', 'Belgium', 'Austria',
    'Spain', 'Italy', 'Poland', 'Portugal', 'Greece', 'Latvia', 'Lithuania', 'Luxembourg', 'Hungary', 'Czech Republic', 'Czechia',
    'Slovakia', 'Slovenia', 'Croatia', 'Romania', 'Bulgaria', 'Cyprus', 'Malta', 'Iceland', 'Liechtenstein',
  ],
};
