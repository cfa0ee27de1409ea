// @ts-check
// The PDFs are printed from the built site, and `npm run live` serves it: build it first when `dist/` (or another
// build's folder) is missing or older than its sources, so neither prints nor serves yesterday's slides.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What `vite build` reads, relative to the project root. */
const SITE_SOURCES = ['index.html', 'src', 'slides', 'public', 'vite', 'vite.config.ts', 'package.json'];

/**
 * A build other than the default: `vite build --mode <mode> --outDir <outDir>`.
 * @typedef {{ mode?: string, outDir?: string }} BuildOptions
 */

/**
 * Why the build in `outDir` (`dist/` by default) needs building, or null when it is current.
 * @param {string} root project root
 * @param {BuildOptions} [options]
 * @returns {string | null}
 */
export function staleBuildReason(root, { outDir = 'dist' } = {}) {
  const built = join(root, outDir, 'index.html');
  if (!existsSync(built)) return `${outDir}/ has no build`;
  const builtAt = statSync(built).mtimeMs;
  const newer = SITE_SOURCES.map((source) => join(root, source)).find(
    (path) => existsSync(path) && newestChange(path) > builtAt,
  );
  return newer ? `${relative(root, newer)} changed since the last build` : null;
}

/**
 * Runs `vite build` when `dist/` (or `options.outDir`) is stale; throws when it fails. Only the build, not
 * `npm run build`'s type check: the PDFs show what the site shows, and a type error in a test must not stop them.
 * @param {string} root project root
 * @param {(message: string) => void} log
 * @param {BuildOptions} [options]
 */
export function ensureBuilt(root, log, { mode, outDir } = {}) {
  const reason = staleBuildReason(root, outDir === undefined ? {} : { outDir });
  if (!reason) return;
  const args = [
    'build',
    ...(mode ? ['--mode', mode] : []),
    ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
    '--logLevel',
    'warn',
  ];
  log(`Building the site first (${reason}): vite ${args.slice(0, -2).join(' ')}`);
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error('vite build failed (its output is above)');
}

/** Latest modification time of a file, or of anything under a directory. @param {string} path @returns {number} */
function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}
