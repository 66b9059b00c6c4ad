// course/text.js — the Course view's prose.

export const TITLE = 'The course, step by step';
export const INTRO = 'Every idea of the course in the course\u2019s order, each with what you will do and a link to where you do it. '
  + 'Each lesson has Previous and Next links to walk the path, and ends with a question. '
  + 'Your progress stays on this device only.';
export const NOT_YET = 'No place on the page yet.';
export const VISITED = 'visited';
export const ANSWERED = 'question answered';
export const CLEAR = 'Forget my progress';
