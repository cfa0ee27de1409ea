/**
 * `npm run live [-- flags]`: builds the site when it is stale, then serves it and the live relay from one process,
 * printing the attendees' link (with its QR code) and the presenter's single-use pairing link. Ctrl-C stops it.
 * `--relay-only` runs the relay alone, for a site hosted elsewhere. Started by scripts/live/cli.mjs, which bundles
 * this TypeScript for plain Node first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureBuilt } from '../../../scripts/lib/build.mjs';
import { LIVE_PATHS } from '../protocol';
import { parseCli, serverLinks, USAGE, UsageError, type CliOptions } from './cli-options';
import { createLogger } from './log';
import { connectRedis, parseRedisUrl, RedisUrlError, type RedisRelay } from './redis';
import { terminalQr } from './terminal-qr';
import { startLiveServer, type LiveServer } from './server';

const deckQuery = (deck: string | null) => (deck ? `?${new URLSearchParams({ deck }).toString()}` : '');

/**
 * Where `npm run live` builds the site attendees get: `vite build --mode public`, without a speaker note. Inside
 * dist/, so that a new `vite build` (which empties dist/) also clears this copy of the old one.
 */
export const PUBLIC_BUILD_DIR = 'dist/live-public';

/** Runs the command line `args` for the project at `root`; resolves once the server runs (or the usage is printed). */
export async function runCli(args: readonly string[], root: string): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === 'help') return console.log(USAGE);
  let redisUrl: string | null;
  try {
    redisUrl = process.env.REDIS_URL ? parseRedisUrl(process.env.REDIS_URL) : null;
  } catch (error) {
    if (!(error instanceof RedisUrlError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
    return;
  }
  const dist = join(root, 'dist');
  const publicBuild = join(root, PUBLIC_BUILD_DIR);
  if (options.build) {
    ensureBuilt(root, console.log);
    ensureBuilt(root, console.log, { mode: 'public', outDir: PUBLIC_BUILD_DIR });
  }
  if (!options.relayOnly && !existsSync(join(dist, 'index.html')))
    throw new Error('dist/index.html is missing: run without --no-build, or `npm run build` first');
  const split = existsSync(join(publicBuild, 'index.html'));

  const presenterLanding = options.relayOnly
    ? options.siteUrl
      ? new URL(deckQuery(options.deck), options.siteUrl).href
      : '/'
    : `/${deckQuery(options.deck)}`;
  // A closed terminal or pipe must not stop the relay mid-talk: its log lines are then lost, not thrown.
  process.stdout.on('error', () => {});
  const log = createLogger();
  // Several nodes share the decks' state, the fan-out and the pairing through Redis; the address is not logged (it
  // may carry a password).
  let redis: RedisRelay | undefined;
  if (redisUrl) {
    log('redis-connecting');
    redis = await connectRedis(redisUrl, log);
  }
  const server: LiveServer = await startLiveServer({
    siteRoot: options.relayOnly ? null : dist,
    ...(split ? { attendeeSiteRoot: publicBuild } : {}),
    port: options.port,
    ...(options.host === undefined ? {} : { host: options.host }),
    // Behind a proxy the pages' Origin is the public address, whatever Host header the proxy passes on.
    allowOrigins: [...options.allowOrigins, ...(options.publicUrl ? [new URL(options.publicUrl).origin] : [])],
    presenterLanding,
    secureCookie: options.publicUrl?.startsWith('https:') ?? false,
    limits: { maxStreams: options.maxStreams, maxStreamsPerAddress: options.maxStreamsPerAddress },
    log,
    ...(redis ? { redis } : {}),
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`port ${options.port} is in use: pick another with --port`);
    if (error.code === 'EADDRNOTAVAIL') throw new Error(`${options.host} is not an address of this machine (--host)`);
    throw error;
  });

  const links = serverLinks(options.host, server.port, options.publicUrl);
  const presenterLine = () =>
    `  Presenter: ${new URL(`${LIVE_PATHS.pair}?token=${server.issuePairingToken()}`, links.presenterBase).href}`;
  const lines: string[] = [''];
  if (options.relayOnly) {
    lines.push(`  Relay:     ${links.attendeesBase}  (build the site with VITE_LIVE_URL set to its public address)`);
    if (options.allowOrigins.length === 0)
      lines.push('  Warning:   no --allow-origin: no site elsewhere may use this relay');
    if (options.siteUrl) {
      const attendees = new URL(deckQuery(options.deck), options.siteUrl).href;
      lines.push(`  Attendees: ${attendees}`, terminalQr(attendees, root));
    }
  } else {
    lines.push(
      split
        ? `  Site:      attendees get the public build (${PUBLIC_BUILD_DIR}/, no speaker notes), the presenter dist/`
        : `  Warning:   no public build in ${PUBLIC_BUILD_DIR}/ (run without --no-build): attendees get dist/, notes and all`,
    );
    const attendees = `${links.attendeesBase}${deckQuery(options.deck)}`;
    lines.push(`  Attendees: ${attendees}${links.lan ? '' : '  (no network found: this machine only)'}`);
    for (const other of links.otherBases) lines.push(`             or ${other}${deckQuery(options.deck)}`);
    lines.push(terminalQr(attendees, root));
  }
  lines.push(
    presenterLine(),
    '             open it once, in the browser you present from: it pairs that browser as the presenter',
  );
  const interactive = process.stdin.isTTY === true;
  lines.push(`  ${interactive ? 'Enter prints a new presenter link; ' : ''}Ctrl-C stops.`, '');
  console.log(lines.join('\n'));

  const input = interactive ? createInterface({ input: process.stdin }) : null;
  input?.on('line', () => console.log(`${presenterLine()}\n`));

  const stop = (signal: NodeJS.Signals) => {
    log('signal', { signal });
    input?.close();
    process.once(signal, () => process.exit(1));
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
