/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule of the registry is
 * described in `tool.driver.rules` (GitHub wants short and full descriptions and help text);
 * results carry a repository-relative location with a full region and a partial fingerprint
 * that does not depend on line numbers. Files that could not be linted become tool execution
 * notifications: they are not findings about the notice.
 */
import { HOMEPAGE, ruleDocsUrl, TOOL_NAME, VERSION } from '../meta.js';
import type { DocumentLocation, LintMessage } from '../report.js';
import { rules } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import { fingerprints, jsonArrayItems, nestedJson, notLintedLine, repoPath } from './common.js';
import { type StreamReporter, wholeReport } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our partial fingerprint; bump the version if the recipe ever changes. */
export const FINGERPRINT_KEY = 'noticelint/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleInfo {
  id: string;
  severity?: Severity;
  description?: string;
  reference?: string;
  languages?: string[];
  url: string;
}

function descriptor(r: RuleInfo) {
  const description = r.description ?? `noticelint rule ${r.id}.`;
  const full = r.reference ? `${description} Legal source: ${r.reference}.` : description;
  return {
    id: r.id,
    name: r.id.replace(/(^|-)(\p{L})/gu, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: full },
    helpUri: r.url,
    help: {
      text: `${full}\nDocumentation: ${r.url}`,
      markdown: `${description}${r.reference ? `\n\n**Legal source:** ${r.reference}` : ''}\n\nSee [${r.id}](${r.url}) for what the rule checks, why, and a bad and a good example.`,
    },
    ...(r.severity ? { defaultConfiguration: { level: LEVEL[r.severity] } } : {}),
    properties: {
      tags: ['gdpr', 'privacy-notice', ...(r.languages ?? []).map((l) => `lang:${l}`)],
      ...(r.reference ? { reference: r.reference } : {}),
    },
  };
}

/** SARIF URIs are URI references: encode each path segment. */
function logicalLocation(line: number, location: DocumentLocation) {
  const pdf = location.paragraph === undefined;
  const name = pdf ? `page ${location.page}, line ${line}` : `paragraph ${location.paragraph}${location.page !== undefined ? `, page ${location.page}` : ''}`;
  return { kind: pdf ? 'line' : 'paragraph', name, fullyQualifiedName: `${name}: ${location.excerpt}` };
}

function uriOf(path: string): string {
  if (/^https?:\/\//iu.test(path)) return new URL(path).href;
  return path.split('/').map(encodeURIComponent).join('/');
}

function region(m: { line: number; column: number; endLine: number; endColumn: number }) {
  const startLine = Math.max(1, m.line);
  const startColumn = Math.max(1, m.column);
  let endLine = Math.max(startLine, m.endLine);
  let endColumn = Math.max(1, m.endColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * Written result by result: the run's results come first, then what is known only after the
 * last file (the artifacts, the files that could not be linted, and the rules, which may
 * include rules outside the registry). JSON objects are unordered; the text equals
 * JSON.stringify of the whole log.
 */
export const sarifStream: StreamReporter = (options) => {
  const known: RuleInfo[] = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => ({ ...r.meta, url: ruleDocsUrl(r.meta.id) }));
  const index = new Map(known.map((r, i) => [r.id, i]));
  const ruleIndex = (m: LintMessage): number => {
    let i = index.get(m.ruleId);
    if (i === undefined) {
      // A rule outside the registry (a plugin or a test rule): describe it from the message.
      i = known.length;
      known.push({ id: m.ruleId, reference: m.reference, url: m.url });
      index.set(m.ruleId, i);
    }
    return i;
  };
  const artifacts: { location: { uri: string } }[] = [];
  const notifications: unknown[] = [];
  const results = jsonArrayItems(3);

  return {
    begin: () => `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`,
    result: (r) => {
      const path = repoPath(r.filePath, options.cwd);
      const artifactLocation = { uri: uriOf(path), index: artifacts.length };
      artifacts.push({ location: { uri: artifactLocation.uri } });
      if (r.fatal) {
        notifications.push({
          level: 'error',
          message: { text: notLintedLine(r, path) },
          locations: [{ physicalLocation: { artifactLocation } }],
          descriptor: { id: 'fatal' },
        });
        return '';
      }
      const prints = fingerprints(path, r.messages);
      let out = '';
      r.messages.forEach((m, k) => {
        const result = {
          ruleId: m.ruleId,
          ruleIndex: ruleIndex(m),
          level: LEVEL[m.severity],
          message: { text: m.localizedMessage ?? m.message },
          // A Word document's region is in paragraphs (startLine is the paragraph number), a PDF's
          // in lines of the page; the logical location names the place and its first words.
          locations: [
            {
              physicalLocation: { artifactLocation, region: region(m) },
              ...(m.location
                ? { logicalLocations: [logicalLocation(m.line, m.location)] }
                : {}),
            },
          ],
          ...(m.related?.length
            ? {
                relatedLocations: m.related.map((rel, id) => ({
                  id,
                  message: { text: rel.localizedMessage ?? rel.message },
                  physicalLocation: { artifactLocation, region: region(rel) },
                })),
              }
            : {}),
          partialFingerprints: { [FINGERPRINT_KEY]: prints[k] },
        };
        out += results.item(result);
      });
      return out;
    },
    end: () => {
      const tool = {
        driver: {
          name: TOOL_NAME,
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: HOMEPAGE,
          rules: known.map(descriptor),
        },
      };
      const invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
      return (
        `${results.close()},\n` +
        `      "artifacts": ${nestedJson(artifacts, 3)},\n` +
        `      "invocations": ${nestedJson(invocations, 3)},\n` +
        `      "columnKind": "utf16CodeUnits",\n` +
        `      "tool": ${nestedJson(tool, 3)}\n    }\n  ]\n}\n`
      );
    },
  };
};

export const sarif = wholeReport(sarifStream);
