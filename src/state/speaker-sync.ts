import type { KeyCommand } from '../deck/keys';
import { isLang } from '../i18n/language';
import { parseChannelId } from '../page/query';
import type { View, ViewStore } from './view';

/**
 * What a speaker-view preview may ask the main window to do (keys pressed in the speaker view): the view
 * switches, the share dialog (for the projector) and the shortcut list (for the speaker view).
 */
export const COMMANDS = [
  'toggle-language',
  'cycle-screen',
  'toggle-notes',
  'share',
  'help',
] as const satisfies readonly KeyCommand[];
export type Command = (typeof COMMANDS)[number];

type Message =
  | { readonly type: 'view'; readonly view: View }
  | { readonly type: 'command'; readonly command: Command }
  // A preview has started: the main window tells the speaker view where the deck is again, for a preview that
  // loaded after the speaker view last sent its state (a busy machine) would otherwise stay where it opened.
  | { readonly type: 'ready' };

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
  if (message?.type === 'ready') return { type: 'ready' };
  return null;
}

/** A channel that carries nothing, where the browser has no BroadcastChannel (Safari before 15.4). */
const NO_CHANNEL = { postMessage: () => undefined, addEventListener: () => undefined, close: () => undefined };

// Kept for the tab's session: a reloaded main window finds the previews of the speaker view it had open.
export const CHANNEL_STORAGE_KEY = 'deck-speaker-channel';

/** The BroadcastChannel a main window and its previews share. */
export const viewChannelName = (deckId: string, channelId: string): string => `deck-view:${deckId}:${channelId}`;

/** This main window's own channel id: random, one per tab, never shared with another window's. */
export function ownChannelId(): string {
  try {
    const kept = parseChannelId(sessionStorage.getItem(CHANNEL_STORAGE_KEY));
    if (kept) return kept;
  } catch {
    // Storage may be off; a fresh id still keeps this window's channel its own.
  }
  // getRandomValues, not randomUUID: the deck also runs where the page is not a secure context.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  try {
    sessionStorage.setItem(CHANNEL_STORAGE_KEY, id);
  } catch {
    // As above.
  }
  return id;
}

/**
 * Links one main window and its speaker view's previews: the main window publishes its view, the
 * previews follow it and pass on the keys pressed in them. The channel is the main window's own
 * (`channelId`), so another tab of the same deck neither drives nor follows it. Without
 * BroadcastChannel, or a preview without a channel, the deck still runs; only the previews stop following.
 */
export function openViewChannel(deckId: string, channelId: string | null) {
  const channel =
    typeof BroadcastChannel === 'function' && channelId !== null
      ? new BroadcastChannel(viewChannelName(deckId, channelId))
      : NO_CHANNEL;
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
    sendReady: () => channel.postMessage({ type: 'ready' } satisfies Message),
    onReady: (listener: () => void) => on('ready', () => listener()),
    close: () => channel.close(),
  };
}

/** What the speaker-view link gives the deck: where its view commands go, and how to end it. */
export interface SpeakerSync {
  /** Runs a view command here in the main window, or, in a preview, hands it to the main window. */
  readonly run: (command: Command) => void;
  /**
   * In a preview: says it has started. In the main window: takes the previews' commands from now on, and
   * calls `announce` whenever a preview starts, so the deck re-sends its state to the speaker view.
   */
  readonly started: (announce?: () => void) => void;
  readonly dispose: () => void;
}

/**
 * The speaker-view link as a controller: the main window runs commands and publishes each view on its
 * own channel; a preview (`?receiver`) follows the view published on its main window's channel and
 * forwards its commands there.
 */
export function syncSpeakerView(
  deckId: string,
  { channelId, isReceiver }: { readonly channelId: string | null; readonly isReceiver: boolean },
  store: ViewStore,
  commands: Readonly<Record<Command, () => void>>,
): SpeakerSync {
  const channel = openViewChannel(deckId, channelId);
  if (isReceiver) {
    channel.onView((view) => void store.set({ dual: view.sub !== null, notes: view.notes }, view.lang));
    return { run: channel.sendCommand, started: channel.sendReady, dispose: channel.close };
  }
  const stopPublishing = store.onChange(channel.publishView);
  return {
    run: (command) => commands[command](),
    started: (announce) => {
      // A preview's commands drive the deck, so they are taken once it runs: a key pressed in the speaker
      // view while this window reloads and starts has no deck to act on yet.
      channel.onCommand((command) => commands[command]());
      if (announce) channel.onReady(announce);
    },
    dispose: () => {
      stopPublishing();
      channel.close();
    },
  };
}
