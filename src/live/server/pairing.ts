/**
 * Pairing and the presenter's credential. The server prints a single-use pairing token (256 random bits) in the
 * `Presenter:` link; opening it exchanges the token for a separate random session credential in an HttpOnly,
 * SameSite=Strict cookie. Only hashes of both are kept, compared in constant time. One presenter at a time:
 * a new pairing ends the previous session.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Name of the presenter's cookie. */
export const PRESENTER_COOKIE = 'live_presenter';

// 32 bytes: 256 bits, well above the 128 the issue asks for; base64url keeps it URL- and cookie-safe.
const SECRET_BYTES = 32;
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const newSecret = (): string => randomBytes(SECRET_BYTES).toString('base64url');
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when `candidate` hashes to `expected`: hashing first makes both 32 bytes, so no length leaks either. */
const matches = (candidate: string, expected: Buffer | null): boolean =>
  expected !== null && timingSafeEqual(digest(candidate), expected);

/** The value of cookie `name` in a `Cookie` header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

export class Pairing {
  #tokenHash: Buffer | null = null;
  #session: { hash: Buffer; expires: number } | null = null;

  constructor(
    private readonly sessionTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new single-use pairing token; any token issued before it stops working. Shown once, never stored. */
  issueToken(): string {
    const token = newSecret();
    this.#tokenHash = digest(token);
    return token;
  }

  /** Exchanges a pairing token for a new session credential, once; null for a wrong or used token. */
  redeem(token: string | null): string | null {
    // The hash is compared even for a malformed token, so a wrong token of any shape takes the same time.
    const valid = matches(token ?? '', this.#tokenHash) && token !== null && SECRET_SHAPE.test(token);
    if (!valid) return null;
    this.#tokenHash = null;
    const credential = newSecret();
    this.#session = { hash: digest(credential), expires: this.now() + this.sessionTtlMs };
    return credential;
  }

  /** True when the request's `Cookie` header carries the current presenter's credential. */
  isPresenter(cookieHeader: string | undefined): boolean {
    const session = this.#session;
    if (!session || this.now() >= session.expires) return false;
    const credential = readCookie(cookieHeader, PRESENTER_COOKIE);
    return credential !== null && matches(credential, session.hash);
  }

  /** The `Set-Cookie` value carrying `credential`; `secure` when the presenter reached the relay over HTTPS. */
  cookie(credential: string, secure: boolean): string {
    const seconds = Math.floor(this.sessionTtlMs / 1000);
    return `${PRESENTER_COOKIE}=${credential}; Path=/; Max-Age=${seconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }
}
