// page/share-box.js — the link of this run (with its weights when asked),
// shown in the share box and copied to the clipboard where the page may.

import { copyLink } from '../share.js';
import { encodeWeights, URL_WARN_CHARS } from '../export.js';
import { fmtInt } from '../format.js';
import { writeUrl } from './settings.js';

export function createShareBox({ doc, state, notices, play }) {
  const $ = (id) => doc.getElementById(id);
  const withWeights = /** @type {HTMLInputElement} */ ($('share-weights'));
  $('share').addEventListener('click', () => share());
  withWeights.addEventListener('change', () => share());
  $('share-close').addEventListener('click', () => { $('share-box').hidden = true; });

  async function share() {
    writeUrl(state);
    let url = location.href;
    const notes = [];
    if (withWeights.checked) {
      try {
        const snap = await play.snapshot();
        url += `&weights=${encodeWeights(snap.layers)}`;
        notes.push(`The link starts from the weights of epoch ${fmtInt(snap.epoch)}.`);
      } catch (e) {
        notes.push(`No weights to include: ${e.message}`);
      }
    }
    if (state.dataset === 'custom') notes.push('Your data is not in the link: whoever opens it must upload it again.');
    if (url.length > URL_WARN_CHARS) {
      notes.push(`This link is ${fmtInt(url.length)} characters long; some sites and chat apps cut links longer than ${fmtInt(URL_WARN_CHARS)}. Save the model as a file instead, or use fewer units.`);
    }
    const urlBox = /** @type {HTMLInputElement} */ ($('share-url'));
    const copied = await copyLink(url, { box: $('share-box'), input: urlBox, close: $('share-close'), onCopied: () => {} });
    if (copied) notices.flash($('share'), 'Link copied');
    urlBox.value = url;
    $('share-note').textContent = notes.join(' ');
    $('share-box').hidden = false;
  }
}
