/**
 * Map text inside Markdown and labels: whatever a map says, the rendered Markdown shows exactly that text and
 * holds no link, image, HTML, heading, list or code block of its own. The oracle is `marked`, the Markdown
 * renderer VS Code uses for hovers, not the escaper.
 */
import assert from 'node:assert/strict';
import { Marked } from 'marked';
import { codeSpan, escapeIconSyntax, escapeMarkdown } from '../../../src/core/markdownText';

const marked = new Marked({ gfm: true });

/** The HTML of one paragraph of Markdown. */
function render(markdown: string): string {
  return (marked.parse(markdown, { async: false }) as string).trim();
}

/** The text of rendered HTML with its entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const HOSTILE = [
  '[x](command:workbench.action.openSettings)',
  '[x](https://example.com "title")',
  '![img](https://example.com/a.png)',
  '<img src=x onerror=alert(1)>',
  '<a href="command:x">click</a>',
  '`a` ``b`` ```c```',
  '` [x](command:y) `',
  '**bold** _em_ ~~gone~~ *one*',
  '# heading',
  '- not a list',
  '+ not a list either',
  '> not a quote',
  '1. not a numbered list',
  '2) nor this',
  '===',
  '---',
  '- - -',
  'a | b | c',
  'AT&T &amp; &lt;b&gt; &#60;',
  'back\\slash \\[x](command:y)',
  '[ref]: command:z',
  '<command:x> <https://example.com> https://example.com/a_b www.example.com',
  'Кафе «Уют» 😄 — ok',
];

describe('escapeMarkdown', () => {
  for (const text of HOSTILE) {
    it(`renders ${JSON.stringify(text)} as exactly that text, in one paragraph, with no markup`, () => {
      const html = render(`**Name:** ${escapeMarkdown(text)}`);
      assert.equal(html, `<p><strong>Name:</strong> ${html.slice('<p><strong>Name:</strong> '.length)}`);
      assert.equal(textOf(html), `Name: ${text}`);
      assert.doesNotMatch(html.slice('<p><strong>Name:</strong>'.length, -'</p>'.length), /<(?!br)/, html);
    });

    it(`renders ${JSON.stringify(text)} as that text on a line of its own too`, () => {
      const html = render(escapeMarkdown(text));
      assert.match(html, /^<p>/, html);
      assert.equal(textOf(html), text);
      assert.doesNotMatch(html.slice('<p>'.length, -'</p>'.length), /</, html);
    });
  }

  it('keeps a table cell whole: pipes and line breaks do not split it', () => {
    const cell = escapeMarkdown('a | b\nc', '<br>');
    assert.equal(cell, 'a \\| b<br>c');
    const html = render(`| Name | Owner |\n| --- | --- |\n| ${cell} | me |`);
    assert.match(html, /<td>a \| b<br>c<\/td>\s*<td>me<\/td>/, html);
  });

  it('turns line breaks into spaces by default, whatever their kind', () => {
    assert.equal(escapeMarkdown('a\nb\r\nc\rd'), 'a b c d');
  });

  it('leaves plain words alone', () => {
    assert.equal(escapeMarkdown('e-commerce checkout, step 2.5 (fast)!'), 'e-commerce checkout, step 2.5 (fast)!');
    assert.equal(escapeMarkdown('+1 🙂'), '+1 🙂');
    assert.equal(escapeMarkdown('-1 rated'), '-1 rated');
  });
});

describe('codeSpan', () => {
  for (const text of ['search-ad', 'a`b', '`x`', 'a``b```c', '[x](command:y)', '<img src=x>', '']) {
    it(`shows ${JSON.stringify(text)} as one code span of exactly that text`, () => {
      const html = render(`Touchpoint ${codeSpan(text)} here`);
      const match = /^<p>Touchpoint <code>(.*)<\/code> here<\/p>$/s.exec(html);
      assert.ok(match, html);
      assert.equal(textOf(match[1]).trim(), text);
    });
  }
});

describe('escapeIconSyntax', () => {
  it('escapes every $( so a label shows it instead of an icon', () => {
    assert.equal(escapeIconSyntax('$(alert) Pay $(sync~spin)'), '\\$(alert) Pay \\$(sync~spin)');
    assert.equal(escapeIconSyntax('costs $5 (net)'), 'costs $5 (net)');
    assert.equal(escapeIconSyntax('two\nlines'), 'two lines');
  });
});
