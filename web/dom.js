// dom.js — build DOM nodes without innerHTML, so text (the user's, the URL's)
// always lands as text and never as markup.
//
//   el('button', { class: 'mini-btn', type: 'button', 'aria-label': 'Step', onclick: fn }, 'Step')
//   setDescribedBy(canvas, 'point-help', true)   // add or remove one aria-describedby id
//
// props: `class` sets className, `dataset` an object of data-* values, `hidden`
// / `disabled` / `checked` / `value` set the property, a function under an
// `on…` key becomes an event listener, anything else an attribute. `style` is
// refused: the page runs under a CSP without inline styles (use classes, or
// the element's .style properties from code). Children: nodes, strings
// (as text), numbers, or null/false (skipped); arrays are flattened.

const PROPERTIES = new Set(['hidden', 'disabled', 'checked', 'value', 'selected']);

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') node.className = value;
    else if (key === 'style') throw new Error('dom.el: inline style attributes break the CSP; use a class');
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (PROPERTIES.has(key)) node[key] = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Add (on) or remove id in node's aria-describedby, keeping the other ids. */
export function setDescribedBy(node, id, on) {
  const ids = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  node.setAttribute('aria-describedby', ids.join(' '));
}

function append(node, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else node.append(typeof c === 'number' ? String(c) : c);
  }
}
