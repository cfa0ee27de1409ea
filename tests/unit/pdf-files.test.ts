import { describe, expect, it } from 'vitest';
import { jobsFor, pdfFileName, printViewOf } from '../../scripts/pdf/export.mjs';
import { readPageContext } from '../../src/page/context';

describe('the PDFs of a deck', () => {
  it('names each file as the site links to it', () => {
    expect(pdfFileName({ deck: 'dsi', kind: 'slides', lang: 'th' })).toBe('dsi-th.pdf');
    expect(pdfFileName({ deck: 'dsi', kind: 'notes', lang: 'en' })).toBe('dsi-en-notes.pdf');
    expect(pdfFileName({ deck: 'coalition', kind: 'bilingual' })).toBe('coalition-bilingual-notes.pdf');
  });

  it('makes the bilingual handout once per deck, and only when every language is asked for', () => {
    const names = (langs: string[]) =>
      jobsFor(['coalition', 'dsi'], langs, ['slides', 'notes', 'bilingual'], ['en', 'th']).map(pdfFileName);
    expect(names(['th', 'en'])).toEqual([
      'coalition-th.pdf',
      'coalition-th-notes.pdf',
      'coalition-en.pdf',
      'coalition-en-notes.pdf',
      'coalition-bilingual-notes.pdf',
      'dsi-th.pdf',
      'dsi-th-notes.pdf',
      'dsi-en.pdf',
      'dsi-en-notes.pdf',
      'dsi-bilingual-notes.pdf',
    ]);
    expect(names(['en'])).toEqual(['coalition-en.pdf', 'coalition-en-notes.pdf', 'dsi-en.pdf', 'dsi-en-notes.pdf']);
    expect(jobsFor(['dsi'], ['th', 'en'], ['bilingual'], ['en', 'th']).map(pdfFileName)).toEqual([
      'dsi-bilingual-notes.pdf',
    ]);
  });

  it('opens each in a print view the page accepts as it is', () => {
    const views = [
      { job: { deck: 'dsi', kind: 'slides', lang: 'th' }, handout: null, lang: 'th' },
      { job: { deck: 'dsi', kind: 'notes', lang: 'th' }, handout: { layout: 'notes', paper: 'letter' }, lang: 'th' },
      { job: { deck: 'dsi', kind: 'bilingual' }, handout: { layout: 'bilingual', paper: 'letter' }, lang: 'en' },
    ] as const;
    for (const { job, handout, lang } of views) {
      const { query } = printViewOf(job, 'letter');
      const context = readPageContext({ href: `https://talks.example/${query}`, pageDeck: null });
      expect(context.view, query).toBe('print');
      expect(context.handout, query).toEqual(handout);
      expect(context.lang, query).toBe(lang);
      // The page keeps every print option the export sends (the address drops the others).
      expect(context.revealOptions, query).toEqual(
        [...new URLSearchParams(query)].filter(([name]) => name !== 'deck' && name !== 'lang'),
      );
    }
  });
});
