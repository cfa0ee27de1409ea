// @ts-check
// `npm run live [-- flags]`: the live server (src/live/server/cli.ts, flags in its --help). Its TypeScript is
// bundled by esbuild into node_modules/.cache/live/ (about 0.1 s, every start, so it is never stale) and run by
// plain Node in this process: no loader thread, which a TypeScript loader (tsx, Node 20's module hooks) would add
// at some 35 MB of RSS per relay process. `--max-semi-space-size=1` (in package.json) keeps V8's young generation
// small: about 4 MB less RSS per 1,000 streams held, for a few more, short, garbage collections.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTFILE = `${ROOT}node_modules/.cache/live/cli.mjs`;

try {
  await build({
    entryPoints: [`${ROOT}src/live/server/cli.ts`],
    outfile: OUTFILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies (qrcode) load from node_modules as usual; only the project's own modules are bundled.
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // esbuild's service process is not needed again.
  await stop();
  process.setSourceMapsEnabled(true);
  const { runCli } = /** @type {typeof import('../../src/live/server/cli.ts')} */ (
    await import(pathToFileURL(OUTFILE).href)
  );
  await runCli(process.argv.slice(2), ROOT);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
