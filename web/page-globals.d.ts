// page-globals.d.ts — what the page puts on `window`, for the type checker
// (`npm run lint`). Declarations only: the build copies no .d.ts into dist/.
// Browser tests and benchmarks read these inside page.evaluate.

interface Window {
  /** boot.js's handle on the running page: main.js's start() result
   *  ({ state, app, chart, playRpc }). Untyped until main.js is type-checked. */
  downhill: any;
  /** Chart.js's UMD build, loaded by a <script> before the app's modules. */
  Chart: any;
  /** scripts/soak.mjs: frame intervals it measures in the page. */
  __soakFrames?: number[];
  /** tests/browser/checks.js: set by an injected script if text ever ran as markup. */
  __xss?: number;
  /** tests/browser/checks.js: Content-Security-Policy violations seen. */
  __csp?: unknown[];
}
