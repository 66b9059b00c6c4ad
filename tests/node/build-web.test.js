// The small module transformer in scripts/build-web.mjs: the import/export
// forms it knows become loader calls; anything else is refused by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { transformModule, bundle } from '../../scripts/build-web.mjs';

test('named, namespace and default imports become __require calls', () => {
  const src = [
    "import { a, b as c } from './x.js';",
    "import * as ns from '../lib/y.js';",
    "import make from './z.js';",
    'export const k = a + c;',
  ].join('\n');
  const { code, deps } = transformModule(src, 'web/m.js');
  assert.deepEqual(deps, ['web/x.js', 'lib/y.js', 'web/z.js']);
  assert.match(code, /const \{ a, b: c \} = __require\("web\/x\.js"\);/);
  assert.match(code, /const ns = __require\("lib\/y\.js"\);/);
  assert.match(code, /const make = __require\("web\/z\.js"\)\.default;/);
  assert.match(code, /return \{ "k": k \};/);
});

test('export forms are collected and import.meta.url is replaced', () => {
  const src = [
    'export function f() { return 1; }',
    'export async function g() { return 2; }',
    'export class C {}',
    'let hidden = 3;',
    'export { hidden as shown };',
    'const u = import.meta.url;',
    'export default u;',
  ].join('\n');
  const { code } = transformModule(src, 'web/m.js');
  const fn = new Function('__require', code);
  const out = fn(() => ({}));
  assert.equal(out.f(), 1);
  assert.equal(typeof out.g, 'function');
  assert.equal(typeof out.C, 'function');
  assert.equal(out.shown, 3);
  assert.equal(out.default, 'file:///downhill-bundle/web/m.js');
});

test('unknown forms are refused with the line', () => {
  assert.throws(() => transformModule("import 'side-effect.js';", 'web/a.js'), /web\/a\.js:1: an import form/);
  assert.throws(() => transformModule("export * from './b.js';", 'web/a.js'), /an export form/);
  assert.throws(() => transformModule("import x from 'chart.js';", 'web/a.js'), /only relative imports/);
  assert.throws(() => transformModule('const r = import.meta.resolve("x");', 'web/a.js'), /import\.meta other/);
});

test('the page bundle is a classic script whose modules load in order', () => {
  const code = bundle(['web/state.js']);
  const ctx = vm.createContext({});
  vm.runInContext(`${code}; this.s = __downhill.require('web/state.js');`, ctx);
  assert.equal(ctx.s.parseState('lr=0.5').state.lr, 0.5);
  assert.equal(ctx.s.defaultState().dataset, 'xor');
});

test('the whole page graph bundles and parses as a classic script', () => {
  const code = bundle(['web/main.js']);
  assert.doesNotThrow(() => new vm.Script(code));
  for (const id of ['web/state.js', 'web/heatmap.js', 'web/network.js', 'web/loss-chart.js', 'web/controls.js']) {
    assert.ok(code.includes(`__downhill.define("${id}"`), id);
  }
});
