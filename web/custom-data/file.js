// custom-data/file.js — getting a file's text from the user: a hidden file
// input behind a button, drops on the page's drop zones, and the size check
// against the engine's limit before anything is read.
//
//   filePicker({ id, accept, onFile })  -> the hidden <input type=file>; .click() opens it
//   acceptDrops(zones, onFile)          -> a file dropped on a zone goes to onFile(file)
//   readFileBytes(file, maxBytes)       -> Promise of { bytes } or { error } (words for the user);
//                                          the engine decodes the bytes (UTF-8, UTF-16, Windows-1252)

import { el } from '../dom.js';

export function filePicker({ id, accept, onFile }) {
  const input = el('input', {
    type: 'file', id, accept, class: 'visually-hidden', tabindex: '-1', 'aria-hidden': 'true',
    onchange: () => { onFile(input.files && input.files[0]); input.value = ''; },
  });
  return input;
}

/** Zones highlight while a file is dragged over them (class drop-target). */
export function acceptDrops(zones, onFile) {
  for (const zone of zones) {
    zone.addEventListener('dragover', (ev) => {
      if (!hasFiles(ev.dataTransfer)) return;
      ev.preventDefault();
      ev.dataTransfer.dropEffect = 'copy';
      zone.classList.add('drop-target');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('drop-target'));
    zone.addEventListener('drop', (ev) => {
      zone.classList.remove('drop-target');
      const file = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
      if (!file) return;
      ev.preventDefault();
      onFile(file);
    });
  }
}

/** The file's bytes, or why they cannot be had. maxBytes 0: no limit known
 *  yet. The engine refuses larger files anyway; checking first saves reading
 *  one. Bytes, not text: the browser would read every file as UTF-8, turning
 *  a UTF-16 or Windows-1252 file into garbage before the engine could tell.
 *  @param {File} file  @param {number} maxBytes */
export async function readFileBytes(file, maxBytes) {
  if (maxBytes > 0 && file.size > maxBytes) {
    const mb = (n) => `${Number((n / 1048576).toFixed(1))} MB`;
    return { error: `${file.name} is ${mb(file.size)}; files up to ${mb(maxBytes)} can be used.` };
  }
  try {
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (e) {
    return { error: `${file.name} could not be read: ${e.message}` };
  }
}

function hasFiles(dt) {
  return !!dt && Array.from(dt.types || []).includes('Files');
}
