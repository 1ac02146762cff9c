/** Choosing the language and filling messages: tags from VS Code and the environment, placeholders, plurals, numbers. */
import { strict as assert } from 'node:assert';
import { environmentLocale, resolveLocale } from '../../../src/core/l10n/locales';
import { fillPlaceholders, translatorFor } from '../../../src/core/l10n/translate';

describe('l10n: locales', () => {
  it('resolves tags from VS Code and POSIX to a bundled language, English otherwise', () => {
    assert.deepEqual(['ru', 'pl-PL', 'lv_LV.UTF-8', 'EN-us', 'de', '', 'C', undefined].map(resolveLocale), ['ru', 'pl', 'lv', 'en', 'en', 'en', 'en', 'en']);
  });

  it('takes LC_ALL before LC_MESSAGES before LANG, skipping empty ones', () => {
    assert.equal(environmentLocale({ LC_ALL: '', LC_MESSAGES: 'pl_PL.UTF-8', LANG: 'ru_RU.UTF-8' }), 'pl');
    assert.equal(environmentLocale({ LC_ALL: 'lv_LV', LANG: 'ru_RU' }), 'lv');
    assert.equal(environmentLocale({ LANG: 'ru_RU.UTF-8' }), 'ru');
    assert.equal(environmentLocale({}), 'en');
  });
});

describe('l10n: translate', () => {
  it('fills numbered placeholders in any order and keeps one without a value', () => {
    assert.equal(fillPlaceholders('{1} before {0}, {0} again, {2}', ['a', 3]), '3 before a, a again, {2}');
  });

  it('keeps an unknown message in English with its values', () => {
    assert.equal(translatorFor('ru').t('No such message {0} in any bundle', 'x'), 'No such message x in any bundle');
  });

  it('chooses the English plural form by count when no bundle has the message', () => {
    const en = translatorFor('en');
    assert.equal(en.tPlural(1, '{0} item', '{0} items', 1), '1 item');
    assert.equal(en.tPlural(5, '{0} item', '{0} items', 5), '5 items');
  });

  it('writes numbers as each language does', () => {
    assert.equal(translatorFor('ru').formatNumber(6000).replace(/\s/g, ' '), '6 000');
    assert.equal(translatorFor('ru').formatNumber(59.6), '59,6');
    assert.equal(translatorFor('pl').formatNumber(12345.5).replace(/\s/g, ' '), '12 345,5');
    assert.equal(translatorFor('en').formatNumber(6000), '6,000');
  });
});
