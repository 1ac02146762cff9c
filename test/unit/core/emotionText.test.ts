/** Emotion scores as people read them: one face set, a true minus sign, one decimal at most. */
import assert from 'node:assert/strict';
import { emotionFace, emotionText, emotionWord, signedScore } from '../../../src/core/emotionText';

describe('emotion text', () => {
  it('spells every whole score in range with its sign and face', () => {
    assert.deepEqual([2, 1, 0, -1, -2].map(emotionText), ['+2 😄', '+1 🙂', '0 😐', '\u22121 🙁', '\u22122 😣']);
  });

  it('uses U+2212 MINUS SIGN, never a hyphen', () => {
    assert.equal(signedScore(-1.25), '\u22121.3');
    assert.doesNotMatch([-2, -1.5, -0.04, -0.5].map(signedScore).join(' '), /-/);
  });

  it('rounds to one decimal and calls a rounded zero 0', () => {
    assert.deepEqual([0.25, 1.04, -0.04, 0].map(signedScore), ['+0.3', '+1', '0', '0']);
  });

  it('gives no face to a score out of range or between faces', () => {
    assert.equal(emotionText(7), '+7');
    assert.equal(emotionText(-0.5), '\u22120.5');
    assert.equal(emotionFace(3), undefined);
    assert.equal(emotionFace(1.5), undefined);
  });

  it('names each band of scores in words', () => {
    assert.deepEqual([2, 1.5, 1, 0.4, -0.4, -1, -1.5, -2].map(emotionWord),
      ['delighted', 'delighted', 'pleased', 'neutral', 'neutral', 'unhappy', 'angry', 'angry']);
  });
});
