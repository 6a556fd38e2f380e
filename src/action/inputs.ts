/** The action's inputs, read the way the runner passes them: INPUT_<NAME> (upper case, hyphens kept). */
import { FILTER_MODES, type FilterMode } from './filter.js';

/** Notice files by name, in the three languages, as text, Markdown, HTML, Word (DOCX) or PDF. */
export const DEFAULT_FILES = [
  '**/*{tietosuoja,rekisteriseloste,henkilotietoseloste,henkilötietoseloste,privacy,dataskydd,integritet,personuppgift}*.{md,markdown,txt,html,htm,docx,pdf}',
  '**/{tietosuoja,privacy,dataskydd,integritet}*/**/*.{md,markdown,txt,html,htm,docx,pdf}',
].join('\n');

/**
 * The `paths:` filter of the README's workflow example: every file the default globs match, and
 * the files that change what is linted and how (a test checks both).
 */
export const WORKFLOW_PATHS = [
  '**/*tietosuoja*',
  '**/*rekisteriseloste*',
  '**/*henkilotietoseloste*',
  '**/*henkilötietoseloste*',
  '**/*privacy*',
  '**/*dataskydd*',
  '**/*integritet*',
  '**/*personuppgift*',
  '**/tietosuoja*/**',
  '**/privacy*/**',
  '**/dataskydd*/**',
  '**/integritet*/**',
  '**/.noticelintrc.json',
  '**/.noticelintignore',
];

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** Include globs; a line starting with "!" excludes. */
  files: string[];
  config?: string;
  failOn: FailOn;
  onlyChanged: boolean;
  sarifFile?: string;
  /** Which findings a pull request sees; absent: `added` when the event has a range, else `nofilter`. */
  filterMode?: FilterMode;
}

export class InputError extends Error {}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /gu, '_').toUpperCase()}`] ?? '').trim();
}

function getBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const v = getInput(env, name);
  if (v === '') return fallback;
  if (/^(true|yes|on|1)$/iu.test(v)) return true;
  if (/^(false|no|off|0)$/iu.test(v)) return false;
  throw new InputError(`input ${name} must be true or false, not "${v}"`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const filesText = getInput(env, 'files') || DEFAULT_FILES;
  const files = filesText
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const failOn = (getInput(env, 'fail-on') || 'error').toLowerCase();
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(`input fail-on must be error, warning or never, not "${failOn}"`);
  }
  const filterMode = (getInput(env, 'filter-mode') || '').toLowerCase();
  if (filterMode !== '' && !(FILTER_MODES as readonly string[]).includes(filterMode)) {
    throw new InputError(`input filter-mode must be ${FILTER_MODES.join(', ')}, not "${filterMode}"`);
  }
  return {
    files,
    config: getInput(env, 'config') || undefined,
    failOn,
    onlyChanged: getBoolean(env, 'only-changed', false),
    sarifFile: getInput(env, 'sarif-file') || undefined,
    ...(filterMode ? { filterMode: filterMode as FilterMode } : {}),
  };
}
