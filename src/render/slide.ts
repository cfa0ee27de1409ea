import type {
  Bilingual,
  CampaignSlide,
  ClosingSlide,
  EventSlide,
  Lang,
  Layout,
  PointsSlide,
  SlideModule,
  TitleSlide,
} from '../../slides/types';
import { NOTES_INCLUDED } from '../build-flags';
import { formatEventDate } from '../i18n/dates';
import { UI_TEXT } from '../i18n/ui-text';
import { h, list } from './dom';
import { keepCompounds, textOf, type Screen } from './text';

/** A slide as placed in its deck: the module plus its position. */
export interface ResolvedSlide<S extends SlideModule = SlideModule> {
  /** The slide as written. */
  readonly module: S;
  /** Zero-based position, the `N` of `#/N`. */
  readonly index: number;
  /** How many slides the deck has. */
  readonly total: number;
  /** The deck's public address per language, for the closing slide's QR code; null where there is none. */
  readonly deckUrl: Bilingual<string | null>;
}

type Renderer<S extends SlideModule> = (slide: ResolvedSlide<S>, screen: Screen) => HTMLElement[];

const pageNumber = (slide: ResolvedSlide): HTMLElement =>
  h('p', { class: 'page-number', 'aria-hidden': 'true' }, [`${slide.index + 1} / ${slide.total}`]);

const renderTitle: Renderer<TitleSlide> = ({ module }, screen) => {
  const text = textOf(module.text, screen);
  return [
    h('div', { class: 'title-layout' }, [
      text.block('h1', {}, (t) => t.title),
      text.block('p', { class: 'subtitle' }, (t) => t.subtitle),
      module.text[screen.lang].byline.length > 0 && text.list({ class: 'byline' }, (t) => t.byline),
    ]),
  ];
};

const renderEvent: Renderer<EventSlide> = (slide, screen) => {
  const { date, photo } = slide.module;
  const text = textOf(slide.module.text, screen);
  const dateLine = (lang: Lang) => formatEventDate(date, lang);
  return [
    h('div', { class: 'event-layout', 'data-photo': photo ? 'yes' : 'no' }, [
      h('div', { class: 'event-text' }, [
        h('p', { class: 'event-date' }, [
          h('time', { datetime: date.start }, [dateLine(screen.lang)]),
          screen.sub && h('span', { class: 'sub-text', lang: screen.sub }, [dateLine(screen.sub)]),
        ]),
        text.block('h2', {}, (t) => t.title),
        text.block('p', { class: 'event-venue' }, (t) => t.venue),
      ]),
      photo
        ? h('figure', { class: 'event-photo' }, [
            h('img', { src: photo.src, alt: photo.alt[screen.lang], decoding: 'async' }),
          ])
        : null,
    ]),
    pageNumber(slide),
  ];
};

const renderCampaign: Renderer<CampaignSlide> = (slide, screen) => {
  const text = textOf(slide.module.text, screen);
  return [
    h('div', { class: 'campaign-layout' }, [
      // The hashtag is the visual; the heading below already says it, so readers skip it.
      h(
        'p',
        { class: 'campaign-hashtag', 'aria-hidden': 'true' },
        keepCompounds(slide.module.text[screen.lang].hashtag),
      ),
      text.block('h2', {}, (t) => t.title),
      text.block('p', { class: 'campaign-summary' }, (t) => t.summary),
    ]),
    pageNumber(slide),
  ];
};

const renderPoints: Renderer<PointsSlide> = (slide, screen) => {
  const text = textOf(slide.module.text, screen);
  const groups = slide.module.text[screen.lang].groups;
  return [
    h('div', { class: 'points-layout' }, [
      text.block('h2', {}, (t) => t.title),
      h(
        'div',
        { class: 'point-groups', 'data-groups': String(groups.length) },
        // Divs, not sections: reveal.js treats a nested section as a vertical slide.
        groups.map((_, i) =>
          h('div', { class: 'point-group' }, [
            text.block('h3', {}, (t) => t.groups[i]?.heading ?? ''),
            text.list({}, (t) => t.groups[i]?.items ?? [], slide.module.numbered ? 'ol' : 'ul'),
          ]),
        ),
      ),
    ]),
    pageNumber(slide),
  ];
};

const renderClosing: Renderer<ClosingSlide> = ({ module, deckUrl }, screen) => {
  const text = textOf(module.text, screen);
  const url = deckUrl[screen.lang];
  const ui = UI_TEXT[screen.lang];
  return [
    h('div', { class: 'closing-layout', 'data-qr': url ? 'yes' : 'no' }, [
      h('div', { class: 'closing-text' }, [
        text.block('h2', {}, (t) => t.title),
        text.block('p', { class: 'closing-message' }, (t) => t.message),
      ]),
      // The code itself is drawn later (src/closing-qr.ts), when the slide is near: the QR library loads on demand.
      url
        ? h('figure', { class: 'closing-qr' }, [
            h('canvas', { 'data-qr': url, role: 'img', 'aria-label': ui.qrLabel, width: '240', height: '240' }),
            h('figcaption', {}, [ui.closingQrCaption, h('span', { class: 'closing-url' }, [url])]),
          ])
        : null,
    ]),
  ];
};

const RENDERERS: { readonly [L in Layout]: Renderer<Extract<SlideModule, { layout: L }>> } = {
  title: renderTitle,
  event: renderEvent,
  campaign: renderCampaign,
  points: renderPoints,
  closing: renderClosing,
};

/** The visible content of a slide: one heading, then its layout's parts, in the screen's languages. */
export function renderSlideContent(slide: ResolvedSlide, screen: Screen): HTMLElement[] {
  const render = RENDERERS[slide.module.layout] as Renderer<SlideModule>;
  return render(slide, screen);
}

/**
 * The speaker notes, where reveal.js's notes plugin reads them (and the handout prints them); the public
 * build says it has none. Only the module matters: notes do not depend on the slide's place.
 */
export const renderNotes = (slide: Pick<ResolvedSlide, 'module'>, lang: Lang): HTMLElement =>
  h('aside', { class: 'notes', lang }, [
    NOTES_INCLUDED ? list(slide.module.notes[lang]) : h('p', {}, [UI_TEXT[lang].notesNotIncluded]),
  ]);
