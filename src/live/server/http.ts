/** Small helpers every route shares: the one error shape, JSON replies, and the headers sent on everything. */
import type { ServerResponse } from 'node:http';
import type { ErrorBody, ErrorCode } from '../protocol';

/** Sent on every response: no page of the relay's may be framed by another site, and no type sniffing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
};

/** Sends `body` as JSON with `status`, closing the connection afterwards when `close` is set. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent) return void response.destroy();
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** Extra fields an error may carry. */
export interface ErrorExtras {
  /** Response headers, e.g. `retry-after`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The last accepted `seq`, on a 409. */
  readonly seq?: number;
}

/** Sends the one error shape: `{ error: { code, message } }`. */
export function sendError(
  response: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extras: ErrorExtras = {},
): void {
  const body: ErrorBody = { error: { code, message, ...(extras.seq === undefined ? {} : { seq: extras.seq }) } };
  sendJson(response, status, body, extras.headers);
}
