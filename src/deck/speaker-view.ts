import type { DeckModule, Lang } from '../../slides/types';
import { t } from '../i18n/language';
import type { UiText } from '../i18n/ui-text';
import { addressFor } from '../page/address';
import type { PageContext } from '../page/context';
import { h } from '../render/dom';
import type { Command } from '../state/speaker-sync';
import type { ViewStore } from '../state/view';
import { isDialogOpen } from '../ui/dialog';
import { createHelpDialog, type HelpDialog } from '../ui/help';
import { commandOfKey, type KeyCommand } from './keys';
import { isSpeakerViewEmptied, type DeckApi } from './reveal';
import SPEAKER_VIEW_CSS from './speaker-view.css?inline';

/** What the speaker view of one main window is given. */
export interface SpeakerViewLink {
  readonly deck: DeckModule;
  readonly context: PageContext;
  readonly store: ViewStore;
  /** The main window's own channel, which its previews follow (src/state/speaker-sync.ts). */
  readonly channelId: string;
  /** What the main window does for the deck's keys typed in the speaker view (all but help, its own). */
  readonly commands: Readonly<Record<Exclude<Command, 'help'>, () => void>>;
}

/** The speaker view as a controller of the main window. */
export interface SpeakerView {
  /** Opens the speaker view (`S`), replacing one a reload has emptied. */
  open(): Promise<void>;
  /** Opens or closes the shortcut list in the speaker view's window (a `?` pressed there). */
  toggleHelp(): void;
  /** Shows, in the speaker view, how many phones follow the talk live. */
  showFollowers(count: number): void;
  readonly dispose: () => void;
}

// reveal.js's speaker layouts (SPEAKER_LAYOUTS in its speaker view), by the value of its layout menu.
const LAYOUT_NAMES: Readonly<Record<string, keyof UiText>> = {
  default: 'speakerLayout_default',
  wide: 'speakerLayout_wide',
  tall: 'speakerLayout_tall',
  'notes-only': 'speakerLayout_notesOnly',
};
const RELOAD_KEY_CODE = 82;

const readableDocument = (speaker: Window): Document | null => {
  try {
    return speaker.document;
  } catch {
    return null;
  }
};
// How often the main window looks whether a reload has emptied the speaker view.
const WATCH_INTERVAL_MS = 1000;

/**
 * Writes reveal.js's speaker view labels (its own, in English) in `lang`: the window's title and language,
 * the timer, the pacing, the notes, the upcoming slide and the layout menu. The speaker view's scripts are
 * left as they are (their hashes are in the page's Content-Security-Policy, vite/csp.ts).
 */
function localise(doc: Document, lang: Lang): void {
  const text = (key: keyof UiText, params: Readonly<Record<string, string>> = {}) => t(key, { lng: lang, ...params });
  const set = (selector: string, value: string) => {
    const element = doc.querySelector(selector);
    if (element) element.textContent = value;
  };
  doc.documentElement.lang = lang;
  doc.title = text('speakerViewTitle');
  // "Time <span class=reset-button>…</span>": the label is the text before the button.
  const timeLabel = doc.querySelector('.speaker-controls-time > .label:not(.pacing-title)')?.firstChild;
  if (timeLabel?.nodeType === Node.TEXT_NODE) timeLabel.nodeValue = `${text('speakerTime')} `;
  set('.speaker-controls-time .reset-button', text('speakerResetTimer'));
  set('.speaker-controls-time .pacing-title', text('speakerPacing'));
  set('.speaker-controls-notes > .label', text('speakerNotes'));
  set('#upcoming-slide > .label', text('speakerUpcoming'));
  const menu = doc.querySelector<HTMLSelectElement>('.speaker-layout-dropdown');
  const layoutName = (value: string) => {
    const key = LAYOUT_NAMES[value];
    return key ? text(key) : value;
  };
  for (const option of menu?.options ?? []) option.textContent = layoutName(option.value);
  if (menu) set('.speaker-layout-label', text('speakerLayout', { layout: layoutName(menu.value) }));
}

/**
 * The main window's side of reveal.js's speaker view: it builds the address of the view's previews (with
 * this window's channel) and its pacing, and, in the speaker view's window (same origin: the notes plugin
 * writes it into an about:blank popup), writes the labels in the notes' language, keeps the deck's keys
 * for where the speaker means them (L, D, T, Q act on the main window; `?` opens the shortcut list here;
 * reveal.js's own keys still go to the preview), and says what to do when a reload has emptied it.
 */
export function createSpeakerView(api: DeckApi, link: SpeakerViewLink): SpeakerView {
  const { deck, context, store, channelId, commands } = link;
  let attached: { readonly doc: Document; readonly help: HelpDialog; readonly stop: () => void } | null = null;
  let followers: number | null = null;
  // The live session's count, above the timer: "Live · 2 following", in the notes' language.
  const renderFollowers = () => {
    const controls = attached?.doc.getElementById('speaker-controls');
    if (!controls || followers === null) return;
    let line = controls.querySelector<HTMLElement>('.speaker-followers');
    if (!line) controls.prepend((line = h('p', { class: 'speaker-followers', role: 'status' })));
    line.textContent = t('liveFollowers', { count: followers, lng: store.current().notes });
  };

  const run = (command: KeyCommand) => {
    if (command === 'help') attached?.help.toggle(store.current().notes);
    // `S` in the speaker view: it is open already.
    else if (command !== 'speaker-view') commands[command]();
  };

  const attach = (speaker: Window) => {
    attached?.stop();
    attached = null;
    const doc = readableDocument(speaker);
    // A file's speaker view after the file reloaded: of another origin now; it runs, as it was written.
    if (!doc) return;
    doc.head.append(h('style', {}, [SPEAKER_VIEW_CSS]));
    const status = doc.getElementById('connection-status');
    // Until the main window first calls; later it holds reveal.js's error messages, left as they are.
    if (status && status.childElementCount === 0)
      status.textContent = t('speakerLoading', { lng: store.current().notes });
    localise(doc, store.current().notes);
    const menu = doc.querySelector('.speaker-layout-dropdown');
    // After reveal.js's own listener, which writes the label in English.
    const relabel = () => localise(doc, store.current().notes);
    menu?.addEventListener('change', relabel);
    const help = createHelpDialog(doc);

    const onKey = (event: KeyboardEvent) => {
      // reveal.js keeps F5 and Cmd+R from reloading the speaker view, which empties it; Ctrl+R too.
      if ((event.ctrlKey || event.metaKey) && event.keyCode === RELOAD_KEY_CODE) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      // The shortcut list takes its own keys.
      if (event.ctrlKey || event.metaKey || event.altKey || help.isOpen()) return;
      const command = commandOfKey(event.keyCode);
      if (event.key === 'Escape' && isDialogOpen()) {
        // A dialog the speaker opened on the projector (Q) closes from here too.
        document.querySelectorAll<HTMLDialogElement>('dialog[open]').forEach((dialog) => dialog.close());
      } else if (command !== null) {
        run(command);
      } else {
        // reveal.js's own keys: its speaker view passes them on to the preview.
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    // Capturing, so that these keys are taken before the speaker view's own listener passes them on.
    speaker.addEventListener('keydown', onKey, true);

    const watch = setInterval(() => {
      if (speaker.closed) return clearInterval(watch);
      if (!isSpeakerViewEmptied(speaker)) return;
      // A reload: the window is an empty about:blank (still of this origin) until S replaces it.
      const blank = speaker.document;
      if (!blank.body || blank.querySelector('.speaker-reloaded')) return;
      const lang = store.current().notes;
      blank.documentElement.lang = lang;
      blank.head.append(h('style', {}, [SPEAKER_VIEW_CSS]));
      blank.body.append(h('p', { class: 'speaker-reloaded' }, [t('speakerReloaded', { lng: lang })]));
    }, WATCH_INTERVAL_MS);

    attached = {
      doc,
      help,
      stop: () => {
        clearInterval(watch);
        speaker.removeEventListener('keydown', onKey, true);
        menu?.removeEventListener('change', relabel);
      },
    };
    renderFollowers();
  };

  const stops = [
    api.onSpeakerView(attach),
    store.onChange((view) => {
      if (attached?.doc.getElementById('speaker-controls')) localise(attached.doc, view.notes);
      renderFollowers();
    }),
  ];

  return {
    open() {
      // The previews load this window's address, with its channel; reveal.js's plugin adds their own options.
      const preview = new URL(
        addressFor(
          context.href,
          { ...context, speakerChannel: channelId },
          {
            deck,
            view: store.current(),
            slide: api.position(),
          },
        ),
      );
      preview.hash = '';
      // The talk's length in the language the speaker delivers in, the notes' language (as each slide's data-timing).
      return api.openSpeakerView({ previewUrl: preview.href, totalTime: deck.minutes[store.current().notes] * 60 });
    },
    toggleHelp: () => run('help'),
    showFollowers(count) {
      followers = count;
      renderFollowers();
    },
    dispose: () => {
      stops.forEach((stop) => stop());
      attached?.stop();
    },
  };
}
