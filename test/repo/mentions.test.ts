// The text search that proves a key is read nowhere: what counts as a mention, and when "none found"
// cannot be trusted (the search is incomplete).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions, withoutLineComment } from '../../src/repo/mentions.js';
import { LocalSourceReader, type SourceReader } from '../../src/repo/source-reader.js';

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gpt-mentions-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const needles = [{ text: 'example.com/seen' }, { text: 'seenKey', word: true }];

describe('findMentions', () => {
  it('drops line comments but keeps strings that hold //', () => {
    expect(withoutLineComment('x := m[seenKey] // seenKey')).toBe('x := m[seenKey] ');
    expect(withoutLineComment('u := "http://example.com/seen" // c')).toBe('u := "http://example.com/seen" ');
    expect(withoutLineComment("r := '/' // c")).toBe("r := '/' ");
    expect(withoutLineComment('s := `a//b`')).toBe('s := `a//b`');
  });

  it('finds the first mention of each needle outside the ignored lines, whole words for names', async () => {
    const root = repo({
      'a/a.go': 'package a\n\nconst seenKey = "example.com/seen"\n\nvar seenKeys = 1 // seenKey\n',
      'b/b.go': 'package b\n\nfunc f(m map[string]string) string { return m["example.com/seen"] }\n',
    });
    const search = await findMentions(
      new LocalSourceReader(root),
      needles,
      (p, l) => p === 'a/a.go' && l === 3,
    );
    expect(search).toEqual({
      complete: true,
      filesSearched: 2,
      mentions: [{ path: 'b/b.go', line: 3, needle: 'example.com/seen' }],
    });
  });

  it('is incomplete where not every file can be read: no scan (the contents API), or an unreadable file', async () => {
    const root = repo({ 'a/a.go': 'package a\n' });
    const local = new LocalSourceReader(root);
    const api: SourceReader = { read: (p) => local.read(p), listFiles: () => local.listFiles() };
    expect(await findMentions(api, needles, () => false)).toEqual({
      complete: false,
      incomplete: 'the source reader cannot read every file',
      filesSearched: 0,
      mentions: [],
    });
    const broken: SourceReader = { ...api, scan: async () => null };
    expect((await findMentions(broken, needles, () => false)).incomplete).toBe('a/a.go could not be read');
  });
});
