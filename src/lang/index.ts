/** Phrase data, one folder per language. Rules read phrases only through here. */
import type { Lang } from '../model/types.js';
import { common as en } from './en/common.js';
import { common as fi } from './fi/common.js';
import { common as sv } from './sv/common.js';
import type { CommonPhrases } from './types.js';

export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

export const commonPhrases: Readonly<Record<Lang, CommonPhrases>> = { fi, sv, en };
