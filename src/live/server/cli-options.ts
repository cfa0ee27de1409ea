/** The live server's command line: its flags, checked, and the links it prints. */
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { DECK_IDS } from './decks';
import { DEFAULT_LIMITS } from './limits';

export const USAGE = `Usage: npm run live -- [flags]

  --port <n>                      port to listen on (default 4173; 0 picks a free one)
  --host <address>                address to listen on (default: all interfaces, so phones on the Wi-Fi reach it)
  --deck <id>                     open this deck from both links (${DECK_IDS.join(', ')}; default: the deck list)
  --no-build                      serve dist/ (the presenter's, with notes) and dist/live-public/ (everyone else's)
                                  as they are (default: build each first when it is missing or stale)
  --relay-only                    run the relay alone, for a site hosted elsewhere (built with VITE_LIVE_URL)
  --allow-origin <origin>         a site whose pages may use the relay across origins (repeatable; default none)
  --site-url <url>                relay-only: the site's deck address, where pairing sends the presenter
                                  (default: the first --allow-origin)
  --public-url <url>              the address people reach this server at, behind a proxy (e.g. https://live.example.org/):
                                  the printed links use it, and an https one makes the presenter's cookie Secure
  --max-streams <n>               streams one process holds before answering 503 (default ${DEFAULT_LIMITS.maxStreams})
  --max-streams-per-address <n>   streams from one address; 0 for no limit (default ${DEFAULT_LIMITS.maxStreamsPerAddress}, 0 with --relay-only)
  -h, --help                      this text

Environment: REDIS_URL=redis://[user:password@]host[:port][/db] makes this relay one node of several: they share
each deck's current state, the fan-out and the pairing through Redis (README, "Several relays").`;

/** Flags after parsing and checking. */
export interface CliOptions {
  readonly port: number;
  readonly host: string | undefined;
  readonly deck: string | null;
  readonly build: boolean;
  readonly relayOnly: boolean;
  readonly allowOrigins: readonly string[];
  readonly siteUrl: string | null;
  /** The server's own address as people reach it (behind a proxy), or null. */
  readonly publicUrl: string | null;
  readonly maxStreams: number;
  readonly maxStreamsPerAddress: number;
}

/** A flag's value was wrong: the message says which and why. */
export class UsageError extends Error {}

const integer = (value: string | undefined, name: string, fallback: number, max = 1_000_000): number => {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`--${name} must be an integer from 0 to ${max}`);
  return Number(value);
};

/** An origin (`https://site.example`) from a flag that may also be given as a full URL. */
const originOf = (value: string, name: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${name} must be an http(s) URL, e.g. https://site.example (got "${value}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--${name} must be http(s)`);
  return url.origin;
};

/** Parses and checks the command line. */
export function parseCli(args: readonly string[]): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        deck: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'relay-only': { type: 'boolean', default: false },
        'allow-origin': { type: 'string', multiple: true, default: [] },
        'site-url': { type: 'string' },
        'public-url': { type: 'string' },
        'max-streams': { type: 'string' },
        'max-streams-per-address': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const relayOnly = values['relay-only'];
  if (values.deck !== undefined && !DECK_IDS.includes(values.deck))
    throw new UsageError(`--deck must be one of ${DECK_IDS.join(', ')}`);
  if (values['site-url'] !== undefined && !relayOnly) throw new UsageError('--site-url goes with --relay-only');
  const allowOrigins = values['allow-origin'].map((value) => originOf(value, 'allow-origin'));
  const siteUrl = values['site-url'] ?? (relayOnly ? values['allow-origin'][0] : undefined) ?? null;
  if (values['site-url'] !== undefined) originOf(values['site-url'], 'site-url');
  const publicUrl = values['public-url'] ?? null;
  if (publicUrl !== null) originOf(publicUrl, 'public-url');
  return {
    port: integer(values.port, 'port', 4173, 65_535),
    host: values.host,
    deck: values.deck ?? null,
    build: !values['no-build'] && !relayOnly,
    relayOnly,
    allowOrigins,
    siteUrl,
    publicUrl: publicUrl === null ? null : new URL(publicUrl).href,
    maxStreams: integer(values['max-streams'], 'max-streams', DEFAULT_LIMITS.maxStreams),
    maxStreamsPerAddress: integer(
      values['max-streams-per-address'],
      'max-streams-per-address',
      relayOnly ? 0 : DEFAULT_LIMITS.maxStreamsPerAddress,
    ),
  };
}

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '']);
const LOOPBACK = /^(127\.|::1$|localhost$)/;

// Interfaces phones on the venue's Wi-Fi do not reach: containers' and VMs' bridges, VPN tunnels.
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|wg|zt|tailscale)/;

/**
 * The machine's IPv4 addresses on a network, the likeliest for phones on the same Wi-Fi first (physical interfaces,
 * then private ranges).
 */
export function lanAddresses(interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()): string[] {
  const found = Object.entries(interfaces).flatMap(([name, addresses]) =>
    (addresses ?? [])
      .filter((address) => address.family === 'IPv4' && !address.internal)
      .map((address) => ({ address: address.address, virtual: VIRTUAL_INTERFACE.test(name) })),
  );
  const isPrivate = (address: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);
  const rank = ({ address, virtual }: { address: string; virtual: boolean }) =>
    (virtual ? 2 : 0) + (isPrivate(address) ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b)).map(({ address }) => address);
}

const hostInUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * The links printed at start: attendees' (for the QR code), the base the presenter's link is opened on, and the
 * machine's other addresses. `lan` is this machine's network addresses, best first ({@link lanAddresses}).
 */
export function serverLinks(
  listenHost: string | undefined,
  port: number,
  publicUrl: string | null = null,
  lan: readonly string[] = lanAddresses(),
): { attendeesBase: string; presenterBase: string; lan: boolean; otherBases: string[] } {
  if (publicUrl) return { attendeesBase: publicUrl, presenterBase: publicUrl, lan: true, otherBases: [] };
  const all = listenHost === undefined || ALL_INTERFACES.has(listenHost);
  const [first, ...others] = all ? lan : [];
  const attendeesHost = all ? (first ?? '127.0.0.1') : listenHost;
  // The presenter pairs on this machine's loopback where the server listens there: the token and the cookie then
  // never cross the Wi-Fi.
  const presenterHost = all || LOOPBACK.test(listenHost) ? '127.0.0.1' : listenHost;
  return {
    attendeesBase: `http://${hostInUrl(attendeesHost)}:${port}/`,
    presenterBase: `http://${hostInUrl(presenterHost)}:${port}/`,
    lan: first !== undefined,
    // The machine's other addresses, printed in case the first is not the venue's network.
    otherBases: others.map((host) => `http://${host}:${port}/`),
  };
}
