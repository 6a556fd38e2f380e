/**
 * `--format html --output-dir DIR`: the HTML report as a folder, `DIR/index.html` (the
 * overview) and `DIR/notices/NNNN-name.html` (one page per notice). Each page is written
 * (atomically) as its result comes, so memory stays flat; index.html is written last, so a run
 * that stops half-way leaves no index pointing at pages that are not there. Pages of an earlier
 * run that this run did not write (named as this module names them) are removed at the end.
 */
import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../input/files.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import type { FileResult, LintReport, ParityGroup } from '../report.js';
import { htmlSite, type ReportLocale, type SiteFile } from '../reporters/html.js';

export interface HtmlSiteWriter {
  result(r: FileResult): void;
  end(summary: LintReport['summary'], fatal: number, parity?: ParityGroup[]): void;
}

const OUR_PAGE = /^\d{4,}-[A-Za-z0-9._-]+\.html$/u;

/**
 * Checks and makes the folder (a usage error before anything is linted when it cannot be).
 * `locale`: the language of the report's own words (English by default).
 */
export function htmlSiteWriter(dir: string, options: { locale?: ReportLocale } = {}): HtmlSiteWriter {
  const cannot = (why: string) => new UsageError(`cannot write the report to ${dir}: ${why}`);
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory() === false) throw cannot('it is a file, not a folder');
    mkdirSync(join(dir, 'notices'), { recursive: true });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw cannot((e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  const site = htmlSite(options);
  const written = new Set<string>();
  const write = (f: SiteFile) => {
    try {
      writeFileAtomic(join(dir, ...f.path.split('/')), f.text);
    } catch (e) {
      throw cannot((e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
    written.add(f.path);
  };
  return {
    result: (r) => write(site.result(r)),
    end(summary, fatal, parity) {
      for (const name of readdirSync(join(dir, 'notices'))) {
        if (OUR_PAGE.test(name) && !written.has(`notices/${name}`)) unlinkSync(join(dir, 'notices', name));
      }
      write(site.end(summary, fatal, parity));
    },
  };
}
