// softmax/events.js — the lesson's second part: the cross-entropy of a set
// of predictions (three doors, a gift behind each or not), term by term, with
// the course's two examples one press away; then the same number from the
// multiclass formula with each door as two classes.
import { el } from '../../dom.js';
import * as T from './text.js';
import { two, short, vector, MINUS } from './format.js';

const DOORS = 3;
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

/** -> { node, destroy() } */
export function createEvents(ctx) {
  const s = { y: T.EXAMPLES[0][2].slice(), p: T.EXAMPLES[0][3].slice(), gen: 0, announce: false, destroyed: false };
  const buttons = T.EXAMPLES.map(([id, text], i) => el('button', {
    type: 'button', class: 'pc-btn', id: `sm-ex-${id}`, 'aria-pressed': 'false', onclick: () => choose(i),
  }, text));
  const ys = Array.from({ length: DOORS }, (_, i) => el('input', {
    type: 'checkbox', id: `sm-y${i + 1}`, onchange: () => { s.y[i] = ys[i].checked ? 1 : 0; s.announce = true; update(); },
  }));
  const inputMsg = el('p', { class: 'pc-input-msg', id: 'sm-p-msg', 'aria-live': 'polite' });
  const ps = Array.from({ length: DOORS }, (_, i) => el('input', {
    type: 'text', inputmode: 'decimal', id: `sm-p${i + 1}`, class: 'sf-box', 'aria-describedby': 'sm-p-msg',
    onchange: () => readP(i),
  }));
  const body = el('tbody', {});
  const total = el('p', { class: 'sm-ce', id: 'sm-ce-total' });
  const multi = el('p', { class: 'sm-formula', id: 'sm-ce-multi' });
  const message = el('p', { class: 'pc-message', id: 'sm-events-message', role: 'status', hidden: true });

  const node = el('section', { class: 'sm-part', 'aria-labelledby': 'sm-events-title' },
    el('h3', { id: 'sm-events-title' }, T.EVENTS_TITLE),
    el('p', { class: 'lesson-intro' }, T.EVENTS_INTRO),
    el('div', { class: 'pc-buttons', role: 'group', 'aria-label': 'The course\u2019s examples' }, buttons),
    el('div', { class: 'sm-doors' }, ys.map((y, i) => el('div', { class: 'sm-door' },
      el('span', { class: 'sm-door-name' }, `Door ${i + 1}`),
      el('span', {}, y, el('label', { for: y.id }, ' gift (y = 1)')),
      el('label', { for: ps[i].id }, 'p'), ps[i]))),
    inputMsg,
    el('div', { class: 'sm-table-box' }, el('table', { class: 'pc-table sm-table', id: 'sm-terms' },
      el('caption', {}, T.EVENTS_CAPTION),
      el('thead', {}, el('tr', {}, ['Door', 'y', 'p', 'Term', 'Value'].map((h) => el('th', { scope: 'col' }, h)))),
      body)),
    total, multi, message);
  fill();
  update();

  function choose(i) {
    s.y = T.EXAMPLES[i][2].slice();
    s.p = T.EXAMPLES[i][3].slice();
    s.announce = true;
    fill();
    update();
  }

  function fill() {
    ys.forEach((y, i) => { y.checked = s.y[i] === 1; });
    ps.forEach((p, i) => { p.value = String(s.p[i]); p.removeAttribute('aria-invalid'); });
    inputMsg.textContent = '';
  }

  function readP(i) {
    const v = Number(ps[i].value.trim().replace(MINUS, '-'));
    if (ps[i].value.trim() === '' || !Number.isFinite(v) || v <= 0 || v >= 1) {
      ps[i].setAttribute('aria-invalid', 'true');
      inputMsg.textContent = `p for door ${i + 1} must lie strictly between 0 and 1 (kept ${s.p[i]}).`;
      return;
    }
    ps[i].removeAttribute('aria-invalid');
    inputMsg.textContent = '';
    s.p[i] = v;
    s.announce = true;
    update();
  }

  async function update() {
    T.EXAMPLES.forEach(([, , y, p], i) => buttons[i].setAttribute('aria-pressed', String(same(y, s.y) && same(p, s.p))));
    const gen = ++s.gen;
    try {
      const r = await ctx.ops.crossEntropy({ y: s.y.slice(), p: s.p.slice() });
      if (s.destroyed || gen !== s.gen) return;
      show(r);
      message.hidden = true;
    } catch (e) {
      if (s.destroyed) return;
      message.textContent = `Could not compute the cross-entropy: ${e.message}`;
      message.hidden = false;
    }
  }

  function show(r) {
    const termText = (t) => (t.y ? `${MINUS}ln(${short(t.p)})` : `${MINUS}ln(1 ${MINUS} ${short(t.p)})`);
    body.replaceChildren(...r.terms.map((t, i) => el('tr', {},
      el('th', { scope: 'row' }, String(i + 1)), el('td', {}, String(t.y)), el('td', {}, short(t.p)),
      el('td', {}, termText(t)), el('td', {}, two(t.value)))));
    const expr = r.terms.map((t, i) => (i === 0 ? termText(t) : `${MINUS} ${termText(t).slice(1)}`)).join(' ');
    total.textContent = `CE[${vector(s.y)}, ${vector(s.p)}] = ${expr} = ${two(r.total)}`;
    const agree = two(r.multi) === two(r.total);
    multi.textContent = `${T.TWO_CLASS_NOTE} ${two(r.multi)}: ${agree ? 'the same number as the two-class formula' : `not ${two(r.total)}`}.`;
    if (s.announce) {
      s.announce = false;
      ctx.announce(`Cross-entropy ${two(r.total)}.`);
    }
  }

  return { node, destroy() { s.destroyed = true; } };
}
