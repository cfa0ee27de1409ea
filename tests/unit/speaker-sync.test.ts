import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/state/speaker-sync';

describe('messages between the main window and the speaker view', () => {
  it.each(['toggle-language', 'cycle-screen', 'toggle-notes', 'share', 'help'])('takes the command %s', (command) => {
    expect(parseMessage({ type: 'command', command })).toEqual({ type: 'command', command });
  });

  it('takes a view and the commands a preview may send', () => {
    expect(parseMessage({ type: 'view', view: { lang: 'th', sub: 'en', notes: 'en' } })).toEqual({
      type: 'view',
      view: { lang: 'th', sub: 'en', notes: 'en' },
    });
    expect(parseMessage({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseMessage({ type: 'command', command: 'toggle-language' })).toEqual({
      type: 'command',
      command: 'toggle-language',
    });
  });

  it.each([
    null,
    'view',
    { type: 'view', view: { lang: 'fr', sub: null, notes: 'en' } },
    { type: 'view', view: { lang: 'th', sub: 'xx', notes: 'th' } },
    { type: 'command', command: 'speaker-view' },
    { type: 'command', command: 'togglePause' },
    { type: 'reload' },
  ])('ignores %o', (data) => {
    expect(parseMessage(data)).toBeNull();
  });
});
