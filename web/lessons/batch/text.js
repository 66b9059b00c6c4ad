// batch/text.js — the batch lesson's prose: its introduction, the charts'
// names and the notes. The sentences that report a run are built with its
// numbers in draw.js.

export const TITLE = 'Batch vs mini-batch vs stochastic';

export const INTRO = [
  'The same network starts from the same weights and learns the same 100 points three ways: ',
  'a step after all of them (full batch), after a few (mini-batch), or after every single one (stochastic). ',
  'An epoch is one pass over the data.',
];

export const IDLE = 'Press Run to train all three.';

export const CHART = {
  title: 'Training loss of the three runs',
  label: 'Line chart: training loss of full batch, mini-batch and stochastic runs',
};
export const TABLE_CAPTION = 'Per run (the chart as text)';

/** Under the chart before any run; after one, draw.js says it with the run's numbers. */
export const AXIS_NOTE = 'One epoch is 1 weight update for full batch but one update per point for stochastic: the same data seen, very different numbers of steps.';
export const SUMMARY_MORAL = 'Smaller batches take many more, noisier steps per epoch.';
