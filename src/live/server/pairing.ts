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

/** The presenter's session as every node keeps it: the credential's hash (hex) and when it expires (ms). */
export interface SharedSession {
  readonly hash: string;
  readonly expires: number;
}

/**
 * Pairing shared by several relay nodes (through Redis): the token printed by one node can be redeemed on any, once,
 * and the presenter's cookie then works on every node. Only hashes travel.
 */
export interface PairingShare {
  /** Makes `tokenHash` a pairing token every node accepts, once (replacing this node's previous one). */
  offerToken(tokenHash: string): Promise<void>;
  /**
   * Atomically: when `tokenHash` is the offered token, removes it, stores `session` for every node and returns true.
   */
  redeem(tokenHash: string, session: SharedSession): Promise<boolean>;
}

export class Pairing {
  #tokenHash: Buffer | null = null;
  #session: { hash: Buffer; expires: number } | null = null;
  #share: PairingShare | null = null;

  constructor(
    private readonly sessionTtlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Shares tokens and sessions with the other nodes from now on. */
  share(share: PairingShare): void {
    this.#share = share;
  }

  /** Takes the session another node paired (or null when there is none). */
  adoptSession(session: SharedSession | null): void {
    this.#session = session && { hash: Buffer.from(session.hash, 'hex'), expires: session.expires };
  }

  /** A new single-use pairing token; any token issued before it stops working. Shown once, never stored. */
  issueToken(): string {
    const token = newSecret();
    this.#tokenHash = digest(token);
    // Failure is logged by the share; the token then still works on this node.
    this.#share?.offerToken(this.#tokenHash.toString('hex')).catch(() => {});
    return token;
  }

  /** Exchanges a pairing token for a new session credential, once; null for a wrong or used token. */
  async redeem(token: string | null): Promise<string | null> {
    const share = this.#share;
    if (share) {
      if (token === null || !SECRET_SHAPE.test(token)) return null;
      const credential = newSecret();
      const session = { hash: digest(credential), expires: this.now() + this.sessionTtlMs };
      // Redis compares hashes of 256-bit secrets: nothing about the token leaks through its timing.
      const redeemed = await share.redeem(digest(token).toString('hex'), {
        hash: session.hash.toString('hex'),
        expires: session.expires,
      });
      if (!redeemed) return null;
      this.#tokenHash = null;
      this.#session = session;
      return credential;
    }
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
