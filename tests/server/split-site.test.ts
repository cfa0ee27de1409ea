import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { LANGS } from '../../slides/types';
import { send, useRelay } from './support';

/** Two small stand-in builds: the speaker's (with notes) and the public one. */
function makeBuilds() {
  const base = mkdtempSync(join(tmpdir(), 'live-builds-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  };
  write('speaker/index.html', '<html><head></head><body>speaker build</body></html>');
  write('speaker/assets/app-notes.js', 'const notes = ["the speaker’s notes"];');
  for (const { id } of DECKS)
    for (const lang of LANGS) {
      write(`speaker/pdf/${id}-${lang}.pdf`, `slides ${id} ${lang}`);
      write(`speaker/pdf/${id}-${lang}-notes.pdf`, `handout ${id} ${lang}`);
    }
  write('public/index.html', '<html><head></head><body>public build</body></html>');
  write('public/assets/app-public.js', 'const notes = [];');
  return { speaker: join(base, 'speaker'), public: join(base, 'public') };
}

const builds = makeBuilds();
const relay = useRelay({ siteRoot: builds.speaker, attendeeSiteRoot: builds.public });

describe('the speaker’s build goes to the paired presenter only', () => {
  it('serves attendees the public build, and the presenter’s browser the build with notes', async () => {
    const attendee = await send(`${relay.origin}/`);
    expect(attendee.body).toContain('public build');
    expect(attendee.body).toContain('<meta name="live-relay" content="/"');
    expect(attendee.headers.vary).toMatch(/cookie/);
    const cookie = await relay.pair();
    const presenter = await send(`${relay.origin}/`, { headers: { cookie } });
    expect(presenter.body).toContain('speaker build');
    expect(presenter.headers['cache-control']).toMatch(/^private/);
    expect(presenter.headers.vary).toMatch(/cookie/);
    expect((await send(`${relay.origin}/assets/app-notes.js`, { headers: { cookie } })).status).toBe(200);
  });

  it('keeps the speaker’s files from attendees, but gives them every slide PDF (not the handouts)', async () => {
    expect((await send(`${relay.origin}/assets/app-notes.js`)).status).toBe(404);
    expect((await send(`${relay.origin}/assets/app-public.js`)).status).toBe(200);
    for (const { id } of DECKS)
      for (const lang of LANGS) {
        const slides = await send(`${relay.origin}/pdf/${id}-${lang}.pdf`);
        expect([slides.status, slides.body]).toEqual([200, `slides ${id} ${lang}`]);
        expect((await send(`${relay.origin}/pdf/${id}-${lang}-notes.pdf`)).status).toBe(404);
      }
  });
});
