// digits-demo/demo.js — a page of its own for the Digits views (web/digits/),
// built by tests/browser/digits-views.test.js into test-results/ (never into
// dist/) until the Digits mode mounts them in the real page. It mounts each
// view once and leaves them on window.digitsDemo for the test to drive; the
// pad's inputs are recorded there, and its test digits are the test's.
import { mountPad } from '../../../web/digits/pad.js';
import { mountProbs } from '../../../web/digits/probs.js';
import { mountConfusion } from '../../../web/digits/confusion.js';
import { mountGallery, mountDigitStrip } from '../../../web/digits/gallery.js';

function start() {
  const $ = (id) => document.getElementById(id);
  const demo = {
    inputs: [],          // each onInput: { ink, input: number[], width, height }
    cells: [],           // each onCell: [true, predicted]
    testDigits: [],      // set by the test: [{ pixels: number[784], label }]
  };
  demo.pad = mountPad($('pad-box'), {
    onInput(input, drawing) {
      let ink = 0;
      for (const v of input) ink += v;
      demo.inputs.push({ ink, input: Array.from(input), width: drawing.width, height: drawing.height });
    },
    testDigit(digit) {
      return demo.testDigits.find((t) => digit === null || t.label === digit) || null;
    },
  });
  demo.probs = mountProbs($('probs-box'));
  demo.confusion = mountConfusion($('confusion-box'), { onCell: (t, p) => demo.cells.push([t, p]) });
  demo.strip = mountDigitStrip($('strip-box'));
  demo.gallery = mountGallery($('gallery-box'));
  window.digitsDemo = demo;
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
