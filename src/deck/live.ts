import { createPublisher, followLive, isPresenter, type LiveState, type LiveStatus } from '../live/client';
import type { SlidePosition } from '../page/query';
import type { LiveView } from '../ui/live-control';
import type { DeckApi } from './reveal';

const samePlace = (a: SlidePosition, b: LiveState) => a.h === b.h && a.v === b.v && (a.f ?? null) === b.f;
const toSlide = ({ h, v, f }: LiveState): SlidePosition => (f === null ? { h, v } : { h, v, f });

/**
 * An attendee follows the presenter: the deck goes where the presenter goes, in the attendee's own
 * language and screen mode (they never travel). Navigating by hand pauses following until `rejoin`.
 */
function follow(deckId: string, relayUrl: string, api: DeckApi, show: (view: LiveView) => void) {
  let live: LiveState | null = null;
  let following = true;
  let status: LiveStatus = 'connecting';
  const render = () =>
    show(
      live === null
        ? { kind: 'none' }
        : status === 'reconnecting'
          ? { kind: 'reconnecting' }
          : following
            ? { kind: 'following' }
            : { kind: 'browsing', liveSlide: live.h },
    );
  const follower = followLive({
    relayUrl,
    deckId,
    onPosition: (state) => {
      live = state;
      if (following && !samePlace(api.position(), state)) api.slide(toSlide(state));
      render();
    },
    onStatus: (next) => {
      status = next;
      render();
    },
  });
  const stopWatching = api.onSlideChanged((position) => {
    if (live && following && !samePlace(position, live)) {
      following = false;
      render();
    }
  });
  return {
    rejoin() {
      following = true;
      if (live) api.slide(toSlide(live));
      render();
    },
    dispose() {
      stopWatching();
      follower.stop();
    },
  };
}

/** The paired presenter's main window publishes every position; the relay counts who follows. */
function present(deckId: string, relayUrl: string, api: DeckApi, show: (view: LiveView) => void) {
  const publisher = createPublisher({
    relayUrl,
    deckId,
    onFollowers: (followers) => show({ kind: 'presenting', followers }),
  });
  const publish = ({ h, v, f }: SlidePosition) => publisher.publish({ h, v, f: f ?? null });
  publish(api.position());
  const stopWatching = api.onSlideChanged(publish);
  return {
    rejoin: () => undefined,
    dispose() {
      stopWatching();
      publisher.stop();
    },
  };
}

/**
 * The deck's live session, where the page has a relay: the paired presenter's browser publishes, every
 * other browser follows. Returns what the live control's press does, and the function that ends it.
 */
export async function connectLive(
  deckId: string,
  relayUrl: string,
  api: DeckApi,
  show: (view: LiveView) => void,
): Promise<{ rejoin(): void; dispose(): void }> {
  return (await isPresenter(relayUrl)) ? present(deckId, relayUrl, api, show) : follow(deckId, relayUrl, api, show);
}
