import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../package.json') as { version: string };

export const TOOL_NAME = 'noticelint';
export const VERSION: string = pkg.version;
export const HOMEPAGE = 'https://github.com/noticelint/noticelint';

/** Where a rule's documentation page is published. */
export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
