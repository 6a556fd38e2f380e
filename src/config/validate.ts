/**
 * Checks a parsed configuration against its JSON Schema (schema.ts) with ajv, and turns the
 * first problem into one line that names the file, the key and what is allowed. The schema is
 * ours, compiled once on first use; a configuration is only ever data checked against it.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { CONFIG_SCHEMA } from './schema.js';

let validator: ValidateFunction | null = null;

function validate(): ValidateFunction {
  // verbose: each error carries the schema node it failed, which says what is allowed.
  validator ??= new Ajv({ allErrors: true, verbose: true, strictTuples: false }).compile(CONFIG_SCHEMA);
  return validator;
}

/** A key or value from the configuration, as shown: short, never the file's content at length. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** "rules.empty-section[1]" from "/rules/empty-section/1". */
function keyOf(instancePath: string): string {
  let out = '';
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/gu, '/').replace(/~0/gu, '~');
    out += /^\d+$/u.test(part) ? `[${part}]` : `${out ? '.' : ''}${part.length > 40 ? `${part.slice(0, 40)}…` : part}`;
  }
  return out;
}

const list = (items: readonly unknown[]) => items.map((v) => JSON.stringify(v)).join(', ');
const severities = (): string[] => CONFIG_SCHEMA.definitions.severity.enum;

/** The description of the nearest key above a place in the configuration that has one (what the key is for). */
function describedAt(instancePath: string): string | undefined {
  let node: any = CONFIG_SCHEMA;
  let found: string | undefined;
  const deref = (n: any) => (n?.$ref ? CONFIG_SCHEMA.definitions[n.$ref.split('/').pop()] : n);
  for (const part of instancePath.split('/').slice(1)) {
    node = deref(node);
    node = /^\d+$/u.test(part) ? node?.items : (node?.properties?.[part] ?? node?.additionalProperties);
    if (node?.description) found = node.description;
    else if (deref(node)?.description) found = deref(node).description;
  }
  return found;
}

/** What a value that fits none of an anyOf's branches should have been. */
function expected(error: ErrorObject): string {
  const ref = (error.parentSchema as { description?: string } | undefined)?.description;
  if (/severity/iu.test(ref ?? '')) return `a severity (${list(severities())}) or [severity, options]`;
  return ref ?? 'another kind of value';
}

function describe(error: ErrorObject): string {
  const key = keyOf(error.instancePath);
  const at = key ? `${key}: ` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      if (/(^|\.)rules$/u.test(key)) return `${at}unknown rule ${shown(name)} (\`noticelint rules\` lists them)`;
      if (/rules\.[^.]+\[1\]$/u.test(key)) return `${at}unknown option ${shown(name)} (${allowed.length ? `allowed: ${allowed.join(', ')}` : 'this rule takes no options'})`;
      return `${at}unknown key ${shown(name)} (allowed: ${allowed.join(', ')})`;
    }
    case 'required':
      return `${at}missing ${shown((error.params as { missingProperty: string }).missingProperty)}`;
    case 'type':
      return `${at}must be ${(error.params as { type: string }).type === 'object' ? 'an object' : (error.params as { type: string }).type === 'array' ? 'an array' : `a ${(error.params as { type: string }).type}`}`;
    case 'enum':
      return `${at}must be one of ${list((error.params as { allowedValues: unknown[] }).allowedValues)}`;
    case 'anyOf':
    case 'oneOf':
      return `${at}must be ${expected(error)}`;
    default: {
      const what = describedAt(error.instancePath);
      return `${at}${(error.message ?? 'is not allowed').replace(/^must NOT have fewer than (\d+) items$/u, 'must have at least $1 items').replace(/^must NOT have more than (\d+) items$/u, 'must have at most $1 items')}${what ? ` (${what})` : ''}`;
    }
  }
}

/**
 * The first problem with a configuration, as one line without the file's name, or null when it
 * fits the schema. Of several errors, the one deepest in the configuration is the most telling
 * (a rule's unknown option rather than "must be a severity or [severity, options]").
 */
export function configProblem(data: unknown): string | null {
  const check = validate();
  if (check(data)) return null;
  const errors = check.errors ?? [];
  const depth = (e: ErrorObject) => e.instancePath.split('/').length;
  const deepest = Math.max(...errors.map(depth));
  const atDeepest = errors.filter((e) => depth(e) === deepest);
  // A value that fits no branch of an anyOf: say what the branches allow together (a branch that got further is deeper).
  const branchy = atDeepest.find((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return describe(branchy ?? atDeepest[0]);
}
