// digits/probs.js — the ten softmax probabilities as bars, one per digit 0-9
// in order, inside #digit-probs. Each bar's element (li[data-digit]) holds its
// probability as its only text ("0.931"); the digit's label is the list's own
// numbering (an <ol> from 0), the bar a width. The most probable digit is
// marked by more than colour: a heavier outline, a "most likely" tag drawn by
// CSS and aria-current; the list's description says the top three in words.
//
//   const probs = mountProbs(container)
//   probs.show(p)    p: ten numbers >= 0 adding up to 1 (the network's softmax);
//                    anything else throws (digits/probs-text.js) and changes nothing
//   probs.clear()    no prediction: every value "—", no bars
//   probs.list       the <ol id="digit-probs">

import { el } from '../dom.js';
import { MISSING } from '../format.js';
import { DIGITS, describeProbs, probTexts, topDigit } from './probs-text.js';

export function mountProbs(container) {
  const desc = el('p', { id: 'digit-probs-desc', class: 'small', 'aria-live': 'polite' });
  const items = [];
  const list = el('ol', {
    id: 'digit-probs', class: 'digit-probs', start: '0',
    'aria-label': 'How likely each digit is', 'aria-describedby': 'digit-probs-desc',
  });
  for (let d = 0; d < DIGITS; d++) {
    const bar = el('span', { class: 'digit-prob-bar', 'aria-hidden': 'true' });
    const value = el('span', { class: 'digit-prob-value' }, MISSING);
    const item = el('li', { class: 'digit-prob', dataset: { digit: String(d) } }, bar, value);
    items.push({ item, bar, value });
    list.append(item);
  }
  container.append(el('div', { class: 'digit-probs-box' }, list, desc));

  function clear() {
    for (const { item, bar, value } of items) {
      value.textContent = MISSING;
      bar.style.width = '0';
      item.classList.remove('top');
      item.removeAttribute('aria-current');
      delete item.dataset.p;
    }
    desc.textContent = 'No prediction yet.';
  }

  function show(probs) {
    const texts = probTexts(probs);   // checks probs before anything changes
    const top = topDigit(probs);
    items.forEach(({ item, bar, value }, d) => {
      value.textContent = texts[d];
      item.dataset.p = String(probs[d]);
      bar.style.width = `${(Math.min(1, probs[d]) * 100).toFixed(1)}%`;
      item.classList.toggle('top', d === top);
      if (d === top) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    });
    desc.textContent = describeProbs(probs);
  }

  clear();
  return { show, clear, list };
}
