/** False in the public build (`--mode public`), whose bundle carries no speaker notes. */
export const NOTES_INCLUDED: boolean = import.meta.env.MODE !== 'public';
