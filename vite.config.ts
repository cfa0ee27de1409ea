import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path or static host.
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
});
