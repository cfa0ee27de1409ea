import { isLang } from '../i18n/language';
import type { View } from './view';

/** What a speaker-view preview may ask the main window to do (keys pressed in the speaker view). */
export const COMMANDS = ['toggle-language', 'cycle-screen', 'toggle-notes'] as const;
export type Command = (typeof COMMANDS)[number];

type Message = { readonly type: 'view'; readonly view: View } | { readonly type: 'command'; readonly command: Command };

const isView = (value: unknown): value is View => {
  const view = value as Partial<View> | null;
  return !!view && isLang(view.lang) && isLang(view.notes) && (view.sub === null || isLang(view.sub));
};

function parseMessage(data: unknown): Message | null {
  const message = data as { type?: unknown; view?: unknown; command?: unknown } | null;
  if (message?.type === 'view' && isView(message.view)) return { type: 'view', view: message.view };
  if (message?.type === 'command' && COMMANDS.includes(message.command as Command)) {
    return { type: 'command', command: message.command as Command };
  }
  return null;
}

/**
 * Links the main window and the speaker view's previews of one deck: the main window publishes its
 * view, the previews follow it and pass on the keys pressed in the speaker view.
 */
export function openViewChannel(deckId: string) {
  const channel = new BroadcastChannel(`deck-view:${deckId}`);
  const on = <T extends Message['type']>(type: T, listener: (message: Extract<Message, { type: T }>) => void) =>
    channel.addEventListener('message', (event) => {
      const message = parseMessage(event.data);
      if (message?.type === type) listener(message as Extract<Message, { type: T }>);
    });
  return {
    publishView: (view: View) => channel.postMessage({ type: 'view', view } satisfies Message),
    sendCommand: (command: Command) => channel.postMessage({ type: 'command', command } satisfies Message),
    onView: (listener: (view: View) => void) => on('view', (message) => listener(message.view)),
    onCommand: (listener: (command: Command) => void) => on('command', (message) => listener(message.command)),
  };
}
