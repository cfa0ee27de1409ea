/** `/metrics` in Prometheus' text format: the relay's counters, its streams and the process's memory and CPU. */
import { DECK_IDS } from './decks';

/** Events counted since the process started. */
export interface Counters {
  /** Positions accepted. */
  published: number;
  /** Publishes refused (403, 400, 409, 413, 415). */
  refused: number;
  /** Failed pairing attempts (wrong or used token, rate-limited). */
  pairingFailures: number;
  /** Streams refused with 503. */
  streamsRefused: number;
}

export const createCounters = (): Counters => ({ published: 0, refused: 0, pairingFailures: 0, streamsRefused: 0 });

const metric = (name: string, type: 'gauge' | 'counter', help: string, samples: readonly string[]) =>
  [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples].join('\n');

/** The metrics page: `streams` open now, `followers` per deck as last reported to the presenter. */
export function formatMetrics(
  counters: Counters,
  streams: number,
  followers: (deckId: string) => number,
  redis?: { up(): boolean; readonly outages: number },
): string {
  const { rss } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  return `${[
    metric('live_streams', 'gauge', 'Event streams open on this node.', [`live_streams ${streams}`]),
    metric(
      'live_followers',
      'gauge',
      'Attendees following each deck (refreshed every few seconds).',
      DECK_IDS.map((deck) => `live_followers{deck="${deck}"} ${followers(deck)}`),
    ),
    metric('live_published_total', 'counter', 'Positions accepted.', [`live_published_total ${counters.published}`]),
    metric('live_publish_refused_total', 'counter', 'Publishes refused.', [
      `live_publish_refused_total ${counters.refused}`,
    ]),
    metric('live_pairing_failures_total', 'counter', 'Failed pairing attempts.', [
      `live_pairing_failures_total ${counters.pairingFailures}`,
    ]),
    metric('live_streams_refused_total', 'counter', 'Streams refused for the connection cap.', [
      `live_streams_refused_total ${counters.streamsRefused}`,
    ]),
    ...(redis
      ? [
          metric('live_redis_up', 'gauge', 'Redis reachable from this node (1) or not (0).', [
            `live_redis_up ${redis.up() ? 1 : 0}`,
          ]),
          metric('live_redis_outages_total', 'counter', 'Times this node lost Redis.', [
            `live_redis_outages_total ${redis.outages}`,
          ]),
        ]
      : []),
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', [
      `process_resident_memory_bytes ${rss}`,
    ]),
    metric('process_cpu_seconds_total', 'counter', 'User and system CPU time spent in seconds.', [
      `process_cpu_seconds_total ${(user + system) / 1e6}`,
    ]),
  ].join('\n')}\n`;
}
