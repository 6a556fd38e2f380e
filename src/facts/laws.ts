/**
 * Repealed laws that old notices still cite (FACTS §3), as data. Each law lists the forms under
 * which notices name it, per language: literal inflected forms (not stems, so that
 * "henkilötietolainsäädäntö", legislation in general, stays clean) and its statute numbers.
 * Names are matched case-insensitively with Unicode word boundaries; `caseSensitive` forms
 * (abbreviations such as "HetiL", "PuL") must match exactly.
 */
import type { Lang } from '../model/types.js';

export interface RepealedLaw {
  id: string;
  /** How the message names the law. */
  title: string;
  /** Names and inflected forms per language. */
  names: Record<Lang, string[]>;
  /** Abbreviations matched case-sensitively. */
  caseSensitive: string[];
  /** Statute or document numbers ("523/1999", "95/46"), matched with number boundaries. */
  numbers: string[];
  /** Words right before a name that make it another law ("sähköisen viestinnän tietosuojadirektiivi" is the ePrivacy Directive, in force). */
  notAfter?: string[];
  /** "repealed on 1.1.2019 by ..." */
  status: string;
  /** What to cite instead. */
  replacement: string;
  /** What to write instead, per language (a suggestion: inflection makes a mechanical fix unsafe). */
  suggestion: Record<Lang, string>;
}

const GDPR_AND_TSL: Record<Lang, string> = {
  fi: 'EU:n yleinen tietosuoja-asetus (EU) 2016/679 ja tietosuojalaki (1050/2018)',
  sv: 'EU:s dataskyddsförordning (EU) 2016/679 och dataskyddslagen (1050/2018)',
  en: 'the General Data Protection Regulation (EU) 2016/679 and the Data Protection Act (1050/2018)',
};

export const REPEALED_LAWS: readonly RepealedLaw[] = [
  {
    id: 'henkilotietolaki',
    title: 'the Finnish Personal Data Act (henkilötietolaki 523/1999)',
    names: {
      fi: ['henkilötietolaki', 'henkilötietolain', 'henkilötietolakia', 'henkilötietolaissa', 'henkilötietolaista', 'henkilötietolakiin', 'henkilötietolailla', 'henkilötietolaille', 'henkilötietolakien'],
      sv: ['personuppgiftslagen', 'personuppgiftslagens', 'personuppgiftslag'],
      en: ['Personal Data Act', "Personal Data Act's", 'Finnish Personal Data Act', 'Personal Data Act of Finland'],
    },
    caseSensitive: ['HetiL', 'HeTiL'],
    numbers: ['523/1999', '523/99'],
    status: 'repealed on 1.1.2019; the GDPR has applied since 25.5.2018',
    replacement: 'the GDPR (EU) 2016/679 and the Data Protection Act (tietosuojalaki 1050/2018)',
    suggestion: GDPR_AND_TSL,
  },
  {
    id: 'henkilorekisterilaki',
    title: 'the Personal Data File Act (henkilörekisterilaki 471/1987)',
    names: {
      fi: ['henkilörekisterilaki', 'henkilörekisterilain', 'henkilörekisterilakia', 'henkilörekisterilaissa'],
      sv: ['personregisterlagen', 'personregisterlagens'],
      en: ['Personal Data File Act', 'Personal Files Act'],
    },
    caseSensitive: [],
    numbers: ['471/1987', '471/87'],
    status: 'replaced by the Personal Data Act in 1999, itself repealed on 1.1.2019',
    replacement: 'the GDPR (EU) 2016/679 and the Data Protection Act (tietosuojalaki 1050/2018)',
    suggestion: GDPR_AND_TSL,
  },
  {
    id: 'tietosuojalautakuntalaki',
    title: 'the Act on the Data Protection Board and the Data Protection Ombudsman (389/1994)',
    names: {
      fi: [
        'laki tietosuojalautakunnasta ja tietosuojavaltuutetusta',
        'lain tietosuojalautakunnasta ja tietosuojavaltuutetusta',
        'lakia tietosuojalautakunnasta ja tietosuojavaltuutetusta',
        'tietosuojalautakunta',
        'tietosuojalautakunnan',
        'tietosuojalautakunnalle',
        'tietosuojalautakunnalta',
        'tietosuojalautakunnassa',
        'tietosuojalautakuntaan',
        'tietosuojalautakunnasta',
      ],
      sv: ['lagen om datasekretessnämnden och dataombudsmannen', 'datasekretessnämnden', 'datasekretessnämndens'],
      en: ['Data Protection Board of Finland', 'Finnish Data Protection Board'],
    },
    caseSensitive: [],
    numbers: ['389/1994', '389/94'],
    status: 'repealed on 1.1.2019, when the Data Protection Board (tietosuojalautakunta) was abolished',
    replacement: 'the GDPR (EU) 2016/679 and the Data Protection Act (tietosuojalaki 1050/2018); complaints go to the Data Protection Ombudsman',
    suggestion: GDPR_AND_TSL,
  },
  {
    id: 'sahkoisen-viestinnan-tietosuojalaki',
    title: 'the Act on the Protection of Privacy in Electronic Communications (516/2004)',
    names: {
      fi: [
        'sähköisen viestinnän tietosuojalaki',
        'sähköisen viestinnän tietosuojalain',
        'sähköisen viestinnän tietosuojalakia',
        'sähköisen viestinnän tietosuojalaissa',
        'sähköisen viestinnän tietosuojalakiin',
      ],
      sv: ['lagen om dataskydd vid elektronisk kommunikation', 'lag om dataskydd vid elektronisk kommunikation'],
      en: ['Act on the Protection of Privacy in Electronic Communications', 'Act on Data Protection in Electronic Communications'],
    },
    caseSensitive: [],
    numbers: ['516/2004'],
    status: 'repealed on 1.1.2015 by Act 917/2014',
    replacement: 'the Act on Electronic Communications Services (laki sähköisen viestinnän palveluista 917/2014; cookies: section 205)',
    suggestion: {
      fi: 'laki sähköisen viestinnän palveluista (917/2014), 205 §',
      sv: 'lagen om tjänster inom elektronisk kommunikation (917/2014), 205 §',
      en: 'the Act on Electronic Communications Services (917/2014), section 205',
    },
  },
  {
    id: 'directive-95-46',
    title: 'the Data Protection Directive 95/46/EC',
    names: {
      fi: ['tietosuojadirektiivi', 'tietosuojadirektiivin', 'tietosuojadirektiiviä', 'tietosuojadirektiivissä', 'tietosuojadirektiivistä', 'tietosuojadirektiiviin', 'tietosuojadirektiivillä', 'henkilötietodirektiivi', 'henkilötietodirektiivin'],
      sv: ['dataskyddsdirektivet', 'dataskyddsdirektivets', 'dataskyddsdirektiv'],
      en: ['Data Protection Directive', 'Data Protection Directive’s', "Data Protection Directive's"],
    },
    notAfter: ['sähköisen viestinnän', 'sähköisen viestinnän alan', 'ePrivacy', 'e-Privacy', 'Law Enforcement', 'rikosasioiden', 'brottsdatadirektivet'],
    caseSensitive: [],
    numbers: ['95/46'],
    status: 'repealed by the GDPR (EU) 2016/679 with effect from 25.5.2018',
    replacement: 'the GDPR (EU) 2016/679',
    suggestion: {
      fi: 'EU:n yleinen tietosuoja-asetus (EU) 2016/679',
      sv: 'EU:s dataskyddsförordning (EU) 2016/679',
      en: 'the General Data Protection Regulation (EU) 2016/679',
    },
  },
];

/** Sweden's Personal Data Act: same Swedish name as Finland's, also repealed. */
export const SWEDISH_PUL = {
  title: "Sweden's Personal Data Act (personuppgiftslagen 1998:204)",
  numbers: ['1998:204'],
  /** Abbreviations, matched case-sensitively; Finnish-Swedish texts may use them for 523/1999 too. */
  abbreviations: ['PuL', 'PUL'],
  status: 'repealed on 25.5.2018',
  replacement: 'the GDPR (EU) 2016/679 and the Swedish Data Protection Act (dataskyddslagen 2018:218)',
  suggestion: 'EU:s dataskyddsförordning (EU) 2016/679 och dataskyddslagen (2018:218)',
};

/**
 * Sections of the Personal Data Act (523/1999) that old notices cite, and where the same
 * matter is now governed (FACTS §3).
 */
export const HETIL_SECTIONS: Readonly<Record<number, { topic: string; now: string; articles: number[] }>> = {
  8: { topic: 'general conditions for processing', now: 'is now GDPR Art. 6 (legal bases)', articles: [6] },
  10: { topic: 'register description', now: 'has no GDPR counterpart: the notice itself gives the information of GDPR Art. 13/14', articles: [13, 14] },
  24: { topic: 'informing the data subject', now: 'is now GDPR Art. 13/14', articles: [13, 14] },
  26: { topic: 'right of access', now: 'is now GDPR Art. 15', articles: [15] },
  27: { topic: 'restrictions on access', now: 'is now GDPR Art. 15', articles: [15] },
  28: { topic: 'exercising the right of access', now: 'is now GDPR Art. 15', articles: [15] },
  29: { topic: 'rectification', now: 'is now GDPR Art. 16', articles: [16] },
  30: { topic: 'right to object, e.g. to direct marketing', now: 'is now GDPR Art. 21', articles: [21] },
};
