// lessons/playground/index.js — the playground as one more mode on the lesson
// contract (lessons/index.js). Its DOM is the page's own #playground section
// (index.html: first paint needs no script) and its views live as long as the
// page (web/page/); mounting shows it, leaving pauses the run, so a lesson
// never trains in the background.

export const PLAYGROUND = {
  id: 'play',
  title: 'Playground',
  create(container, ctx) {
    container.hidden = false;
    return {
      destroy() {
        ctx.playground.pause();
      },
    };
  },
};
