import type { KeyCommand } from '../deck/keys';
import { isLang } from '../i18n/language';
import type { View, ViewStore } from './view';

/** What a speaker-view preview may ask the main window to do (keys pressed in the speaker view). */
export const COMMANDS = ['toggle-language', 'cycle-screen', 'toggle-notes'] as const satisfies readonly KeyCommand[];
export type Command = (typeof COMMANDS)[number];

type Message = { readonly type: 'view'; readonly view: View } | { readonly type: 'command'; readonly command: Command };

const isView = (value: unknown): value is View => {
  const view = value as Partial<View> | null;
  return !!view && isLang(view.lang) && isLang(view.notes) && (view.sub === null || isLang(view.sub));
};

/** A message from the channel, or null for anything it does not carry (it is not ours to trust). */
export function parseMessage(data: unknown): Message | null {
  const message = data as { type?: unknown; view?: unknown; command?: unknown } | null;
  if (message?.type === 'view' && isView(message.view)) return { type: 'view', view: message.view };
  if (message?.type === 'command' && COMMANDS.includes(message.command as Command)) {
    return { type: 'command', command: message.command as Command };
  }
  return null;
}

/** A channel that carries nothing, where the browser has no BroadcastChannel (Safari before 15.4). */
const NO_CHANNEL = { postMessage: () => undefined, addEventListener: () => undefined, close: () => undefined };

/**
 * Links the main window and the speaker view's previews of one deck: the main window publishes its
 * view, the previews follow it and pass on the keys pressed in the speaker view. Without
 * BroadcastChannel the deck still runs; only the previews stop following.
 */
export function openViewChannel(deckId: string) {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`deck-view:${deckId}`) : NO_CHANNEL;
  const on = <T extends Message['type']>(type: T, listener: (message: Extract<Message, { type: T }>) => void) =>
    channel.addEventListener('message', (event: Event) => {
      if (!(event instanceof MessageEvent)) return;
      const message = parseMessage(event.data);
      if (message?.type === type) listener(message as Extract<Message, { type: T }>);
    });
  return {
    publishView: (view: View) => channel.postMessage({ type: 'view', view } satisfies Message),
    sendCommand: (command: Command) => channel.postMessage({ type: 'command', command } satisfies Message),
    onView: (listener: (view: View) => void) => on('view', (message) => listener(message.view)),
    onCommand: (listener: (command: Command) => void) => on('command', (message) => listener(message.command)),
    close: () => channel.close(),
  };
}

/** What the speaker-view link gives the deck: where its view commands go, and how to end it. */
export interface SpeakerSync {
  /** Runs a view command here in the main window, or, in a preview, hands it to the main window. */
  readonly run: (command: Command) => void;
  readonly dispose: () => void;
}

/**
 * The speaker-view link as a controller: the main window runs commands and publishes each view; a
 * preview (`?receiver`) follows the published view and forwards its commands.
 */
export function syncSpeakerView(
  deckId: string,
  isReceiver: boolean,
  store: ViewStore,
  commands: Readonly<Record<Command, () => void>>,
): SpeakerSync {
  const channel = openViewChannel(deckId);
  if (isReceiver) {
    channel.onView((view) => void store.set({ dual: view.sub !== null, notes: view.notes }, view.lang));
    return { run: channel.sendCommand, dispose: channel.close };
  }
  channel.onCommand((command) => commands[command]());
  const stopPublishing = store.onChange(channel.publishView);
  return {
    run: (command) => commands[command](),
    dispose: () => {
      stopPublishing();
      channel.close();
    },
  };
}
