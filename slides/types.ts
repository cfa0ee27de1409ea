/** The two languages every slide and note is written in. */
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The same content in both languages: leaving either out is a compile error. */
export type Bilingual<T> = { readonly [L in Lang]: T };

/** A calendar date as data, `YYYY-MM-DD`; formatted per language by `src/dates.ts`. */
export type IsoDate = `${number}-${number}-${number}`;

/** When an activity took place: one day, or a run of days. */
export interface EventDate {
  /** First (or only) day. */
  readonly start: IsoDate;
  /** Last day, when the activity ran over several days. */
  readonly end?: IsoDate;
}

/** A photo in `public/`, shown on an activity slide when the module names one. */
export interface Photo {
  /** Path under `public/`, e.g. `photos/2023-02-07.jpg`. */
  readonly src: string;
  /** What the photo shows, for people who cannot see it. */
  readonly alt: Bilingual<string>;
}

/** Title slide: a deck's name and who presents it. */
export interface TitleText {
  /** The deck's name, the slide's heading. */
  readonly title: string;
  /** One line under the title: a tagline or the presenting organisation. */
  readonly subtitle: string;
  /** Further lines (speaker, position); may be empty. */
  readonly byline: readonly string[];
}

/** One activity: what it was and where; its date is data on the slide. */
export interface EventText {
  /** The activity's name, as the slide's heading. */
  readonly title: string;
  /** Where it took place. */
  readonly venue: string;
}

/** A public campaign, which has a hashtag rather than a date. */
export interface CampaignText {
  /** The campaign's hashtag, shown large. */
  readonly hashtag: string;
  /** The campaign's name, the slide's heading. */
  readonly title: string;
  /** What the campaign is for, in one line. */
  readonly summary: string;
}

/** A group of points under a short heading. */
export interface PointGroup {
  /** The group's heading. */
  readonly heading: string;
  /** The points, in order. */
  readonly items: readonly string[];
}

/** A briefing slide: a heading and one or more groups of points. */
export interface PointsText {
  /** The slide's heading. */
  readonly title: string;
  /** The groups, shown side by side when there are two or more. */
  readonly groups: readonly PointGroup[];
}

/** The last slide: thanks and where to find the deck. */
export interface ClosingText {
  /** The slide's heading. */
  readonly title: string;
  /** One line under it. */
  readonly message: string;
}

/** Speaker notes: talking points, one string each, in both languages. */
export type Notes = Bilingual<readonly string[]>;

interface SlideOf<Layout extends string, Text> {
  /** Stable id, unique in its deck; the module's file name without its number. */
  readonly id: string;
  /** Which renderer draws the slide. */
  readonly layout: Layout;
  /** What the slide shows, in both languages. */
  readonly text: Bilingual<Text>;
  /** What the speaker says, in both languages. */
  readonly notes: Notes;
  /**
   * How long the slide should take, in seconds, per delivery language (Thai often runs longer).
   * @default the deck's remaining time shared evenly among the slides that give none
   */
  readonly seconds?: Bilingual<number>;
}

export type TitleSlide = SlideOf<'title', TitleText>;
export interface EventSlide extends SlideOf<'event', EventText> {
  /** When the activity took place. */
  readonly date: EventDate;
  /** A photo of the activity, when there is one. */
  readonly photo?: Photo;
}
export type CampaignSlide = SlideOf<'campaign', CampaignText>;
export interface PointsSlide extends SlideOf<'points', PointsText> {
  /**
   * Number each group's points 1), 2)… where the source numbers them.
   * @default false (bullets)
   */
  readonly numbered?: boolean;
}
export type ClosingSlide = SlideOf<'closing', ClosingText>;

/** A slide as written in its module. */
export type SlideModule = TitleSlide | EventSlide | CampaignSlide | PointsSlide | ClosingSlide;
export type Layout = SlideModule['layout'];

/** Declares a slide; an identity function that gives its module type checking and inference. */
export const defineSlide = (slide: SlideModule): SlideModule => slide;

/** A deck's identity and its slides in order. */
export interface DeckModule {
  /** URL id: `?deck=<id>`. */
  readonly id: string;
  /** Accent colour family of the theme. */
  readonly accent: 'teal' | 'indigo';
  /**
   * The language the deck is first written and given in; the other is its translation. The bilingual
   * handout shows the slides in this language, with both languages' notes beneath.
   */
  readonly mainLang: Lang;
  /** Name and one-line description, shown on the landing page and in the page title. */
  readonly about: Bilingual<{ readonly title: string; readonly description: string }>;
  /** Suggested length of the talk in minutes, per delivery language. */
  readonly minutes: Bilingual<number>;
  /** Slides in presentation order. */
  readonly slides: readonly SlideModule[];
}

/** Declares a deck; an identity function for type checking. */
export const defineDeck = (deck: DeckModule): DeckModule => deck;
