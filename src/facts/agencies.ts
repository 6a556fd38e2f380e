/**
 * Finnish public bodies that were renamed or merged (FACTS §4), as data. Names are stems
 * (trailing `*`) or literal forms, matched case-insensitively with Unicode word boundaries;
 * `caseSensitive` holds short tokens (acronyms, "Trafi") that must match exactly, with the
 * Finnish case endings they take ("VRK:n", "Trafin").
 */
import type { Lang } from '../model/types.js';

export interface RenamedAgency {
  id: string;
  /** Old names per language. */
  names: Record<Lang, string[]>;
  /** Acronyms and short names: exact case; a Finnish case ending may follow (after ":" for acronyms). */
  caseSensitive: string[];
  /** Only in a notice about Finland: the same name is (or was) a body in Sweden (Trafikverket, Trafiksäkerhetsverket). */
  finlandOnly?: Record<Lang, string[]>;
  /** What the old name was. */
  was: string;
  /** The current name, per language. */
  now: Record<Lang, string>;
  /** Stems that name the successor: a sentence naming both is a historical mention. */
  successorNames: string[];
  since: string;
}

const DVV: Record<Lang, string> = {
  fi: 'Digi- ja väestötietovirasto (DVV)',
  sv: 'Myndigheten för digitalisering och befolkningsdata',
  en: 'the Digital and Population Data Services Agency (DVV)',
};
const DVV_NAMES = ['Digi- ja väestötietovira*', 'DVV', 'Myndigheten för digitalisering och befolkningsdata', 'Digital and Population Data Services Agency'];
const TRAFICOM: Record<Lang, string> = {
  fi: 'Liikenne- ja viestintävirasto Traficom',
  sv: 'Transport- och kommunikationsverket Traficom',
  en: 'the Finnish Transport and Communications Agency Traficom',
};
const TRAFICOM_NAMES = ['Traficom*', 'Liikenne- ja viestintävira*', 'Transport- och kommunikationsverk*', 'Transport and Communications Agency'];

export const RENAMED_AGENCIES: readonly RenamedAgency[] = [
  {
    id: 'vrk',
    names: {
      fi: ['Väestörekisterikes*'],
      sv: ['Befolkningsregistercentral*'],
      en: ['Population Register Centre', 'Population Register Center'],
    },
    caseSensitive: ['VRK'],
    was: 'the Population Register Centre (Väestörekisterikeskus, VRK)',
    now: DVV,
    successorNames: DVV_NAMES,
    since: '1.1.2020',
  },
  {
    id: 'maistraatti',
    names: {
      fi: ['maistraat*'],
      sv: ['magistraten', 'magistraterna', 'magistraternas', 'magistratens', 'magistrat'],
      en: ['Local Register Office', 'Local Register Offices'],
    },
    caseSensitive: [],
    was: 'the Local Register Offices (maistraatit)',
    now: DVV,
    successorNames: DVV_NAMES,
    since: '1.1.2020',
  },
  {
    id: 'viestintavirasto',
    names: {
      fi: ['Viestintäviras*'],
      sv: ['Kommunikationsverket*'],
      en: ['Finnish Communications Regulatory Authority'],
    },
    caseSensitive: ['FICORA', 'Ficora'],
    was: 'the Finnish Communications Regulatory Authority (Viestintävirasto, FICORA)',
    now: TRAFICOM,
    successorNames: TRAFICOM_NAMES,
    since: '1.1.2019',
  },
  {
    id: 'trafi',
    names: {
      fi: ['Liikenteen turvallisuusviras*'],
      sv: [],
      en: ['Finnish Transport Safety Agency'],
    },
    caseSensitive: ['Trafi', 'Trafin', 'Trafia', 'Trafiin', 'Trafissa', 'Trafista', 'Trafille', 'Trafilta', 'TRAFI'],
    finlandOnly: { fi: [], sv: ['Trafiksäkerhetsverket*'], en: [] },
    was: 'the Finnish Transport Safety Agency (Trafi)',
    now: TRAFICOM,
    successorNames: TRAFICOM_NAMES,
    since: '1.1.2019',
  },
  {
    id: 'liikennevirasto',
    names: {
      fi: ['Liikenneviras*'],
      sv: [],
      en: ['Finnish Transport Agency'],
    },
    caseSensitive: [],
    finlandOnly: { fi: [], sv: ['Trafikverket', 'Trafikverkets'], en: [] },
    was: 'the Finnish Transport Agency (Liikennevirasto)',
    now: { fi: 'Väylävirasto', sv: 'Trafikledsverket', en: 'the Finnish Transport Infrastructure Agency (Väylävirasto)' },
    successorNames: ['Väyläviras*', 'Trafikledsverk*', 'Transport Infrastructure Agency'],
    since: '1.1.2019',
  },
  {
    id: 'itella',
    names: { fi: ['Itella*'], sv: ['Itella*'], en: ['Itella*'] },
    caseSensitive: [],
    was: 'Itella',
    now: { fi: 'Posti', sv: 'Posti', en: 'Posti' },
    successorNames: ['Posti', 'Postin', 'Postilta', 'Postille', 'Posti Group', 'Posti Oy'],
    since: '1.1.2015',
  },
];
