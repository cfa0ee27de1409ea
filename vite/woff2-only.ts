import type { AtRule } from 'postcss';

/**
 * Keeps only the WOFF2 sources of @fontsource's @font-face rules: every browser that runs the deck's module
 * script reads WOFF2, so the WOFF fallbacks would be files nobody fetches, and inlined in the offline file
 * they would double the fonts' weight.
 */
export const dropWoffFallbacks = {
  postcssPlugin: 'drop-woff-fallbacks',
  AtRule: {
    'font-face': (rule: AtRule) => {
      rule.walkDecls('src', (decl) => {
        decl.value = decl.value
          .split(/,\s*(?=url\()/)
          .filter((source) => !/format\(['"]woff['"]\)/.test(source))
          .join(', ');
      });
    },
  },
};
