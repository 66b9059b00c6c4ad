// eslint.config.js — ESLint's flat config for Downhill (`npm run lint`).
//
// The recommended rules plus a few that catch real bugs (not style: layout and
// quoting are left to the author). Globals per folder: web/ runs in the page
// and in the training worker, wasm/*.js runs in a page, a Worker and Node alike
// (so it may use only what all three have), scripts/ and tests/ run in Node;
// the browser tests and the scripts that drive Chromium also pass functions to
// `page.evaluate`, which run in the page.
import js from '@eslint/js';
import globals from 'globals';


export default [
  {
    // Generated or installed code. wasm/downhill-*.js are Emscripten's output
    // when a build writes them next to the sources.
    ignores: ['build/**', 'build-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'wasm/downhill-*.js'],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...js.configs.recommended,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused arguments before a used one are the API's shape (callbacks).
      'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // == only against null (null or undefined), where it says what is meant.
      eqeqeq: ['error', 'smart'],
      // A let or const read before its declaration in the same scope throws (TDZ);
      // functions are hoisted and closures may name later declarations.
      'no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
      // Errors are Error objects whose message the page shows.
      'no-throw-literal': 'error',
      'prefer-promise-reject-errors': 'error',
      // The pages' Content-Security-Policy forbids eval: it would fail there.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'array-callback-return': 'error',
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-promise-executor-return': 'error',
      'no-constructor-return': 'error',
      'default-case-last': 'error',
      // no-shadow stays off: page.evaluate((x) => ..., x) and node:test's
      // before/after shadow by design, and it found no bug here.
    },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    rules: {
      // Issue 12: no function in web/ longer than 200 lines, counting every line.
      'max-lines-per-function': ['error', { max: 200, skipBlankLines: false, skipComments: false, IIFEs: true }],
      // Never user or URL text into markup: build nodes with web/dom.js.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build nodes with web/dom.js: user and URL text must never become markup.' },
        { property: 'outerHTML', message: 'Build nodes with web/dom.js: user and URL text must never become markup.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes with web/dom.js: user and URL text must never become markup.' },
      ],
    },
  },
  {
    // downhill.js and its types run unchanged in a page, a Worker and Node.
    files: ['wasm/*.js'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: ['wasm/node-loader.js', 'scripts/**/*.mjs', 'scripts/**/*.js', 'tests/**/*.js', 'tests/**/*.mjs', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions handed to page.evaluate run in the page.
    files: ['tests/browser/**/*.js', 'scripts/bench-browser.mjs', 'scripts/soak.mjs', 'scripts/readme-shots.mjs'],
    // Chart: the page's Chart.js global, read by the lesson tests.
    languageOptions: { globals: { ...globals.node, ...globals.browser, Chart: 'readonly' } },
  },
  {
    // The bundler's module transform is tested by running its output, as the
    // bundle runs it; the test builds the code itself, no user text reaches it.
    files: ['tests/node/build-web.test.js'],
    rules: { 'no-new-func': 'off' },
  },
];
