import type { AtRule } from 'postcss';

/** Every browser that runs the deck reads WOFF2; inlining the WOFF fallbacks too would double the fonts' weight. */
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
