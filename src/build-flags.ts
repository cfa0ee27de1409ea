/** False in the public build (`--mode public`), whose bundle carries no speaker notes. */
export const NOTES_INCLUDED: boolean = import.meta.env.MODE !== 'public';

/** False in the offline file, which is one page: the web builds add a page per deck and language (vite/link-previews.ts). */
export const DECK_PAGES: boolean = import.meta.env.MODE !== 'offline';

/** False in the offline file: one HTML file, with no `pdf/` folder beside it for download links to reach. */
export const PDF_FILES: boolean = import.meta.env.MODE !== 'offline';
