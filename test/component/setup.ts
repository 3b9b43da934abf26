import 'fake-indexeddb/auto';

// happy-dom does no layout: every element measures 0 × 0, so a virtualised table would show no
// rows. Give elements a plausible size, as a browser window would.
for (const [prop, value] of [
  ['offsetHeight', 600],
  ['offsetWidth', 1200],
  ['clientHeight', 600],
  ['clientWidth', 1200],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
}
