// playground/view.js — the playground as one more mode on the lesson contract
// (lessons/index.js). Its DOM is the page's own #playground section
// (index.html: the first paint needs no script) and its views live as long as
// the page (web/page/); mounting shows it, leaving hides it and pauses the
// run, so nothing trains behind a lesson.

export function createPlayground(container, ctx) {
  container.hidden = true;
  ctx.playground.section.hidden = false;
  return {
    destroy() {
      ctx.playground.pause();
    },
  };
}
