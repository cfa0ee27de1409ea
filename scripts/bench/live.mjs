// @ts-check
// `npm run bench:live [-- --attendees 5000 --changes 50 --interval 250 --workers 1 --duration 120]`: the live relay
// under load, on loopback only. Starts the real relay (`--relay-only`, one process), opens N attendee streams from
// worker threads, pairs a presenter who makes the changes, and prints: streams held, fan-out latency from the
// presenter's POST to each attendee's receipt (p50/p95/p99), the server's RSS per 1,000 streams and its CPU.
// Bounded: N streams, the given changes, and the whole run is stopped after --duration seconds.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
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
      duration: { type: 'string', default: '120' },
      nodes: { type: 'string', default: '1' },
      redis: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help)
    return console.log(
      'Usage: npm run bench:live -- [--attendees 5000] [--changes 50] [--interval ms] [--workers 1] [--duration s] [--nodes 1 --redis]',
    );
  const count = Number(values.attendees);
  const changes = Number(values.changes);
  const interval = Number(values.interval);
  const nodes = Math.max(1, Number(values.nodes));
  if (nodes > 1 && !values.redis) throw new Error('--nodes above 1 needs --redis (the nodes share state through it)');
  const workerCount = Math.max(nodes, Math.min(Number(values.workers), count));
  const cap = setTimeout(
    () => {
      console.error(`bench:live stopped after its ${values.duration} s cap`);
      process.exit(1);
    },
    Number(values.duration) * 1000,
  );

  // With --redis: a redis-server of the bench's own on a free loopback port, without persistence, stopped after.
  const redis = values.redis ? await startRedis() : null;
  const env = redis ? { ...process.env, REDIS_URL: `redis://127.0.0.1:${redis.port}` } : process.env;
  const servers = await Promise.all(Array.from({ length: nodes }, () => startRelay(Math.ceil(count / nodes), env)));
  const server = /** @type {(typeof servers)[number]} */ (servers[0]);
  const cleanup = () => {
    for (const { child } of servers) child.kill('SIGINT');
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
  try {
    const cookie = await pair(server.presenterUrl);
    await sleep(300);
    const idle = stats();

    // Attendees: connect them all, then measure the server holding them.
    const started = now();
    const workers = Array.from({ length: workerCount }, (_, index) => {
      const share = Math.floor(count / workerCount) + (index < count % workerCount ? 1 : 0);
      const port = /** @type {(typeof servers)[number]} */ (servers[index % nodes]).port;
      return new Worker(new URL(import.meta.url), { workerData: { port, count: share, deck: DECK } });
    });
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
      const reply = await publish(server.port, cookie, { h: (change + 1) % 10, v: 0, f: null, seq: change + 1 });
      if (reply.status !== 200) throw new Error(`publish answered ${reply.status}: ${reply.body}`);
      sentAt.set(JSON.parse(reply.body).state.rev, at);
      await sleep(interval);
    }
    await sleep(1000);
    const fannedOut = stats();
    for (const worker of workers) worker.postMessage('report');
    const reports = await Promise.all(workers.map((worker) => nextMessage(worker)));
    await Promise.all(workers.map((worker) => worker.terminate()));

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
    const pct = (/** @type {number} */ p) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
    const mb = (/** @type {number} */ kb) => (kb / 1024).toFixed(1);
    const perThousand = held ? ((holding.rssKb - idle.rssKb) / held) * 1000 : NaN;
    /** @param {Stats} from @param {Stats} to @param {number} seconds */
    const phaseCpu = (from, to, seconds) => {
      const cpu = to.cpuSeconds - from.cpuSeconds;
      return `${cpu.toFixed(2)} s (${((cpu / seconds) * 100).toFixed(0)}% of one core over ${seconds.toFixed(1)} s)`;
    };
    const fanOutSeconds = (changes * interval + 1000) / 1000;
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
    ];
    const width = Math.max(...rows.map(([label]) => String(label).length));
    console.log(
      `\nbench:live — ${nodes} relay process(es)${redis ? ' on one Redis (presenter on the first, attendees spread over all; RSS and CPU summed)' : ''}, ${count} attendees on 127.0.0.1 in ${workerCount} worker thread(s), ` +
        `${cpus().length} cores (load average ${loadavg()[0]?.toFixed(1)} at the end, from everything on the machine), ` +
        `Node ${process.version}\n`,
    );
    console.log(`| ${'measure'.padEnd(width)} | value |`);
    console.log(`| ${'-'.repeat(width)} | ----- |`);
    for (const [label, value] of rows) console.log(`| ${String(label).padEnd(width)} | ${value} |`);
  } finally {
    clearTimeout(cap);
    process.off('exit', cleanup);
    for (const { child } of servers) child.kill('SIGINT');
    await Promise.all(servers.map(({ child }) => new Promise((resolve) => child.once('exit', resolve))));
    redis?.child.kill('SIGKILL');
  }
}

/**
 * A redis-server on a free loopback port, no persistence.
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, port: number }>}
 */
async function startRedis() {
  const port = await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(address.port));
    });
  });
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 5 s')), 5000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    child.once('error', reject);
  });
  return { child, port };
}

/**
 * Starts the relay alone on a free loopback port; resolves with its port, pid and the presenter's pairing link.
 * @param {number} count streams it must hold
 * @param {NodeJS.ProcessEnv} [env] its environment (REDIS_URL)
 * @returns {Promise<{ child: import('node:child_process').ChildProcess, pid: number, port: number, presenterUrl: string }>}
 */
function startRelay(count, env = process.env) {
  const script = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'))
    .scripts.live.split(' ')
    .slice(1);
  const child = spawn(
    process.execPath,
    [
      ...script,
      '--relay-only',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--allow-origin',
      BENCH_ORIGIN,
      '--max-streams',
      String(count + 100),
      '--max-streams-per-address',
      '0',
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const relay = /Relay:\s+(\S+)/.exec(output);
      const presenter = /Presenter:\s+(\S+)/.exec(output);
      if (relay && presenter)
        resolve({
          child,
          pid: Number(child.pid),
          port: Number(new URL(String(relay[1])).port),
          presenterUrl: String(presenter[1]),
        });
    });
    child.once('exit', (code) => reject(new Error(`the relay exited (${code}) before it was ready:\n${output}`)));
  });
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
    worker.once('message', resolve);
    worker.once('error', reject);
  });

/**
 * A worker thread: `count` attendee streams over raw sockets (an HTTP/1.1 GET and a scan for `id:` lines), each
 * position's receipt time recorded by revision.
 */
/** @param {{ port: number, count: number, deck: string }} options */
function attendees({ port, count, deck }) {
  /** @type {Map<number, number[]>} */
  const received = new Map();
  let held = 0;
  let failed = 0;
  let opened = 0;
  let pending = 0;
  const requestText = `GET /live/decks/${deck}/events HTTP/1.1\r\nhost: 127.0.0.1\r\naccept: text/event-stream\r\n\r\n`;
  /** @type {import('node:net').Socket[]} */
  const sockets = [];
  const done = () => held + failed === count;
  const openNext = () => {
    while (opened < count && pending < CONNECTING_AT_ONCE) {
      opened++;
      pending++;
      let header = true;
      let tail = '';
      const socket = connect(port, '127.0.0.1', () => socket.write(requestText));
      sockets.push(socket);
      socket.setEncoding('latin1');
      socket.on('data', (chunk) => {
        const at = now();
        let text = tail + chunk;
        if (header) {
          const end = text.indexOf('\r\n\r\n');
          if (end < 0) return void (tail = text);
          const ok = text.startsWith('HTTP/1.1 200');
          header = false;
          pending--;
          if (ok) held++;
          else failed++;
          text = text.slice(end + 4);
          if (done()) parentPort?.postMessage({ held, failed });
          else openNext();
        }
        const last = text.lastIndexOf('\n\n');
        tail = last < 0 ? text : text.slice(last + 2);
        for (const match of text.slice(0, last + 2).matchAll(/id: (\d+)\n/g)) {
          const rev = Number(match[1]);
          const times = received.get(rev);
          if (times) times.push(at);
          else received.set(rev, [at]);
        }
      });
      socket.on('error', () => {
        if (!header) return;
        header = false;
        pending--;
        failed++;
        if (done()) parentPort?.postMessage({ held, failed });
        else openNext();
      });
    }
  };
  openNext();
  parentPort?.on('message', () => {
    parentPort?.postMessage({ received: [...received] });
    for (const socket of sockets) socket.destroy();
  });
}

if (isMainThread) await main();
else attendees(workerData);
