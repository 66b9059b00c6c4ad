// layer-editor.js — the hidden layers of the network: add or remove a layer,
// and − / + per layer for its units (small steps near the bottom, doubling
// steps higher up), within the engine's limits.
//
// createLayerEditor(doc, { onChange, maxLayers, maxUnits }) -> { render(state) }.

export function createLayerEditor(doc, { onChange, maxLayers, maxUnits }) {
  const $ = (id) => doc.getElementById(id);
  let state = null;
  $('add-layer').addEventListener('click', () => {
    const h = state.hidden;
    if (h.length < maxLayers) onChange('hidden', [...h, h.length ? h[h.length - 1] : 4]);
  });
  $('remove-layer').addEventListener('click', () => {
    const h = state.hidden;
    if (h.length > 1) onChange('hidden', h.slice(0, -1));
  });

  function button(text, aria, disabled, onClick) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'mini-btn';
    b.textContent = text;
    b.setAttribute('aria-label', aria);
    b.disabled = disabled;
    b.addEventListener('click', onClick);
    return b;
  }

  function layer(units, i) {
    const set = (u) => {
      const h = state.hidden.slice();
      h[i] = Math.max(1, Math.min(maxUnits, u));
      onChange('hidden', h);
    };
    const wrap = doc.createElement('div');
    wrap.className = 'layer-ed';
    const count = doc.createElement('span');
    count.className = 'units';
    count.textContent = `${units}`;
    count.setAttribute('aria-label', `layer ${i + 1}: ${units} units`);
    wrap.append(
      button('−', `Fewer units in layer ${i + 1}`, units <= 1, () => set(units > 16 ? Math.ceil(units / 2) : units - 1)),
      count,
      button('+', `More units in layer ${i + 1}`, units >= maxUnits, () => set(units >= 16 ? units * 2 : units + 1)),
    );
    return wrap;
  }

  function render(next) {
    state = next;
    const mlp = state.model === 'mlp';
    $('layers').classList.toggle('disabled', !mlp);
    $('add-layer').disabled = !mlp || state.hidden.length >= maxLayers;
    $('remove-layer').disabled = !mlp || state.hidden.length <= 1;
    $('layers-text').textContent = mlp
      ? `${state.hidden.length} hidden layer${state.hidden.length === 1 ? '' : 's'}`
      : 'No hidden layers (a linear model)';
    $('layer-editors').replaceChildren(...(mlp ? state.hidden.map(layer) : []));
  }

  return { render };
}
