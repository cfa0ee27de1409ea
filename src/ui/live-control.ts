import { onLangChanged, t } from '../i18n/language';
import { h } from '../render/dom';
import type { Control } from './toolbar';

/** What the live control says: nothing (no live session), following, browsing alone, reconnecting, or the presenter's count. */
export type LiveView =
  | { readonly kind: 'none' }
  | { readonly kind: 'following' }
  | { readonly kind: 'browsing'; readonly liveSlide: number }
  | { readonly kind: 'reconnecting' }
  | { readonly kind: 'presenting'; readonly followers: number };

const labelOf = (view: LiveView): string => {
  switch (view.kind) {
    case 'browsing':
      return t('backToLive', { slide: view.liveSlide + 1 });
    case 'reconnecting':
      return t('liveReconnecting');
    case 'presenting':
      return t('liveFollowers', { count: view.followers });
    default:
      return t('live');
  }
};

/**
 * The toolbar's live control: hidden unless a live session runs for the deck; a press while browsing
 * rejoins the presenter. Its name always contains "Live" (สด), in the page's language.
 */
export function createLiveControl(rejoin: () => void): Control & { show(view: LiveView): void } {
  const button = h('button', { type: 'button', class: 'live-control', hidden: '' });
  let view: LiveView = { kind: 'none' };
  const render = () => {
    button.hidden = view.kind === 'none';
    button.dataset['live'] = view.kind;
    button.disabled = view.kind !== 'browsing';
    button.replaceChildren(h('span', { class: 'live-dot', 'aria-hidden': 'true' }), labelOf(view));
  };
  button.addEventListener('click', () => view.kind === 'browsing' && rejoin());
  render();
  return {
    element: button,
    dispose: onLangChanged(render),
    show(next) {
      view = next;
      render();
    },
  };
}
