import type {
  CampaignSlide,
  ClosingSlide,
  EventSlide,
  Lang,
  Layout,
  PointsSlide,
  SlideModule,
  TitleSlide,
} from '../../slides/types';
import { formatEventDate } from '../dates';
import { h, list } from './dom';

/** A slide as placed in its deck: the module plus its position. */
export interface ResolvedSlide<S extends SlideModule = SlideModule> {
  /** The slide as written. */
  readonly module: S;
  /** Zero-based position, the `N` of `#/N`. */
  readonly index: number;
  /** How many slides the deck has. */
  readonly total: number;
}

type Renderer<S extends SlideModule> = (slide: ResolvedSlide<S>, lang: Lang) => HTMLElement[];

const pageNumber = (slide: ResolvedSlide): HTMLElement =>
  h('p', { class: 'page-number', 'aria-hidden': 'true' }, [`${slide.index + 1} / ${slide.total}`]);

const renderTitle: Renderer<TitleSlide> = ({ module }, lang) => {
  const text = module.text[lang];
  return [
    h('div', { class: 'title-layout' }, [
      h('h1', {}, [text.title]),
      h('p', { class: 'subtitle' }, [text.subtitle]),
      text.byline.length > 0 && list(text.byline, { class: 'byline' }),
    ]),
  ];
};

const renderEvent: Renderer<EventSlide> = (slide, lang) => {
  const { date, text } = slide.module;
  return [
    h('div', { class: 'event-layout' }, [
      h('p', { class: 'event-date' }, [h('time', { datetime: date.start }, [formatEventDate(date, lang)])]),
      h('h2', {}, [text[lang].title]),
      h('p', { class: 'event-venue' }, [text[lang].venue]),
    ]),
    pageNumber(slide),
  ];
};

const renderCampaign: Renderer<CampaignSlide> = (slide, lang) => {
  const text = slide.module.text[lang];
  return [
    h('div', { class: 'campaign-layout' }, [
      // The hashtag is the visual; the heading below already says it, so readers skip it.
      h('p', { class: 'campaign-hashtag', 'aria-hidden': 'true' }, [text.hashtag]),
      h('h2', {}, [text.title]),
      h('p', { class: 'campaign-summary' }, [text.summary]),
    ]),
    pageNumber(slide),
  ];
};

const renderPoints: Renderer<PointsSlide> = (slide, lang) => {
  const text = slide.module.text[lang];
  return [
    h('div', { class: 'points-layout' }, [
      h('h2', {}, [text.title]),
      h(
        'div',
        { class: 'point-groups', 'data-groups': String(text.groups.length) },
        // Divs, not sections: reveal.js treats a nested section as a vertical slide.
        text.groups.map((group) => h('div', { class: 'point-group' }, [h('h3', {}, [group.heading]), list(group.items)])),
      ),
    ]),
    pageNumber(slide),
  ];
};

const renderClosing: Renderer<ClosingSlide> = ({ module }, lang) => [
  h('div', { class: 'closing-layout' }, [
    h('h2', {}, [module.text[lang].title]),
    h('p', { class: 'closing-message' }, [module.text[lang].message]),
  ]),
];

const RENDERERS: { readonly [L in Layout]: Renderer<Extract<SlideModule, { layout: L }>> } = {
  title: renderTitle,
  event: renderEvent,
  campaign: renderCampaign,
  points: renderPoints,
  closing: renderClosing,
};

/** The visible content of a slide in one language: one heading, then its layout's parts. */
export function renderSlideContent(slide: ResolvedSlide, lang: Lang): HTMLElement[] {
  const render = RENDERERS[slide.module.layout] as Renderer<SlideModule>;
  return render(slide, lang);
}

/** The speaker notes, where reveal.js's notes plugin reads them. */
export const renderNotes = (slide: ResolvedSlide, lang: Lang): HTMLElement =>
  h('aside', { class: 'notes', lang }, [list(slide.module.notes[lang])]);
