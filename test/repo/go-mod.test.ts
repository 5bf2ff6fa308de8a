import { describe, expect, it } from 'vitest';
import { modulePathFromGoMod } from '../../src/repo/go-mod.js';

describe('modulePathFromGoMod', () => {
  it.each([
    ['module example.com/triage-fixtures\n\ngo 1.19\n', 'example.com/triage-fixtures'],
    ['// comment\nmodule "example.com/quoted" // trailing\n', 'example.com/quoted'],
    ['module `example.com/raw`\n', 'example.com/raw'],
    ['go 1.21\nrequire x v1\n', null],
    ['', null],
  ])('%j → %s', (text, expected) => expect(modulePathFromGoMod(text)).toBe(expected));
});
