import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  escapeHtml,
  escapeMarkdown,
  inlineCode,
  stripControls,
  terminalSafe,
} from '../../src/report/escape.js';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  it.each([
    ['@user please look', `@${ZWJ}user please look`],
    ['cc @org/team', `cc @${ZWJ}org/team`],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['[link](http://x)', `\\[link\\]\\(http:${ZWJ}//x\\)`],
    ['see https://evil.example/x', `see https:${ZWJ}//evil\\.example/x`],
    ['www.evil.example', `www${ZWJ}\\.evil\\.example`],
    ['--> end comment', '\\-\\-&gt; end comment'],
    ['a & b', 'a &amp; b'],
    ['```js\nalert(1)', '\\`\\`\\`js alert\\(1\\)'],
    ['# heading\n- item', '\\# heading \\- item'],
    ['*bold* _it_ ~~s~~ |t|', '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\|t\\|'],
    ['back\\slash', 'back\\\\slash'],
    ['ansi \u001b[31mred\u001b[0m', 'ansi \\[31mred\\[0m'],
  ])('%j', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});

describe('inlineCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a `tick` b', '``a `tick` b``'],
    ['``double``', '``` ``double`` ```'],
    ['`', '`` ` ``'],
    ['', '` `'],
    ['two\nlines', '`two lines`'],
  ])('%j → %j', (input, expected) => expect(inlineCode(input)).toBe(expected));
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('x ```` y\n```\nz')).toBe('`````text\nx ```` y\n```\nz\n`````');
    expect(codeBlock('plain\n\n')).toBe('```text\nplain\n```');
  });

  it('removes terminal controls and bidi overrides but keeps tabs and newlines', () => {
    expect(codeBlock('a\u001b[2J\tb\r\nc\u202Ed')).toBe('```text\na[2J\tb\ncd\n```');
  });

  it('can never be closed from inside (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'a', '\n', ' ', '~') }), (body) => {
        const block = codeBlock(body);
        const fence = /^`+/.exec(block)?.[0] ?? '';
        const inner = block.slice(block.indexOf('\n') + 1, block.length - fence.length);
        // No line of the body is a backtick run as long as the fence.
        for (const line of inner.split('\n')) expect(line.trim().startsWith(fence)).toBe(false);
      }),
    );
  });
});

describe('terminal text', () => {
  it('strips escape sequences and controls, flattening lines', () => {
    expect(terminalSafe('red \u001b[31mX\u001b[0m\u0007\tnext\nline\u009b')).toBe('red [31mX[0m next line');
    expect(stripControls('a\r\nb\u0000c')).toBe('a\nbc');
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that open tags and attributes', () => {
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('escapeMarkdown (property)', () => {
  it('leaves no raw HTML, link or mention syntax', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = escapeMarkdown(text);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC must not survive.
        expect(out).not.toMatch(/[<>\n\r\u001b]/);
        expect(out).not.toMatch(/(^|[^\\])[[\]()`]/);
        expect(out).not.toMatch(/@[^\u200D]/);
      }),
    );
  });
});
