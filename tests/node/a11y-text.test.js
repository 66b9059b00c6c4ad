// The words the live region and the chart's description read (web/a11y.js):
// current numbers, singular and plural right, and never "not trained" once
// training has started.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveText, chartText, epochs } from '../../web/a11y.js';

const record = { trainLoss: 0.5, testLoss: 0.6, trainAcc: 0.75, testAcc: 0.7 };

test('epochs are counted in correct English', () => {
  assert.equal(epochs(1), '1 epoch');
  assert.equal(epochs(2), '2 epochs');
  assert.equal(epochs(0), '0 epochs');
  assert.equal(epochs(12345), '12,345 epochs');
  assert.match(chartText({ epoch: 1, record, status: 'paused' }), /^After 1 epoch: training loss 0\.5000, test loss 0\.6000, training accuracy 75\.0%, test accuracy 70\.0%\.$/);
  assert.match(chartText({ epoch: 8, record, status: 'running' }), /^After 8 epochs: /);
});

test('before the first epoch: "not trained" only while nothing has started', () => {
  assert.equal(chartText({ epoch: 0, record: null, status: 'ready' }), 'No epochs trained yet.');
  assert.equal(liveText({ epoch: 0, record: null, status: 'ready' }, true), 'Not trained yet.');
  for (const status of ['running', 'paused']) {
    assert.doesNotMatch(chartText({ epoch: 0, record: null, status }), /No epochs trained/);
    assert.doesNotMatch(liveText({ epoch: 0, record: null, status }, false), /not trained/i);
  }
});

test('the live region: Play is said, then the numbers; a pause is said with them', () => {
  assert.equal(liveText({ epoch: 3, record, status: 'running' }, true), 'Training started.');
  assert.equal(liveText({ epoch: 60, record, status: 'running' }, false), 'Epoch 60, test accuracy 70.0%, test loss 0.6000.');
  assert.equal(liveText({ epoch: 1200, record, status: 'paused' }, true), 'Epoch 1,200, test accuracy 70.0%, test loss 0.6000. Training paused.');
  assert.equal(liveText({ epoch: 9, record, status: 'diverged' }, true), 'Epoch 9, test accuracy 70.0%, test loss 0.6000. Training diverged.');
});
