import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripNotes } from '../../vite/strip-notes';

const MODULE = readFileSync(new URL('../../slides/dsi/02-introduction.ts', import.meta.url), 'utf8');

describe('stripping speaker notes for the public build', () => {
  it('empties the notes of a slide module and keeps everything else', () => {
    const stripped = stripNotes(MODULE);
    expect(stripped).toContain('notes: { th: [], en: [] }');
    expect(stripped).toContain("layout: 'points'");
    expect(stripped).toContain('Special Cases');
    expect(stripped.length).toBeLessThan(MODULE.length);
    expect(stripped).not.toMatch(/notes:\s*{\s*th:\s*\[\s*'/);
  });

  it('refuses a module whose notes it cannot find, rather than let them through', () => {
    expect(() => stripNotes("export default defineSlide({ id: 'x', layout: 'closing' });")).toThrow(/expected one/);
    expect(() => stripNotes("export default { notes: { th: ['x'], en: ['y'] } };")).toThrow(/expected one/);
  });
});
