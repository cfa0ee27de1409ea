import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The site tests serve dist/: build it when it is missing (npm test builds it before vitest runs). */
export default function buildSiteIfMissing(): void {
  if (existsSync(`${ROOT}dist/index.html`)) return;
  const build = spawnSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed (its output is above)');
}
