// @ts-check
// `npm run bench:live [-- --attendees 5000 --changes 50 --interval 250 --workers 1 --duration 300 --nodes 1 --redis]`:
// the live relay under load, on loopback only. Starts the real relay (`--relay-only` processes, as `npm run live`
// does), opens N attendee streams from worker threads, pairs a presenter who makes the changes, and prints: streams
// held, fan-out latency from the presenter's POST to each attendee's receipt (p50/p95/p99), the servers' RSS per 1,000
// streams and their CPU. With --redis (a redis-server of its own, no persistence), also: a relay killed with SIGKILL
// and restarted on its port, and Redis killed and restarted empty, each timed until every attendee is back on the
// current slide; and after them how many attendees are left on a stale slide. `--nodes 2 --redis` measures 1 node and
// then 2, and prints them side by side. Bounded: N streams, the given changes, each fault waited on for at most 20 s,
// and the whole run stopped after --duration seconds. Each attendee is a file descriptor here and in a relay: the
// soft limit must be above --attendees (Node raises it to the hard limit by itself; `ulimit -Hn` says what that is).
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { freePort, startRedisServer, startRelayProcess } from '../lib/relay-process.mjs';

const DECK = 'coalition';
const BENCH_ORIGIN = 'http://bench.invalid';
/** Streams opened at once while ramping up (the listen queue is 511 by default). */
const CONNECTING_AT_ONCE = 200;

/** Wall-clock time in ms with sub-ms precision, comparable between threads. */
const now = () => performance.timeOrigin + performance.now();

async function main() {
  const { values } = parseArgs({
    options: {
      attendees: { type: 'string', default: '5000' },
      changes: { type: 'string', default: '50' },
      interval: { type: 'string', default: '250' },
      workers: { type: 'string', default: '1' },
      duration: { type: 'string', default: '300' },
      nodes: { type: 'string', default: '1' },
      redis: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help)
    return console.log(
      'Usage: npm run bench:live -- [--attendees 5000] [--changes 50] [--interval ms] [--workers 1] [--duration s] [--nodes 1 --redis]',
    );
  const nodes = Math.max(1, Number(values.nodes));
  if (nodes > 1 && !values.redis) throw new Error('--nodes above 1 needs --redis (the nodes share state through it)');
  const cap = setTimeout(
    () => {
      console.error(`bench:live stopped after its ${values.duration} s cap`);
      process.exit(1);
    },
    Number(values.duration) * 1000,
  );
  const options = {
    count: Number(values.attendees),
    changes: Number(values.changes),
    interval: Number(values.interval),
    workers: Number(values.workers),
    redis: values.redis,
  };
  try {
    // With Redis, one node is measured first and then `--nodes`, so that the two compare on one machine.
    const runs = values.redis && nodes > 1 ? [1, nodes] : [nodes];
    /** @type {Summary[]} */
    const summaries = [];
    for (const run of runs) summaries.push(await benchOnce({ ...options, nodes: run }));
    if (summaries.length > 1) printTable(['measure', ...summaries.map((one) => one.title)], summaryRows(summaries));
  } finally {
    clearTimeout(cap);
  }
}

/**
 * @typedef {object} Summary
 * @property {string} title
 * @property {Record<string, string>} figures
 */

/** @param {Summary[]} summaries @returns {string[][]} */
const summaryRows = (summaries) =>
  Object.keys(summaries[0]?.figures ?? {}).map((label) => [label, ...summaries.map((one) => one.figures[label] ?? '')]);

/** @param {string[]} header @param {string[][]} rows */
function printTable(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(['', line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
}

/** The `p`th fraction of sorted `values`. @param {number[]} values @param {number} p */
const percentile = (values, p) => values[Math.min(values.length - 1, Math.floor(p * values.length))] ?? NaN;

/** How long a fault phase waits for every attendee to be back. */
const FAULT_WAIT_MS = 20_000;

/**
 * One run: `nodes` relay processes (on one Redis with `redis`), `count` attendees spread over them, the presenter's
 * changes; with Redis also a relay killed (SIGKILL) and restarted on its port, then Redis killed and restarted
 * (empty), each timed until every attendee is back on the current slide.
 * @param {{ count: number, changes: number, interval: number, workers: number, redis: boolean, nodes: number }} options
 * @returns {Promise<Summary>}
 */
async function benchOnce({ count, changes, interval, workers: workersWanted, redis: withRedis, nodes }) {
  const workerCount = Math.max(nodes, Math.min(workersWanted, count));
  // With --redis: a redis-server of the bench's own on a free loopback port, without persistence, stopped after.
  const redisPort = withRedis ? await freePort() : 0;
  let redis = withRedis ? await startRedisServer(redisPort) : null;
  const env = withRedis ? { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` } : process.env;
  const relayArgs = [
    '--relay-only',
    '--allow-origin',
    BENCH_ORIGIN,
    '--max-streams',
    String(Math.ceil(count / nodes) + 100),
    '--max-streams-per-address',
    '0',
  ];
  const startRelay = (port = 0) => startRelayProcess({ args: relayArgs, port, env });
  const servers = await Promise.all(Array.from({ length: nodes }, () => startRelay()));
  const cleanup = () => {
    for (const { child } of servers) child.kill('SIGKILL');
    redis?.child.kill('SIGKILL');
  };
  process.once('exit', cleanup);
  const stats = () => {
    const all = servers.map(({ pid }) => serverStats(pid));
    return {
      rssKb: all.reduce((sum, one) => sum + one.rssKb, 0),
      cpuSeconds: all.reduce((sum, one) => sum + one.cpuSeconds, 0),
    };
  };
  /** @type {Worker[]} */
  let workers = [];
  try {
    const presenter = /** @type {(typeof servers)[number]} */ (servers[0]);
    const cookie = await pair(presenter.presenterUrl);
    let seq = 0;
    /** Moves to slide `h` through the first node, a 503 (Redis away) retried every 100 ms; resolves with the revision. */
    const present = async (/** @type {number} */ h, deadline = now() + FAULT_WAIT_MS) => {
      for (;;) {
        const reply = await publish(presenter.port, cookie, { h, v: 0, f: null, seq: ++seq }).catch(() => null);
        if (reply?.status === 200) return /** @type {number} */ (JSON.parse(reply.body).state.rev);
        if (now() > deadline) throw new Error(`publish answered ${reply?.status}: ${reply?.body}`);
        await sleep(100);
      }
    };
    await sleep(300);
    const idle = stats();

    // Attendees: connect them all, then measure the servers holding them.
    const started = now();
    const nodeOf = (/** @type {number} */ index) => index % nodes;
    workers = Array.from({ length: workerCount }, (_, index) => {
      const share = Math.floor(count / workerCount) + (index < count % workerCount ? 1 : 0);
      const port = /** @type {(typeof servers)[number]} */ (servers[nodeOf(index)]).port;
      return new Worker(new URL(import.meta.url), { workerData: { port, count: share, deck: DECK } });
    });
    /** Sends `message` to the `chosen` workers; resolves with their answers. */
    const ask = (/** @type {object} */ message, chosen = workers) =>
      Promise.all(
        chosen.map((worker) => {
          worker.postMessage(message);
          return nextMessage(worker);
        }),
      );
    const connected = await Promise.all(workers.map((worker) => nextMessage(worker)));
    const connectSeconds = (now() - started) / 1000;
    const held = connected.reduce((sum, report) => sum + report.held, 0);
    const failed = connected.reduce((sum, report) => sum + report.failed, 0);
    await sleep(500);
    const holding = stats();

    // The presenter: `changes` changes, `interval` ms apart; each POST's send time, by the revision it created.
    const sentAt = new Map();
    for (let change = 0; change < changes; change++) {
      const at = now();
      sentAt.set(await present((change + 1) % 10), at);
      await sleep(interval);
    }
    await sleep(1000);
    const fannedOut = stats();
    const reports = await ask({ type: 'received' });

    /** @type {number[]} */
    const latencies = [];
    let stray = 0;
    for (const report of reports)
      for (const [rev, times] of report.received) {
        const sent = sentAt.get(rev);
        if (sent === undefined) stray += times.length;
        else for (const time of times) latencies.push(time - sent);
      }
    latencies.sort((a, b) => a - b);
    const expected = held * changes;
    const pct = (/** @type {number} */ p) => percentile(latencies, p);
    const mb = (/** @type {number} */ kb) => (kb / 1024).toFixed(1);
    const perThousand = held ? ((holding.rssKb - idle.rssKb) / held) * 1000 : NaN;
    /** @param {Stats} from @param {Stats} to @param {number} seconds */
    const phaseCpu = (from, to, seconds) => {
      const cpu = to.cpuSeconds - from.cpuSeconds;
      return `${cpu.toFixed(2)} s (${((cpu / seconds) * 100).toFixed(0)}% of one core over ${seconds.toFixed(1)} s)`;
    };
    const fanOutSeconds = (changes * interval + 1000) / 1000;

    /**
     * Waits until every attendee of the `chosen` workers is back on revision `rev` (its stream open and that
     * revision, or a newer one, received), at most FAULT_WAIT_MS; each attendee's time counted from `since`.
     */
    const backOn = async (/** @type {number} */ rev, /** @type {number} */ since, chosen = workers) => {
      await ask({ type: 'watch', rev, since }, chosen);
      const deadline = now() + FAULT_WAIT_MS;
      /** @type {{ times: number[], stale: number }[]} */
      let answers;
      do {
        await sleep(200);
        answers = await ask({ type: 'back' }, chosen);
      } while (answers.some((answer) => answer.stale > 0) && now() < deadline);
      return {
        times: answers.flatMap((answer) => answer.times).sort((a, b) => a - b),
        stale: answers.reduce((sum, answer) => sum + answer.stale, 0),
      };
    };
    const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
    /** @param {{ times: number[], stale: number }} result */
    const backFigure = ({ times, stale }) =>
      `p50 ${seconds(percentile(times, 0.5))} / p95 ${seconds(percentile(times, 0.95))} / max ${seconds(times.at(-1) ?? NaN)}, ` +
      `${times.length} back${stale ? `, ${stale} NOT back within ${FAULT_WAIT_MS / 1000} s` : ''}`;
    /** @param {{ times: number[], stale: number }} result */
    const p95Figure = ({ times, stale }) => `${seconds(percentile(times, 0.95))}${stale ? ` (${stale} not back)` : ''}`;

    /** @type {string[][]} */
    const faultRows = [];
    /** @type {Record<string, string>} */
    const faultFigures = {};
    if (withRedis) {
      // A relay killed and restarted on its port: the last one (the presenter's when there is one node). With more,
      // the presenter moves on through the first node while it is down, so its attendees must resync to come back.
      const victim = nodes - 1;
      const killed = /** @type {(typeof servers)[number]} */ (servers[victim]);
      const since = now();
      await killed.stop('SIGKILL');
      const current = nodes > 1 ? await present(1) : /** @type {number} */ ([...sentAt.keys()].at(-1));
      servers[victim] = await startRelay(killed.port);
      const upAfter = now() - since;
      const relayBack = await backOn(
        current,
        since,
        workers.filter((_, index) => nodeOf(index) === victim),
      );
      faultRows.push([
        `relay ${victim + 1} killed (SIGKILL), up again after ${seconds(upAfter)}: its attendees back on the current slide`,
        backFigure(relayBack),
      ]);
      faultFigures['back after a relay restart (p95)'] = p95Figure(relayBack);

      // Redis killed and restarted empty: a change made meanwhile (its publish retried through the outage).
      const redisSince = now();
      const dead = redis;
      await new Promise((resolve) => {
        dead?.child.once('exit', resolve);
        dead?.child.kill('SIGKILL');
      });
      redis = await startRedisServer(redisPort);
      const changed = await present(2);
      const redisBack = await backOn(changed, redisSince);
      faultRows.push([
        'Redis killed and restarted empty, a change made meanwhile: everyone back on the current slide',
        backFigure(redisBack),
      ]);
      faultFigures['back after a Redis restart (p95)'] = p95Figure(redisBack);
    }
    // After every fault, one more change: an attendee not on it is on a stale slide (a message lost).
    const final = await backOn(await present(3), now());

    const rows = [
      [
        'attendee streams held',
        `${held} of ${count}${failed ? ` (${failed} failed)` : ''}, all open in ${connectSeconds.toFixed(1)} s`,
      ],
      ['changes published', `${changes}, one every ${interval} ms`],
      ['positions received', `${latencies.length} of ${expected}${stray ? ` (+${stray} snapshots)` : ''}`],
      [
        'fan-out latency p50 / p95 / p99',
        `${pct(0.5).toFixed(1)} / ${pct(0.95).toFixed(1)} / ${pct(0.99).toFixed(1)} ms`,
      ],
      ['fan-out latency max', `${(latencies.at(-1) ?? NaN).toFixed(1)} ms`],
      ['server RSS idle / holding the streams', `${mb(idle.rssKb)} MB / ${mb(holding.rssKb)} MB`],
      ['server RSS after the changes', `${mb(fannedOut.rssKb)} MB`],
      ['server RSS per 1,000 streams', `${(perThousand / 1024).toFixed(1)} MB (above idle)`],
      [`server RSS per ${count}`, `${mb(holding.rssKb)} MB in all`],
      ['server CPU while attendees connected', phaseCpu(idle, holding, connectSeconds + 0.5)],
      ['server CPU during the changes', phaseCpu(holding, fannedOut, fanOutSeconds)],
      ...faultRows,
      ['attendees on a stale slide after the last change (messages lost)', `${final.stale} of ${held}`],
    ];
    console.log(
      `\nbench:live — ${nodes} relay process(es)${withRedis ? ' on one Redis (presenter on the first, attendees spread over all; RSS and CPU summed)' : ''}, ${count} attendees on 127.0.0.1 in ${workerCount} worker thread(s), ` +
        `${cpus().length} cores (load average ${loadavg()[0]?.toFixed(1)} at the end, from everything on the machine), ` +
        `Node ${process.version}`,
    );
    printTable(
      ['measure', 'value'],
      rows.map(([label, value]) => [String(label), String(value)]),
    );
    return {
      title: `${nodes} node${nodes > 1 ? 's' : ''}${withRedis ? ' + Redis' : ''}`,
      figures: {
        'connections held': `${held} of ${count}`,
        'fan-out p50 / p95 / p99': `${pct(0.5).toFixed(0)} / ${pct(0.95).toFixed(0)} / ${pct(0.99).toFixed(0)} ms`,
        ...faultFigures,
        'messages lost (stale after the last change)': String(final.stale),
        'load average (1 min) at the end': String(loadavg()[0]?.toFixed(1)),
      },
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    process.off('exit', cleanup);
    await Promise.all(servers.map((server) => server.stop()));
    redis?.child.kill('SIGKILL');
  }
}

/** @typedef {{ rssKb: number, cpuSeconds: number }} Stats */

/** Server RSS (kB) and CPU seconds, from /proc. @param {number} pid @returns {Stats} */
function serverStats(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  const fields = String(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]).split(' ');
  // utime and stime are fields 14 and 15 of stat, counted from the state field (3); in clock ticks (100 a second).
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
  return { rssKb, cpuSeconds };
}

/** @param {string} presenterUrl @returns {Promise<string>} */
function pair(presenterUrl) {
  return new Promise((resolve, reject) =>
    request(presenterUrl, (response) => {
      response.resume();
      const cookie = String(response.headers['set-cookie']?.[0] ?? '').split(';')[0];
      if (response.statusCode === 303 && cookie) resolve(cookie);
      else reject(new Error(`pairing answered ${response.statusCode}`));
    })
      .on('error', reject)
      .end(),
  );
}

/**
 * @param {number} port @param {string} cookie @param {object} body
 * @returns {Promise<{ status: number | undefined, body: string }>}
 */
function publish(port, cookie, body) {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/live/decks/${DECK}/position`,
        headers: { 'content-type': 'application/json', origin: BENCH_ORIGIN, cookie, 'content-length': text.length },
      },
      (response) => {
        let reply = '';
        response.on('data', (chunk) => (reply += chunk));
        response.on('end', () => resolve({ status: response.statusCode, body: reply }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(text);
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** @param {Worker} worker */
const nextMessage = (worker) =>
  new Promise((resolve, reject) => {
    const fail = (/** @type {Error} */ error) => reject(error);
    worker.once('message', (message) => {
      worker.off('error', fail);
      resolve(message);
    });
    worker.once('error', fail);
  });

/**
 * A worker thread: `count` attendee streams over raw sockets (an HTTP/1.1 GET and a scan for `id:` and `retry:`
 * lines), each position's receipt time recorded by revision. A stream the relay drops is reopened as EventSource does:
 * after the relay's `retry:` wait (again after each refused attempt), resuming with `Last-Event-ID`.
 */
/** @param {{ port: number, count: number, deck: string }} options */
function attendees({ port, count, deck }) {
  /** @type {Map<number, number[]>} */
  const received = new Map();
  let held = 0;
  let failed = 0;
  let opened = 0;
  let pending = 0;
  let ramping = true;
  /**
   * @typedef {object} Attendee
   * @property {import('node:net').Socket | null} socket
   * @property {boolean} open the stream's headers arrived and it has not ended
   * @property {number} lastRev
   * @property {number} retry the relay's last `retry:` hint, ms
   * @property {number | null} backAt when it was last seen open on the watched revision
   */
  /** @type {Attendee[]} */
  const all = [];
  /** @type {{ rev: number, since: number } | null} */
  let watch = null;
  const isBack = (/** @type {Attendee} */ one) => watch !== null && one.open && one.lastRev >= watch.rev;
  const check = (/** @type {Attendee} */ one, /** @type {number} */ at) => {
    if (one.backAt === null && isBack(one)) one.backAt = at;
  };
  const done = () => held + failed === count;
  const settled = () => {
    pending--;
    if (!ramping) return;
    if (done()) {
      ramping = false;
      parentPort?.postMessage({ held, failed });
    } else openNext();
  };

  /** @param {Attendee} one */
  const connectOne = (one) => {
    let header = true;
    let tail = '';
    const resume = one.lastRev >= 0 ? `last-event-id: ${one.lastRev}\r\n` : '';
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(
        `GET /live/decks/${deck}/events HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: text/event-stream\r\n${resume}\r\n`,
      ),
    );
    one.socket = socket;
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      const at = now();
      let text = tail + chunk;
      if (header) {
        const end = text.indexOf('\r\n\r\n');
        if (end < 0) return void (tail = text);
        const ok = text.startsWith('HTTP/1.1 200');
        header = false;
        if (ramping) {
          if (ok) held++;
          else failed++;
        }
        one.open = ok;
        text = text.slice(end + 4);
        if (ramping) settled();
        check(one, at);
      }
      const last = text.lastIndexOf('\n\n');
      tail = last < 0 ? text : text.slice(last + 2);
      const complete = text.slice(0, last + 2);
      const retry = /retry: (\d+)\n/.exec(complete);
      if (retry) one.retry = Number(retry[1]);
      for (const match of complete.matchAll(/id: (\d+)\n/g)) {
        const rev = Number(match[1]);
        one.lastRev = Math.max(one.lastRev, rev);
        const times = received.get(rev);
        if (times) times.push(at);
        else received.set(rev, [at]);
      }
      check(one, at);
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (one.socket !== socket) return;
      one.open = false;
      one.socket = null;
      if (header && ramping) {
        failed++;
        settled();
        return;
      }
      if (!ramping) setTimeout(() => connectOne(one), one.retry);
    });
  };

  const openNext = () => {
    while (opened < count && pending < CONNECTING_AT_ONCE) {
      opened++;
      pending++;
      const one = { socket: null, open: false, lastRev: -1, retry: 3000, backAt: null };
      all.push(one);
      connectOne(one);
    }
  };
  openNext();
  parentPort?.on('message', (/** @type {{ type: string, rev?: number, since?: number }} */ message) => {
    if (message.type === 'received') return parentPort?.postMessage({ received: [...received] });
    if (message.type === 'watch') {
      watch = { rev: Number(message.rev), since: Number(message.since) };
      for (const one of all) {
        one.backAt = null;
        check(one, now());
      }
      return parentPort?.postMessage({});
    }
    if (message.type === 'back') {
      const since = watch?.since ?? 0;
      const times = all.filter((one) => one.backAt !== null).map((one) => Number(one.backAt) - since);
      return parentPort?.postMessage({ times, stale: all.length - times.length });
    }
  });
}

if (isMainThread) await main();
else attendees(workerData);
