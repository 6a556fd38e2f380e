/**
 * Live pages: an http URL is fetched from a local server started here (never the internet) and
 * gives the findings of the same file read from disk; redirects, time-outs, size limits and
 * HTTP errors are file errors with one line each, and the other inputs are still linted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import type { FileResult } from '../src/report.js';
import { ROOT, runCli } from './helpers.js';

const DIR = join(ROOT, 'fixtures', 'documents');
const TODAY = '2026-12-07';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let server: Server;
let base = '';
/** Bytes of the 50 MB answer actually written before the client hung up. */
let bigSent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const lang = url.searchParams.get('lang') ?? 'fi';
    switch (url.pathname) {
      case '/notice.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readFileSync(join(DIR, `${lang}-notice.html`)));
        return;
      case '/download':
        res.writeHead(200, { 'content-type': DOCX_TYPE });
        res.end(readFileSync(join(DIR, `${lang}-notice.docx`)));
        return;
      case '/rekisteriseloste':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end(readFileSync(join(DIR, `${lang}-notice.pdf`)));
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(Buffer.from(readFileSync(join(DIR, 'fi-notice.html'), 'utf8').replace('<meta charset="utf-8">', ''), 'latin1'));
        return;
      case '/moved':
        res.writeHead(301, { location: `/notice.html?lang=${lang}` });
        res.end();
        return;
      case '/hop': {
        const n = Number(url.searchParams.get('n'));
        res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : '/notice.html' });
        res.end();
        return;
      }
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        res.end();
        return;
      case '/loop-b':
        res.writeHead(302, { location: '/loop-a' });
        res.end();
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
        return;
      case '/big': {
        // 50 MB without a Content-Length: the limit must be checked as the body arrives.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 0x61);
        let n = 0;
        const write = () => {
          while (n < 50) {
            n++;
            bigSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', write);
          }
          res.end();
        };
        res.on('error', () => {});
        write();
        return;
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<p>');
        res.on('error', () => {});
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<p>Tietosuojaseloste');
        return; // never ends
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const run = (args: string[]) => runCli(['--today', TODAY, '--no-config', ...args], ROOT);

const findings = (r: FileResult) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
const statuses = (r: FileResult) => Object.fromEntries(Object.entries(r.items).map(([id, item]) => [id, item.status]));

describe('a page served over HTTP gives the findings of the same file on disk', () => {
  it.each(['fi', 'sv', 'en'])('%s: HTML', async (lang) => {
    const before = Date.now();
    const url = `${base}/notice.html?lang=${lang}`;
    const report = await lint([url, join(DIR, `${lang}-notice.html`)], { today: TODAY, noConfig: true });
    const [page, file] = report.results;
    expect(page.fatal).toBeUndefined();
    expect(page.filePath).toBe(url);
    expect(page.format).toBe('html');
    expect(findings(page)).toEqual(findings(file));
    expect(page.items).toEqual(file.items);
    expect(page.fetched).toMatchObject({ finalUrl: url, status: 200, contentType: 'text/html' });
    expect(Date.parse(page.fetched!.date)).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each(['fi', 'sv', 'en'])('%s: a DOCX download', async (lang) => {
    const report = await lint([`${base}/download?lang=${lang}`, join(DIR, `${lang}-notice.docx`)], { today: TODAY, noConfig: true });
    const [page, file] = report.results;
    expect(page.format).toBe('docx');
    expect(page.messages).toEqual(file.messages);
    expect(statuses(page)).toEqual(statuses(file));
  });

  it.each(['fi', 'sv', 'en'])('%s: a PDF', async (lang) => {
    const report = await lint([`${base}/rekisteriseloste?lang=${lang}`, join(DIR, `${lang}-notice.pdf`)], { today: TODAY, noConfig: true });
    const [page, file] = report.results;
    expect(page.format).toBe('pdf');
    expect(page.fetched?.contentType).toBe('application/pdf');
    expect(page.messages).toEqual(file.messages);
    expect(statuses(page)).toEqual(statuses(file));
  });

  it('compares language versions served as a page, a DOCX and a PDF as it compares the files', async () => {
    const { runParity } = await import('../src/parity/run.js');
    const pages = [`${base}/notice.html?lang=fi`, `${base}/download?lang=fi`, `${base}/rekisteriseloste?lang=fi`];
    const { results, group } = await runParity(pages, { today: TODAY, noConfig: true });
    expect(results.map((r) => [r.format, r.fatal])).toEqual([['html', undefined], ['docx', undefined], ['pdf', undefined]]);
    expect(group!.differences).toEqual([]);
  });

  it('follows a redirect and reports the final URL; the report keeps the URL given', async () => {
    const { code, stdout } = await run([`${base}/moved?lang=en`, '-f', 'json']);
    expect(code).toBe(1);
    const [r] = JSON.parse(stdout).results;
    expect(r.filePath).toBe(`${base}/moved?lang=en`);
    expect(r.fetched.finalUrl).toBe(`${base}/notice.html?lang=en`);
    expect(r.language).toBe('en');
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));
    expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('reads the charset the server names', async () => {
    const report = await lint([`${base}/latin1`, join(DIR, 'fi-notice.html')], { today: TODAY, noConfig: true });
    expect(report.results[0].encoding).toBe('windows-1252');
    expect(statuses(report.results[0])).toEqual(statuses(report.results[1]));
  });

  it('stylish says when the page was fetched and from where', async () => {
    const { stdout } = await run([`${base}/moved?lang=sv`]);
    expect(stdout).toMatch(new RegExp(`fetched 20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z from ${base.replace(/[.]/gu, '\\.')}/notice\\.html\\?lang=sv`, 'u'));
  });
});

describe('a network error is a file error: one line, exit 2, the other inputs still linted', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['404', () => [`${base}/nothing-here`], /: the server answered HTTP 404 Not Found \(http:\/\/127\.0\.0\.1:\d+\/nothing-here\)$/u],
    ['50 MB streamed', () => [`${base}/big`], /: the page is over the 10485760-byte limit \(settings\.maxFileSize or --max-file-size\)$/u],
    ['50 MB declared', () => [`${base}/big-declared`], /: the page is over the 10485760-byte limit/u],
    ['a redirect loop', () => [`${base}/loop-a`], /: redirect loop \(back to http:\/\/127\.0\.0\.1:\d+\/loop-a\)$/u],
    ['too many redirects', () => [`${base}/hop?n=3`, '--max-redirects', '2'], /: more than 2 redirects \(--max-redirects\)$/u],
    ['a redirect to file:', () => [`${base}/to-file`], /: redirected to a file: URL; only http and https are fetched$/u],
    ['a time-out', () => [`${base}/slow`, '--fetch-timeout', '0.5'], /: no complete answer within 0\.5 s \(--fetch-timeout\)$/u],
    ['a refused connection', () => ['http://127.0.0.1:9/notice'], /: cannot fetch: connection refused \(ECONNREFUSED\)$|: cannot fetch \(bad port\)$/u],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const started = Date.now();
    const [url, ...rest] = args();
    const { code, stdout, stderr } = await run([url, join('fixtures', 'documents', 'en-notice.html'), ...rest, '-f', 'json']);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`noticelint: ${url}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
    const results = JSON.parse(stdout).results;
    expect(results[0]).toMatchObject({ filePath: url, fatal: { message: expect.any(String) } });
    expect(results[1].fatal).toBeUndefined();
    expect(results[1].messages.length).toBeGreaterThan(0);
  });

  it('stopped reading the 50 MB page soon after the limit', () => {
    expect(bigSent).toBeLessThan(40 * 1024 * 1024);
  });

  it('a URL of another scheme is a usage error; nothing is fetched', async () => {
    const { code, stderr, stdout } = await run(['ftp://127.0.0.1/notice.html']);
    expect(code).toBe(2);
    expect(stderr).toBe('noticelint: only http:// and https:// URLs are fetched, not ftp: ftp://127.0.0.1/notice.html\n');
    expect(stdout).toBe('');
  });

  it('--fetch-timeout and --max-redirects are checked', async () => {
    expect((await run([`${base}/notice.html`, '--fetch-timeout', '0'])).stderr).toBe('noticelint: --fetch-timeout must be a positive number of seconds\n');
    expect((await run([`${base}/notice.html`, '--max-redirects', '-1'])).stderr).toBe('noticelint: --max-redirects must be a whole number (0: follow none)\n');
  });

  it('--fix refuses a page with the reason', async () => {
    const { stderr } = await run([`${base}/notice.html`, '--fix', '-f', 'json']);
    expect(stderr).toBe(`noticelint: ${base}/notice.html: not fixed: a page fetched over the network is never rewritten: change it where it is published\n`);
  });

  it('noticelint tree reads a page', async () => {
    const { code, stdout } = await run(['tree', `${base}/moved?lang=sv`]);
    expect(code).toBe(0);
    expect(stdout).toContain('Dina rättigheter');
  });
});
