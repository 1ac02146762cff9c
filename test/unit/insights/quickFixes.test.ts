/** Quick fixes of insights: real round trips through computeEdit, re-analysed, the finding gone, comments kept. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { computeEdit } from '../../../src/core/edits';
import { insightFixes } from '../../../src/core/insights/quickFixes';
import { findingsOf, findingsWithCode, TODAY } from './insightsTestKit';

const MAP = `cjm: 1
title: Shop
reviewed: 2025-01-01 # last workshop
stages:
  - id: find
    name: Find
    pains: [Slow] # from interviews
    touchpoints:
      - id: pay
        name: Card payment
        emotion: -2
        moment-of-truth: true
`;

/** Applies the single fix of the single finding of `code` and returns the new text. */
function applyFix(text: string, code: string): { title: string; text: string } {
  const [finding] = findingsWithCode(text, code);
  const analysis = analyze(text);
  const fixes = insightFixes(finding, analysis.model!, TODAY);
  assert.equal(fixes.length, 1);
  const edit = computeEdit(text, analysis.doc, fixes[0].op);
  assert.ok(!('error' in edit), JSON.stringify(edit));
  return { title: fixes[0].title, text: text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length) };
}

describe('insight quick fixes', () => {
  it('review-due: sets reviewed to today, keeping the comment', () => {
    const fixed = applyFix(MAP, 'review-due');
    assert.equal(fixed.title, 'Set "reviewed: 2026-05-01"');
    assert.equal(fixed.text, MAP.replace('reviewed: 2025-01-01 # last workshop', 'reviewed: 2026-05-01 # last workshop'));
  });

  it('pain-without-opportunity on a stage: adds an opportunity stub to the stage, and the finding goes', () => {
    const fixed = applyFix(MAP, 'pain-without-opportunity');
    assert.equal(fixed.title, 'Add an opportunity to stage "Find"');
    assert.deepEqual(analyze(fixed.text).model!.stages[0].opportunities, ['TODO: an idea to improve this']);
    assert.deepEqual(findingsWithCode(fixed.text, 'pain-without-opportunity'), []);
    assert.ok(fixed.text.includes('pains: [Slow] # from interviews'));
  });

  it('negative-moment-of-truth: adds an opportunity stub to the touchpoint', () => {
    const fixed = applyFix(MAP, 'negative-moment-of-truth');
    assert.equal(fixed.title, 'Add an opportunity to touchpoint "Card payment"');
    assert.deepEqual(analyze(fixed.text).model!.stages[0].touchpoints![0].opportunities, ['TODO: an idea to improve this']);
    assert.deepEqual(findingsWithCode(fixed.text, 'negative-moment-of-truth'), []);
  });

  it('unowned-stage: adds an owner to the stage\'s first touchpoint', () => {
    const fixed = applyFix(MAP, 'unowned-stage');
    assert.equal(fixed.title, 'Add an owner to touchpoint "Card payment"');
    assert.equal(analyze(fixed.text).model!.stages[0].touchpoints![0].owner, 'TODO: owning team');
    assert.deepEqual(findingsOf(fixed.text).filter((p) => p.code === 'unowned-stage'), []);
  });
});
