// The least a reveal.js deck can do with these slides: reveal.js, its stylesheet, Sarabun by weight and a
// few lines of style. Not type-checked (tsconfig leaves bench/ out); it is the benchmark's baseline.
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import './deck.css';

const html = document.documentElement;

Reveal.initialize({
  hash: true,
  width: 1280,
  height: 720,
  // L flips the language the cheapest way there is (both are in the page, CSS shows one), so the
  // benchmark has a floor to set the product's language toggle against.
  keyboard: { 76: () => (html.lang = html.lang === 'th' ? 'en' : 'th') },
});
