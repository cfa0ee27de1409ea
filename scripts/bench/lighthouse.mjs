// @ts-check
// Optional (`npm run bench -- --lighthouse`): Lighthouse's mobile audit of pages on 127.0.0.1, fetched
// with `npm exec` rather than installed (it is large, and versions after 12.2.3 need Node 22).
import { spawn } from 'node:child_process';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/browser.mjs';

export const LIGHTHOUSE_VERSION = '12.2.3';
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices']);
// As scripts/lib/browser.mjs launches it: nothing may call out of this closed network.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS, '--disable-default-apps'];
const TIMEOUT_MS = 240_000;

/** @typedef {Record<(typeof CATEGORIES)[number], number>} Scores */
// The metrics behind the performance score, to say where it was lost.
const METRICS = /** @type {const} */ ([
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['speed-index', 'SI'],
  ['cumulative-layout-shift', 'CLS'],
]);

/**
 * Lighthouse's category scores (0–100) for one URL and its performance metrics as one line; rejects
 * with the reason when it cannot run.
 * @param {string} url
 * @returns {Promise<{ scores: Scores, metrics: string }>}
 */
export async function auditWithLighthouse(url) {
  const args = [
    'exec',
    '--yes',
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    '--',
    url,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
  ];
  const { code, stdout, stderr } = await run('npm', args, { ...process.env, CHROME_PATH: chromiumPath() });
  if (code !== 0) {
    const how = code === null ? 'did not finish' : `exited with ${code}`;
    throw new Error(`npm exec lighthouse@${LIGHTHOUSE_VERSION} ${how}: ${lastLines(stderr || stdout)}`);
  }
  /** @type {{ categories?: Record<string, { score: number | null }>, audits?: Record<string, { displayValue?: string }>, runtimeError?: { message: string } }} */
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const score = (/** @type {string} */ id) => Math.round((report.categories?.[id]?.score ?? NaN) * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
    },
    metrics: METRICS.map(([id, name]) => `${name} ${report.audits?.[id]?.displayValue ?? '?'}`).join(', '),
  };
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // npm itself could not start (not on PATH): no exit code, only the reason.
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}\n${error.message}` }));
    child.on('close', (code, signal) => {
      const stopped = signal ? `\nstopped by ${signal} (time limit ${TIMEOUT_MS / 1000} s)` : '';
      resolve({ code: signal ? null : code, stdout, stderr: stderr + stopped });
    });
  });
}

/** @param {string} text */
const lastLines = (text) => text.trim().split('\n').slice(-3).join(' | ') || 'no output';
