/**
 * A live page: an http or https URL given on the command line (or to the library) is fetched,
 * with a time-out over the whole exchange, a size limit on the body (checked as it arrives, so
 * a server that sends 50 MB costs at most the limit) and a bound on redirects. Only a URL the
 * user gave is fetched: nothing else in noticelint uses the network.
 */
import { extname } from 'node:path';
import { type ReadFailure, readFailure } from './file-error.js';
import { VERSION } from '../meta.js';
import type { InputFormat } from '../model/types.js';

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchLimits {
  /** The whole exchange, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Most bytes of body read. */
  maxSize: number;
}

export interface FetchInfo {
  /** The URL after redirects. */
  finalUrl: string;
  /** When the page was fetched (ISO 8601, UTC). */
  date: string;
  status: number;
  /** The media type the server gave, without parameters ('' when none). */
  contentType: string;
}

export type Fetched = ({ ok: true; bytes: Uint8Array; charset?: string } & FetchInfo) | ReadFailure;

/** An http or https URL: fetched, not read from disk. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//iu.test(path);
}

/** A URL of another scheme (ftp://, file://): refused, never read. */
export function isOtherUrl(path: string): boolean {
  return /^[a-z][a-z0-9+.-]{1,30}:\/\//iu.test(path) && !isUrl(path);
}

const CONTENT_TYPES: Record<string, InputFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};

const EXTENSIONS: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/**
 * What a fetched body is: from the server's media type, else the final URL's extension, else
 * its first bytes (a ZIP is a DOCX, "%PDF" a PDF, anything else a page).
 */
export function formatOfFetched(info: Pick<FetchInfo, 'contentType' | 'finalUrl'>, bytes: Uint8Array): InputFormat {
  const byType = CONTENT_TYPES[info.contentType];
  if (byType) return byType;
  let pathname = '';
  try {
    pathname = new URL(info.finalUrl).pathname;
  } catch {
    // keep ''
  }
  const byExt = EXTENSIONS[extname(pathname).toLowerCase()];
  if (byExt) return byExt;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  return 'html';
}

/** A header value or reason from the network, safe to print on one line of a terminal. */
function printable(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  return JSON.stringify(text.slice(0, max)).slice(1, -1).replace(/[\u0080-\u009f\u2028\u2029]/gu, '?');
}

function networkError(error: unknown, limits: FetchLimits, timedOut: boolean): ReadFailure {
  if (timedOut) return readFailure('url-timeout', { seconds: limits.timeoutMs / 1000 });
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOTFOUND: 'url-no-host',
    EAI_AGAIN: 'url-lookup',
    ECONNREFUSED: 'url-refused',
    ECONNRESET: 'url-reset',
    ETIMEDOUT: 'url-timed-out',
    UND_ERR_SOCKET: 'url-closed',
  };
  if (code && why[code]) return readFailure(why[code], { code });
  if (code && /^(CERT_|ERR_TLS|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/u.test(code)) return readFailure('url-tls', { code });
  return readFailure('url-error', { detail: printable(code ?? cause?.message ?? (error as Error).message ?? String(error), 120) });
}

/** Fetches a page within the limits. Never throws: a network or HTTP error is the message. */
export async function fetchUrl(url: string, limits: FetchLimits): Promise<Fetched> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return readFailure('url-invalid');
    }
    const seen = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return readFailure('url-protocol', { protocol: printable(current.protocol) });
      }
      seen.add(current.href);
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          'user-agent': `noticelint/${VERSION}`,
          accept: 'text/html, application/xhtml+xml, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/plain;q=0.8, */*;q=0.5',
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const next = new URL(response.headers.get('location')!, current);
        if (seen.has(next.href)) return readFailure('url-loop', { url: next.href });
        if (redirects + 1 > limits.maxRedirects) return readFailure('url-redirects', { max: limits.maxRedirects });
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return readFailure('url-status', { status: `${response.status}${response.statusText ? ` ${printable(response.statusText, 80)}` : ''}`, url: current.href });
      }
      const tooLarge = readFailure('url-too-large', { max: limits.maxSize });
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxSize) {
        await response.body?.cancel();
        return tooLarge;
      }
      const chunks: Uint8Array[] = [];
      let total = 0;
      if (response.body) {
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          total += value.byteLength;
          if (total > limits.maxSize) {
            await reader.cancel();
            return tooLarge;
          }
          chunks.push(value);
        }
      }
      const [type, ...params] = (response.headers.get('content-type') ?? '').split(';');
      const charset = params.map((p) => /^\s*charset\s*=\s*"?([\w.:-]{1,40})"?\s*$/iu.exec(p)?.[1]).find(Boolean);
      return {
        ok: true,
        bytes: Buffer.concat(chunks, total),
        finalUrl: current.href,
        date: new Date().toISOString(),
        status: response.status,
        contentType: type.trim().toLowerCase(),
        ...(charset ? { charset: charset.toLowerCase() } : {}),
      };
    }
  } catch (error) {
    return networkError(error, limits, timedOut);
  } finally {
    clearTimeout(timer);
  }
}
