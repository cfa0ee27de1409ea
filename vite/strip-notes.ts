import ts from 'typescript';
import type { Plugin } from 'vite';

const SLIDE_MODULE = /[\\/]slides[\\/][^\\/]+[\\/]\d+-[^\\/]+\.ts$/;
const EMPTY_NOTES = 'notes: { th: [], en: [] }';

/**
 * A slide module's source with the `notes` of its `defineSlide({...})` emptied, so the notes' text
 * never reaches the bundle. Throws when a module has no notes to strip (the build must not pass
 * notes through silently).
 */
export function stripNotes(source: string, fileName = 'slide.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ts.PropertyAssignment[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'defineSlide') {
      const [argument] = node.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) {
        for (const property of argument.properties) {
          if (ts.isPropertyAssignment(property) && property.name.getText(file) === 'notes') found.push(property);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found.length !== 1) throw new Error(`${fileName}: expected one defineSlide({ notes }), found ${found.length}`);
  const notes = found[0]!;
  return `${source.slice(0, notes.getStart(file))}${EMPTY_NOTES}${source.slice(notes.getEnd())}`;
}

/** The public build: every slide module loses its speaker notes before bundling. */
export const stripSpeakerNotes = (): Plugin => ({
  name: 'strip-speaker-notes',
  enforce: 'pre',
  transform(code, id) {
    return SLIDE_MODULE.test(id) ? { code: stripNotes(code, id), map: null } : null;
  },
});
