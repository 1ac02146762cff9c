/** Completion in cjm.config.yaml at the caret (marked |): what is suggested and what it replaces. */
import { strict as assert } from 'node:assert';
import { configCompletions } from '../../../src/core/insights/configCompletion';
import { INSIGHT_RULES } from '../../../src/core/insights/registry';

function at(marked: string): { labels: string[]; replaced: string } {
  const offset = marked.indexOf('|');
  const text = marked.replace('|', '');
  const { items, replace } = configCompletions(text, offset);
  return { labels: items.map((i) => i.label), replaced: text.slice(replace.offset, replace.offset + replace.length) };
}

const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

describe('cjm.config.yaml completion', () => {
  it('suggests rules at the top level', () => {
    assert.deepEqual(at('ru|'), { labels: ['rules'], replaced: 'ru' });
  });

  it('suggests every rule code under rules:, replacing the word typed so far', () => {
    assert.deepEqual(at('rules:\n  emo|tion\n'), { labels: INSIGHT_RULES.map((r) => r.code), replaced: 'emotion' });
  });

  it('suggests levels after a rule code and after severity:', () => {
    assert.deepEqual(at('rules:\n  emotion-drop: w|').labels, LEVELS);
    assert.deepEqual(at('rules:\n  emotion-drop:\n    severity: |').labels, LEVELS);
  });

  it('suggests severity and the rule\'s own options inside a rule, in block and flow style', () => {
    assert.deepEqual(at('rules:\n  conversion-drop:\n    |').labels, ['severity', 'min-conversion']);
    assert.deepEqual(at('rules:\n  review-due: { severity: info, |').labels, ['severity', 'review-every']);
    assert.deepEqual(at('rules:\n  review-due: { severity: |').labels, LEVELS);
    assert.deepEqual(at('rules:\n  review-due: { review-every: |').labels, []);
  });
});
