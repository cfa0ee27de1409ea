import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { openStream, send } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const deck = DECKS[0]!.id;

// What `npm run live` runs, run here without npm in between: on Ctrl-C npm reports the signal (exit 130) whatever
// the server did, and the test is about what the server does.
const LIVE_SCRIPT = (
  JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts['live']!.split(' ').filter(Boolean);

/** Starts the live server's command in its own process group (so a signal reaches it as Ctrl-C would). */
function startCli(args: string[], env: Record<string, string> = {}) {
  const [command, ...scriptArgs] = LIVE_SCRIPT;
  const child = spawn(command === 'node' ? process.execPath : command!, [...scriptArgs, ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    // 'close', not 'exit': by then all of the output has been read.
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  /** Resolves with the first match of `pattern` in the output, waiting for it (the output arrives through a pipe). */
  const match = (pattern: RegExp, ms = 15_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const found = pattern.exec(output);
        if (found) {
          clearInterval(poll);
          resolve(found);
        } else if (Date.now() - started > ms || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`no ${pattern} in the output:\n${output}`));
        }
      }, 50);
    });
  const line = async (label: string) => (await match(new RegExp(`^\\s*${label}:\\s+(\\S+)`, 'm')))[1]!;
  return { child, line, match, exited, output: () => output };
}

const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
});

describe('npm run live', () => {
  it('prints the attendees’ and presenter’s links, pairs the presenter, relays, and stops cleanly on Ctrl-C', async () => {
    const cli = startCli(['--port', '0', '--host', '127.0.0.1', '--no-build', '--deck', deck]);
    running.push(cli.child);
    const attendees = await cli.line('Attendees');
    const presenter = await cli.line('Presenter');
    const origin = new URL(attendees).origin;
    expect(attendees).toBe(`${origin}/?deck=${deck}`);
    // A QR code is drawn under the attendees' link (block characters).
    expect(cli.output()).toMatch(/[▀▄█]{5,}/);
    expect(new URL(presenter).searchParams.get('token')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(attendees).not.toContain('token');

    const page = await send(attendees);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="live-relay" content="/"');

    const paired = await send(presenter);
    expect([paired.status, paired.headers.location]).toEqual([303, `/?deck=${deck}`]);
    const cookie = String(paired.headers['set-cookie']).split(';')[0]!;
    expect((await send(presenter)).status).toBe(403);

    const phone = await openStream(`${origin}/live/decks/${deck}/events`);
    const published = await send(`${origin}/live/decks/${deck}/position`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify({ h: 3, v: 0, f: null, seq: 1 }),
    });
    expect(published.status).toBe(200);
    expect(JSON.parse((await phone.next((e) => e.event === 'position')).data!)).toMatchObject({ h: 3 });
    // The log says what happened, without the token or the credential.
    const token = new URL(presenter).searchParams.get('token')!;
    await cli.match(/ live paired /);
    await cli.match(/ live published deck=/);
    const logLines = cli
      .output()
      .split('\n')
      .filter((line) => / live /.test(line));
    expect(logLines.join('\n')).not.toContain(token);
    expect(cli.output()).not.toContain(cookie.split('=')[1]!);

    const stopped = Date.now();
    process.kill(-cli.child.pid!, 'SIGINT');
    await phone.ended;
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopped).toBeLessThan(5000);
    expect(cli.output()).toMatch(/ live stopped/);
  });

  it('is the npm script `live`, whose --help lists every flag', () => {
    const help = spawnSync('npm', ['run', '--silent', 'live', '--', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const flag of ['--port', '--host', '--deck', '--no-build', '--relay-only', '--allow-origin', '--site-url'])
      expect(help.stdout).toContain(flag);
  });

  it('refuses an unknown flag or deck with the usage text and exit code 2', async () => {
    for (const args of [['--nope'], ['--deck', 'nope'], ['--port', 'x']]) {
      const cli = startCli(args);
      running.push(cli.child);
      expect((await cli.exited).code).toBe(2);
      expect(cli.output()).toMatch(/Usage: npm run live/);
    }
  });

  it('refuses a REDIS_URL that is not redis:// with one line (not echoing it) and exit code 2', async () => {
    for (const url of ['http://user:hunter2@cache:6379', 'redis://user:hunter2@cache/x']) {
      const cli = startCli(['--relay-only', '--port', '0'], { REDIS_URL: url });
      running.push(cli.child);
      expect((await cli.exited).code).toBe(2);
      expect(cli.output().trim()).toMatch(/^REDIS_URL[^\n]+$/);
      expect(cli.output()).not.toContain('hunter2');
    }
  }, 40_000);
});
