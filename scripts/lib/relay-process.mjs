// @ts-check
// The live relay and a Redis as real processes on 127.0.0.1, started the way an operator starts them: used by the
// fault tests (a relay killed with SIGKILL and restarted on its port) and by bench:live.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A free port on 127.0.0.1 (asked of the kernel, then released). @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(address.port));
    });
  });

/**
 * @typedef {object} RedisProcess
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} port
 */

/**
 * A redis-server on `port` of 127.0.0.1 without persistence (a restart starts it empty); resolves once it accepts
 * connections.
 * @param {number} port
 * @returns {Promise<RedisProcess>}
 */
export function startRedisServer(port) {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 5 s')), 5000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve({ child, port });
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * @typedef {object} RelayProcess
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} pid
 * @property {number} port
 * @property {string} origin `http://127.0.0.1:<port>`
 * @property {string} presenterUrl the printed single-use pairing link
 * @property {string} output what it printed so far
 * @property {(signal?: NodeJS.Signals) => Promise<void>} stop sends `signal` (SIGINT by default), resolves on exit
 */

/**
 * `npm run live -- --host 127.0.0.1 --port <port> ...args` as a child process (the same Node flags as package.json's
 * `live` script); resolves once it has printed its presenter link.
 * @param {{ args?: readonly string[], port?: number, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<RelayProcess>}
 */
export function startRelayProcess({ args = [], port = 0, env = process.env } = {}) {
  const live = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'))
    .scripts.live.split(' ')
    .slice(1);
  const child = spawn(process.execPath, [...live, '--host', '127.0.0.1', '--port', String(port), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const listening = / live listening .*port=(\d+)/.exec(output);
      const presenter = /Presenter:\s+(\S+)/.exec(output);
      if (!listening || !presenter) return;
      const actual = Number(listening[1]);
      resolve({
        child,
        pid: Number(child.pid),
        port: actual,
        origin: `http://127.0.0.1:${actual}`,
        presenterUrl: String(presenter[1]),
        get output() {
          return output;
        },
        stop: async (signal = 'SIGINT') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`the relay exited (${code}) before it was ready:\n${output}`)));
  });
}
