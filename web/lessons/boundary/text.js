// boundary/text.js — the linear-boundaries lesson's prose.

export const TITLE = 'Classification and linear boundaries';
export const INTRO = [
  'A university admits students by two numbers, their test score and their grades, both on 0\u201310. ',
  'The course\u2019s model draws a line through the plane of (test, grades): 2\u00b7test + grades \u2212 18 = 0. ',
  'A student\u2019s score is 2\u00b7test + grades \u2212 18; a score above 0 means accept, otherwise reject. ',
  'In general the line is w1x1 + w2x2 + b = 0 and the score is w1x1 + w2x2 + b.',
];
export const PLOT_LABEL = 'Students by test score (across) and grades (up), accepted as triangles and rejected as circles, with the line w1\u00b7test + w2\u00b7grades + b = 0 and the queried student ringed';
export const LINE_TITLE = 'The line';
export const LINE_INTRO = 'Type w1, w2 and b, or drag on the picture: the line moves, keeping its slope, to pass through where you point.';
export const QUERY_TITLE = 'Ask about one student';
export const QUERY_INTRO = 'Student 4 has test 9 and grades 1. Would the line accept them? Change the numbers to ask about anyone else.';
export const SPACE_TITLE = 'Higher dimensions';
export const SPACE_INTRO = [
  'With a third feature, the class rank x3, each student is a point in space, and the line becomes a plane: ',
  'w1x1 + w2x2 + w3x3 + b = 0. The score is still w\u00b7x + b, and the plane splits the space into accept (score > 0) and reject. ',
  'With n features it is a hyperplane w1x1 + \u2026 + wnxn + b = 0 in n dimensions.',
];
export const SPACE_HELP = 'Drag the picture, or focus it and use the arrow keys, to turn it. Home turns it back.';
export const SPACE_NAMES = ['test x1', 'grades x2', 'rank x3'];
export const TRY = [
  'Drag the line until student 4 (test 9, grades 1) is rejected: which way did the line move, and what is the score now?',
  'Set w2 to 0: the grades stop counting, and the line stands straight up at one test score.',
  'Turn the 3-D view until you look along the plane: it becomes a line, with accepted students on one side.',
];
