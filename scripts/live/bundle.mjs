// @ts-check
// Bundles the live server (src/live/server/cli.ts) for plain Node into node_modules/.cache/live/cli.mjs.
// Run as its own process by scripts/live/cli.mjs, so esbuild's JavaScript API never stays in the relay's memory.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// scripts/live/cli.mjs imports it from there.
const BUNDLE = `${ROOT}node_modules/.cache/live/cli.mjs`;

await build({
  entryPoints: [`${ROOT}src/live/server/cli.ts`],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies (qrcode) load from node_modules as usual; only the project's own modules are bundled.
  packages: 'external',
  // Beside the bundle, read only under `NODE_OPTIONS=--enable-source-maps` (TypeScript lines in stack traces):
  // loaded always, the map would take some 5 MB of the relay's memory.
  sourcemap: 'linked',
  logLevel: 'warning',
});
