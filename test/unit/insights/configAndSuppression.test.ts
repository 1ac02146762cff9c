/** cjm.config.yaml (severities, options, problems at exact ranges), # cjm-ignore, and the new format keys. */
import { strict as assert } from 'node:assert';
import { configFolders, parseInsightConfig } from '../../../src/core/insights/config';
import { INSIGHT_RULES } from '../../../src/core/insights/registry';
import { edit, expectOnly, spanOf } from '../core/analyzeTestKit';
import { expectFindings, expectNone, findingsOf } from './insightsTestKit';

const MAP = `cjm: 1
title: Shop
stages:
  - id: find
    name: Find
    pains: [Slow]
    touchpoints:
      - { id: ad, name: Search ad, owner: Web }
`;
const PAIN_MESSAGE = 'Stage "Find" lists 1 pain but no opportunities: add an idea to fix it under "opportunities:".';

describe('insights configuration', () => {
  it('uses each rule\'s default severity without a config', () => {
    expectFindings(MAP, 'pain-without-opportunity', [{ pattern: '«pains»', message: PAIN_MESSAGE, severity: 'info' }]);
  });

  it('sets a severity by a level or by { severity }, and off removes the rule', () => {
    expectFindings(MAP, 'pain-without-opportunity', [{ pattern: '«pains»', message: PAIN_MESSAGE, severity: 'error' }],
      { rules: { 'pain-without-opportunity': 'error' } });
    expectFindings(MAP, 'pain-without-opportunity', [{ pattern: '«pains»', message: PAIN_MESSAGE, severity: 'hint' }],
      { rules: { 'pain-without-opportunity': { severity: 'hint' } } });
    expectNone(MAP, 'pain-without-opportunity', { rules: { 'pain-without-opportunity': 'off' } });
  });

  it('parses a config file with no problems', () => {
    const text = 'rules:\n  pain-without-opportunity: off\n  conversion-drop: { severity: warning, min-conversion: 0.4 }\n';
    assert.deepEqual(parseInsightConfig(text), {
      config: { rules: { 'pain-without-opportunity': 'off', 'conversion-drop': { severity: 'warning', 'min-conversion': 0.4 } } },
      problems: [],
    });
  });

  it('reports an unknown rule, a bad severity, an unknown option and a bad option value at exact ranges, and keeps the good entries', () => {
    const text = 'rules:\n  emotion-dorp: off\n  unowned-stage: warn\n  review-due: { review-evry: 30 }\n  conversion-drop: { min-conversion: 2 }\n  persona-gap: error\n';
    const { config, problems } = parseInsightConfig(text);
    assert.deepEqual(config, { rules: { 'persona-gap': 'error' } });
    assert.deepEqual(problems.map((p) => ({ code: p.code, offset: p.offset, length: p.length, message: p.message, suggestion: p.suggestion })), [
      { code: 'unknown-key', ...spanOf(text, '«emotion-dorp»: off'), suggestion: 'emotion-drop',
        message: `Unknown rule "emotion-dorp". Allowed: ${INSIGHT_RULES.map((r) => r.code).join(', ')}. Did you mean "emotion-drop"?` },
      { code: 'invalid-value', ...spanOf(text, 'unowned-stage: «warn»'), suggestion: 'warning',
        message: 'The severity of "unowned-stage" cannot be text "warn". Allowed: off, hint, info, warning, error, or a mapping { severity, ...options }. Did you mean "warning"?' },
      { code: 'unknown-key', ...spanOf(text, '{ «review-evry»: 30 }'), suggestion: 'review-every',
        message: 'Unknown key "review-evry". Allowed: severity, review-every. Did you mean "review-every"?' },
      { code: 'invalid-value', ...spanOf(text, 'min-conversion: «2»'), suggestion: undefined,
        message: 'Option "min-conversion" of "conversion-drop" cannot be the number 2: Smallest share (0..1) of the earlier stage’s value a stage must keep; less is a conversion drop. Default 0.5.' },
    ]);
  });

  it('reports an unknown top-level key and YAML syntax errors', () => {
    const text = 'rule:\n  emotion-drop: off\n';
    assert.deepEqual(parseInsightConfig(text).problems.map((p) => [p.code, p.offset, p.length, p.message]),
      [['unknown-key', 0, 4, 'Unknown key "rule". Allowed: rules. Did you mean "rules"?']]);
    assert.equal(parseInsightConfig('rules: [').problems[0].code, 'yaml-syntax');
  });

  it('turns an alias bomb into a problem instead of throwing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    assert.deepEqual(parseInsightConfig(bomb).problems.map((p) => p.code), ['too-many-aliases']);
  });

  it('looks for the config in the map\'s folder, then each folder above', () => {
    assert.deepEqual(configFolders('/work/repo/maps/shop.cjm.yaml'), ['/work/repo/maps', '/work/repo', '/work', '/']);
    assert.deepEqual(configFolders('C:\\repo\\shop.cjm.yaml'), ['C:\\repo', 'C:']);
  });
});

describe('insights # cjm-ignore', () => {
  it('on the line before silences that code on the next line only', () => {
    const text = edit(MAP, '    pains: [Slow]\n', '    # cjm-ignore pain-without-opportunity\n    pains: [Slow]\n');
    expectNone(text, 'pain-without-opportunity');
    const twoLinesAbove = edit(MAP, '    name: Find\n', '    # cjm-ignore pain-without-opportunity\n    name: Find\n');
    expectFindings(twoLinesAbove, 'pain-without-opportunity', [{ pattern: '«pains»', message: PAIN_MESSAGE }]);
  });

  it('at the end of the offending line silences it; several codes may be listed, with a reason after --', () => {
    expectNone(edit(MAP, 'pains: [Slow]', 'pains: [Slow] # cjm-ignore unowned-stage, pain-without-opportunity -- known, ticket 12'), 'pain-without-opportunity');
  });

  it('does not silence another code, and a # inside quoted text is not a comment', () => {
    expectFindings(edit(MAP, 'pains: [Slow]', 'pains: [Slow] # cjm-ignore emotion-drop'), 'pain-without-opportunity',
      [{ pattern: '«pains»', message: PAIN_MESSAGE }]);
    expectFindings(edit(MAP, 'pains: [Slow]', 'pains: ["Slow # cjm-ignore pain-without-opportunity"]'), 'pain-without-opportunity',
      [{ pattern: '«pains»', message: PAIN_MESSAGE.replace('1 pain', '1 pain') }]);
  });

  it('warns about an unknown code at its range, with a did-you-mean', () => {
    const text = edit(MAP, 'pains: [Slow]', 'pains: [Slow] # cjm-ignore pain-without-oportunity');
    const unknown = findingsOf(text).filter((p) => p.code === 'unknown-insight-code');
    assert.deepEqual(unknown.map((p) => ({ offset: p.offset, length: p.length, severity: p.severity, message: p.message, suggestion: p.suggestion })), [{
      ...spanOf(text, '# cjm-ignore «pain-without-oportunity»'), severity: 'warning', suggestion: 'pain-without-opportunity',
      message: `Unknown insight code "pain-without-oportunity" in "# cjm-ignore". Insight codes: ${INSIGHT_RULES.map((r) => r.code).join(', ')}. Did you mean "pain-without-opportunity"?`,
    }]);
  });
});

describe('format keys for insights', () => {
  it('reviewed must be a date YYYY-MM-DD', () => {
    const text = 'cjm: 1\ntitle: Shop\nreviewed: 2026-13-01\nstages: []\n';
    expectOnly(text, 'invalid-value', 'reviewed: «2026-13-01»', '"reviewed" is not allowed here: a date written YYYY-MM-DD, e.g. 2026-01-31.');
  });

  it('better is higher or lower, with a did-you-mean', () => {
    const text = 'cjm: 1\ntitle: Shop\nstages:\n  - id: a\n    name: A\n    touchpoints: [{ id: t, name: T }]\n    metrics: [{ id: m, name: M, better: lowr }]\n';
    expectOnly(text, 'invalid-value', 'better: «lowr»', '"better" cannot be text "lowr". Allowed: higher, lower. Did you mean "lower"?');
  });
});
