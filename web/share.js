// share.js — copy a link: the Clipboard API where the page may use it, else a
// selected text field the reader copies by hand.

export async function copyLink(url, { box, input, close, onCopied }) {
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(url);
    onCopied(true);
    return true;
  } catch {
    input.value = url;
    box.hidden = false;
    input.focus();
    input.select();
    close.onclick = () => { box.hidden = true; };
    onCopied(false);
    return false;
  }
}
