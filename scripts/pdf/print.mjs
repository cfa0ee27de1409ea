// @ts-check
// Prints decks through reveal.js's own print view: open `?print-pdf`, wait for its `pdf-ready` event
// (a handout: for the handout's own, once its sheets are laid out), the web fonts and the images, then
// Chromium's `page.pdf()`.
import { HANDOUT_READY_EVENT } from '../../src/print/pdfs.js';

/** reveal.js's event once its print view has laid out the slides (js/controllers/printview.js). */
export const REVEAL_PDF_READY = 'pdf-ready';

/** How long a page may take to become ready; a healthy deck needs well under a second. */
const READY_TIMEOUT_MS = 30_000;

/**
 * @typedef {object} PrintOptions
 * @property {(page: import('playwright-core').Page) => Promise<void>} [prepare]
 *   Runs once the print view is ready, just before printing (the tests use it to swap a font).
 */

/**
 * @typedef {object} PrintView
 * @property {string} query the print view's query on the site (`?deck=dsi&lang=th&print-pdf`)
 * @property {string} ready the event the page dispatches once it is laid out for printing
 */

/**
 * @typedef {object} Printed
 * @property {Buffer} pdf
 * @property {string[]} warnings what the PDF shows that its readers cannot use
 */

/**
 * @typedef {object} Printer
 * @property {(view: PrintView, options?: PrintOptions) => Promise<Printed>} print
 *   The PDF of a print view of the site. Throws when the page fails: an HTTP error, a script error, a
 *   request off the site, or no ready event.
 * @property {(view: PrintView) => Promise<void>} open
 *   Opens a print view in the tab, laid out as it would be printed, and throws as `print` does.
 * @property {import('playwright-core').Page} page the tab, free between prints for other visits to the site
 * @property {() => Promise<void>} close
 */

/**
 * A tab that prints one deck of the site at `siteUrl` after another. Opening a tab costs about as
 * much as printing a deck, so the export keeps one per worker; each print is a fresh document.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl
 * @returns {Promise<Printer>}
 */
export async function openPrinter(browser, siteUrl) {
  const { origin } = new URL(siteUrl);
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} what went wrong during the current print */
  let failures = [];
  page.on('pageerror', (error) => failures.push(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  // The export serves the site on 127.0.0.1 and uses no other network.
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      failures.push(`request off the local site: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  await page.addInitScript(flagReady, [REVEAL_PDF_READY, HANDOUT_READY_EVENT]);

  /** Opens a view and waits until it is laid out; resolves with its address. @param {PrintView} view */
  const load = async ({ query, ready }) => {
    failures = [];
    const url = siteUrl + query;
    const response = await page.goto(url);
    if (!response?.ok()) throw new Error(`${url} answered HTTP ${response?.status() ?? 'nothing'}`);
    await page
      .waitForFunction(
        (event) => /** @type {{ printReady?: Record<string, boolean> }} */ (window).printReady?.[event] === true,
        ready,
        { timeout: READY_TIMEOUT_MS },
      )
      .catch(() => {
        throw new Error(`${url} never became ready to print (no ${ready})${describe(failures)}`);
      });
    await page.evaluate(waitForFontsAndImages);
    return url;
  };

  return {
    page,
    async open(view) {
      const url = await load(view);
      if (failures.length > 0) throw new Error(`${url} failed${describe(failures)}`);
    },
    async print(view, { prepare } = {}) {
      const url = await load(view);
      if (prepare) await prepare(page);
      if (failures.length > 0) throw new Error(`${url} failed${describe(failures)}`);
      const warnings = (await page.evaluate(showsAddress, origin))
        ? [
            `it shows this export's temporary address (${origin}): build with VITE_PUBLIC_URL set to the public address so its links and QR codes work`,
          ]
        : [];
      return { pdf: await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true }), warnings };
    },
    close: () => context.close(),
  };
}

/**
 * One print in a tab of its own.
 * @param {import('playwright-core').Browser} browser
 * @param {string} siteUrl
 * @param {PrintView} view
 * @param {PrintOptions} [options]
 * @returns {Promise<Buffer>}
 */
export async function printDeck(browser, siteUrl, view, options) {
  const printer = await openPrinter(browser, siteUrl);
  try {
    return (await printer.print(view, options)).pdf;
  } finally {
    await printer.close();
  }
}

// Runs in each document before its own scripts, so no event can fire unheard. reveal.js dispatches
// its own on `.reveal`; listening while it passes the document catches it whether or not it bubbles.
/** @param {string[]} events */
function flagReady(events) {
  /** @type {Record<string, boolean>} */
  const printReady = {};
  Object.assign(window, { printReady });
  for (const event of events)
    document.addEventListener(event, () => (printReady[event] = true), { capture: true, once: true });
}

// Text reveal.js moved onto new pages (the notes) may need font subsets not loaded yet, so lay out
// first; photos must be decoded, or the PDF gets an empty frame.
async function waitForFontsAndImages() {
  void document.body.offsetHeight;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await document.fonts.ready;
}

// A link or QR code to 127.0.0.1 means nothing to the PDF's readers, and the address dies with the export.
/** @param {string} address */
const showsAddress = (address) => document.querySelector('.reveal .slides')?.innerHTML.includes(address) ?? false;

/** @param {string[]} failures */
const describe = (failures) => (failures.length > 0 ? `: ${failures.join('; ')}` : '');
