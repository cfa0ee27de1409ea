import { describe, expect, it } from 'vitest';
import type { NetworkInterfaceInfo } from 'node:os';
import { lanAddresses, parseCli, serverLinks, UsageError } from '../../src/live/server/cli-options';
import { DECKS } from '../../slides/decks';

describe('npm run live flags', () => {
  it('defaults to port 4173 on all interfaces, building first, 64 streams per address', () => {
    expect(parseCli([])).toEqual({
      port: 4173,
      host: undefined,
      deck: null,
      build: true,
      relayOnly: false,
      allowOrigins: [],
      siteUrl: null,
      publicUrl: null,
      maxStreams: 10_000,
      maxStreamsPerAddress: 64,
    });
  });

  it('in relay-only mode builds nothing, allows the given origins and sends the presenter to the site', () => {
    const options = parseCli([
      '--relay-only',
      '--allow-origin',
      'https://slides.example.org/x/',
      '--allow-origin',
      'http://b.test:8080',
    ]);
    expect(options).toMatchObject({
      build: false,
      relayOnly: true,
      allowOrigins: ['https://slides.example.org', 'http://b.test:8080'],
      siteUrl: 'https://slides.example.org/x/',
      maxStreamsPerAddress: 0,
    });
  });

  it('takes every deck id, and refuses anything else with a usage error', () => {
    for (const { id } of DECKS) expect(parseCli(['--deck', id])).toMatchObject({ deck: id });
    for (const args of [
      ['--deck', 'nope'],
      ['--port', '70000'],
      ['--port', '-1'],
      ['--allow-origin', 'slides.example.org'],
      ['--allow-origin', 'javascript:alert(1)'],
      ['--site-url', 'https://a.test/'],
      ['--public-url', 'nope'],
      ['--unknown'],
      ['positional'],
    ])
      expect(() => parseCli(args), args.join(' ')).toThrow(UsageError);
  });
});

describe('printed links', () => {
  it('pairs the presenter on loopback when the server listens there or everywhere', () => {
    expect(serverLinks('127.0.0.1', 4173)).toEqual({
      attendeesBase: 'http://127.0.0.1:4173/',
      presenterBase: 'http://127.0.0.1:4173/',
      lan: false,
      otherBases: [],
    });
    expect(serverLinks(undefined, 4173, null, ['192.168.1.5', '10.0.0.2'])).toEqual({
      attendeesBase: 'http://192.168.1.5:4173/',
      presenterBase: 'http://127.0.0.1:4173/',
      lan: true,
      otherBases: ['http://10.0.0.2:4173/'],
    });
    expect(serverLinks(undefined, 4173, null, [])).toMatchObject({
      attendeesBase: 'http://127.0.0.1:4173/',
      lan: false,
    });
    expect(serverLinks(undefined, 4173).presenterBase).toBe('http://127.0.0.1:4173/');
    expect(serverLinks('::', 4173).presenterBase).toBe('http://127.0.0.1:4173/');
    expect(serverLinks('192.168.1.5', 80)).toMatchObject({
      attendeesBase: 'http://192.168.1.5:80/',
      presenterBase: 'http://192.168.1.5:80/',
    });
    expect(serverLinks('fe80::1', 4173).attendeesBase).toBe('http://[fe80::1]:4173/');
  });

  it('puts the Wi-Fi’s address first, before containers’ bridges, tunnels and public addresses', () => {
    const v4 = (address: string, internal = false) =>
      ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
    const v6 = { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 };
    expect(
      lanAddresses({
        lo: [v4('127.0.0.1', true)],
        docker0: [v4('172.17.0.1')],
        eth0: [v4('203.0.113.7')],
        wlan0: [v6 as NetworkInterfaceInfo, v4('192.168.1.23')],
        tailscale0: [v4('100.64.0.1')],
      }),
    ).toEqual(['192.168.1.23', '203.0.113.7', '172.17.0.1', '100.64.0.1']);
  });

  it('uses the public address behind a proxy', () => {
    expect(serverLinks('127.0.0.1', 4173, 'https://live.example.org/')).toMatchObject({
      attendeesBase: 'https://live.example.org/',
      presenterBase: 'https://live.example.org/',
    });
  });
});
