// @ts-check
// `npm run live [-- flags]`: the live server (src/live/server/cli.ts, flags in its --help). Its TypeScript is
// bundled by esbuild (scripts/live/bundle.mjs, in a child process: about 0.2 s, at every start, so it is never
// stale) and run by plain Node in this process. A TypeScript loader (tsx, Node 20's module hooks) would add a
// loader thread, some 35 MB of RSS per relay process; esbuild's API kept in memory another 7 MB. package.json runs
// this with `node --optimize-for-size`: V8 then keeps a smaller heap around the same live objects, about 6 MB less
// RSS per 1,000 streams held (bench:live), at no cost to fan-out latency or CPU there.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLER = fileURLToPath(new URL('./bundle.mjs', import.meta.url));
const BUNDLE = `${ROOT}node_modules/.cache/live/cli.mjs`;

try {
  const bundled = spawnSync(process.execPath, [BUNDLER], { stdio: 'inherit' });
  if (bundled.status !== 0) throw new Error('bundling the live server failed (esbuild says why above)');
  const { runCli } = /** @type {typeof import('../../src/live/server/cli.ts')} */ (
    await import(pathToFileURL(BUNDLE).href)
  );
  await runCli(process.argv.slice(2), ROOT);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
