// softmax/closing.js — what this lesson ends with (kit/question.js): the question, and the "Try this" list where the view has none of its own.

export const QUESTION = {
  ask: 'Duck, beaver and walrus have scores 2, 1 and 0. What probability does softmax give the duck?',
  choices: ['0.67', '0.50', '0.33', '1.00'],
  answer: 0,
  why: 'e\u00b2 / (e\u00b2 + e\u00b9 + e\u2070) = 7.39 / 11.11 = 0.67.',
};
