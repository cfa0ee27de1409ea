// @ts-check
// The string literals of a TypeScript or JavaScript source, each with the field it sits in, read from
// the syntax tree: nothing is run, so a module that needs a browser (src/main.ts) is read as safely as
// a slide module.
import ts from 'typescript';

/**
 * @typedef {object} SourceString
 * @property {string} field where the string sits: `notes.th[2]`, `UI_TEXT.th.modeDual`, `KEY_TABLE[11].action.th`
 * @property {string} text the string's text (a template's literal parts, joined by a space)
 * @property {number} line 1-based
 * @property {number} column 1-based
 */

/**
 * Nodes a value can sit in without changing which field it is.
 * @param {ts.Node} node
 */
const isWrapper = (node) =>
  ts.isObjectLiteralExpression(node) ||
  ts.isParenthesizedExpression(node) ||
  ts.isAsExpression(node) ||
  ts.isSatisfiesExpression(node) ||
  ts.isTemplateSpan(node) ||
  ts.isTemplateExpression(node);

/**
 * The property path down to `node` from the nearest variable (which names it) or call (which does not).
 * @param {ts.Node} node
 * @param {ts.SourceFile} file
 */
function fieldOf(node, file) {
  /** @type {string[]} */
  const path = [];
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isPropertyAssignment(parent)) path.unshift(`.${parent.name.getText(file).replace(/^['"]|['"]$/g, '')}`);
    else if (ts.isArrayLiteralExpression(parent))
      path.unshift(`[${parent.elements.indexOf(/** @type {ts.Expression} */ (child))}]`);
    else if (ts.isVariableDeclaration(parent)) {
      path.unshift(parent.name.getText(file));
      break;
    } else if (!isWrapper(parent)) break;
  }
  return path.join('').replace(/^\./, '');
}

/**
 * Every string literal and template literal in `source` whose text passes `keep`.
 * @param {string} source
 * @param {string} fileName
 * @param {(text: string) => boolean} [keep]
 * @returns {SourceString[]}
 */
export function stringLiterals(source, fileName, keep = () => true) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  /** @type {SourceString[]} */
  const found = [];
  /** @param {ts.Node} node @param {string} text */
  const add = (node, text) => {
    if (!keep(text)) return;
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ field: fieldOf(node, file), text, line: line + 1, column: character + 1 });
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    // An import's module name is a path, not text anyone reads.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text);
    else if (ts.isTemplateExpression(node))
      add(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
