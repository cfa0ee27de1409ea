/** The attendees' link as a QR code drawn in the terminal, by npm `qrcode`. */
import { execFileSync } from 'node:child_process';

// Drawn by a short-lived child: loaded into the relay, qrcode (with its PNG and SVG renderers) would stay in memory
// for the whole talk, some 10 MB of RSS, to draw one code at start.
const DRAW = `import QRCode from 'qrcode';
process.stdout.write(await QRCode.toString(process.argv[1], { type: 'terminal', small: true }));`;

/** `url` as a QR code in terminal characters; `root` is where node_modules (and qrcode in it) is found. */
export function terminalQr(url: string, root: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', DRAW, url], { cwd: root, encoding: 'utf8' });
}
