// @ts-check
// HTML written as text at build time (the benchmark's bare deck, the pages' link-preview tags).

/** `text` safe inside an element or a double-quoted attribute. @param {string} text */
export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
