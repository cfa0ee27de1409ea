import { describe, expect, it } from 'vitest';
import { createLogger, throttleLog } from '../../src/live/server/log';

describe('server log', () => {
  it('writes one line per event, with values that cannot break the line', () => {
    const lines: string[] = [];
    createLogger((line) => lines.push(line))('paired', { address: '::1\nforged line', count: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d live paired address=::1\?forged\?line count=2$/);
  });

  it('writes a flood of refusals as one line per interval, counting the rest', () => {
    const lines: string[] = [];
    let now = 0;
    const log = throttleLog(
      (event, fields) => lines.push(`${event} ${JSON.stringify(fields)}`),
      1000,
      () => now,
    );
    for (let i = 0; i < 100; i++) log('not-presenter', { address: 'a' });
    log('pairing-failed', { address: 'a' });
    now = 1500;
    log('not-presenter', { address: 'b' });
    expect(lines).toEqual([
      'not-presenter {"address":"a"}',
      'pairing-failed {"address":"a"}',
      'not-presenter {"address":"b","repeated":99}',
    ]);
  });
});
