// page/notices.js — the page's messages: a dismissable notice (about the
// link), the hint under the plot (why training stopped, what went wrong), the
// status of a save or load, and a button's brief "Link copied".

export function createNotices(doc) {
  const $ = (id) => doc.getElementById(id);
  return {
    notice(text) {
      const box = $('notice');
      const span = doc.createElement('span');
      span.textContent = text;
      const x = doc.createElement('button');
      x.type = 'button';
      x.textContent = 'Dismiss';
      x.addEventListener('click', () => { box.hidden = true; });
      box.replaceChildren(span, x);
      box.hidden = false;
    },
    /** kind 'bad' (an alert), 'info' or 'good' (a status). */
    hint(text, kind = 'bad') {
      const box = $('hint');
      if (box.textContent !== text) box.textContent = text;
      box.dataset.kind = kind;
      box.setAttribute('role', kind === 'bad' ? 'alert' : 'status');
      box.hidden = false;
    },
    hideHint() {
      const box = $('hint');
      if (!box.hidden) box.hidden = true;
    },
    exportStatus(text, kind = 'good') {
      const p = $('export-status');
      p.textContent = text;
      p.dataset.kind = kind;
      p.setAttribute('role', kind === 'bad' ? 'alert' : 'status');
    },
    flash(button, text) {
      const old = button.textContent;
      button.textContent = text;
      setTimeout(() => { button.textContent = old; }, 1500);
    },
    announce(text) {
      const live = $('announcer');
      live.textContent = '';
      // A fresh text node after a clear makes screen readers read repeats too.
      setTimeout(() => { live.textContent = text; }, 30);
    },
  };
}
