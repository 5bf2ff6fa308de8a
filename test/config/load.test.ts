import { describe, expect, it } from 'vitest';
import { isIgnored } from '../../src/config/ignore.js';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { Finding } from '../../src/model.js';

function problems(text: string): string[] {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('gives the defaults for an empty file or one holding only comments', () => {
    expect(parseConfig('')).toEqual(DEFAULT_CONFIG);
    expect(parseConfig('# nothing here\n')).toEqual(DEFAULT_CONFIG);
  });

  it('reads every setting', () => {
    const config = parseConfig(
      [
        'module: example.com/triage-fixtures',
        'path-mappings:',
        '  - from: /go/src/example.com/triage-fixtures/',
        '    to: ""',
        'shared-sources:',
        '  - call: GetCachedPod',
        '    kind: store',
        '    why: returns the pod cache entry itself',
        'ignore:',
        '  - kind: test-timeout',
        "  - test: 'TestFlaky*'",
        '    path: pkg/legacy/*',
        'comment: always',
        'suggestions: false',
        'max-findings: 3',
      ].join('\n'),
    );
    expect(config).toEqual({
      module: 'example.com/triage-fixtures',
      pathMappings: [{ from: '/go/src/example.com/triage-fixtures/', to: '' }],
      sharedSources: [{ call: 'GetCachedPod', kind: 'store', why: 'returns the pod cache entry itself' }],
      ignore: [{ kind: 'test-timeout' }, { test: 'TestFlaky*', path: 'pkg/legacy/*' }],
      comment: 'always',
      suggestions: false,
      maxFindings: 3,
    });
  });

  it('names the key and line of unknown keys, with a close match', () => {
    expect(problems('comment: always\ncoment: off\n')).toEqual([
      "line 2: 'coment' is not a known setting (did you mean 'comment'?)",
    ]);
    expect(problems('ignore:\n  - kind: panic\n  - tset: TestA\n')).toEqual([
      "line 3: 'ignore[1].tset' is not a known key (did you mean 'test'?)",
      "line 3: 'ignore[1]' needs at least one of id, kind, test, path, headline",
    ]);
  });

  it('names the key and line of wrong types and values', () => {
    expect(problems('suggestions: "yes"\nmax-findings: ten\ncomment: failures\n')).toEqual([
      'line 3: \'comment\' must be one of always, on-findings, off, not "failures"',
      'line 1: \'suggestions\' must be true or false, not "yes"',
      'line 2: \'max-findings\' must be a whole number from 1 to 100, not "ten"',
    ]);
    expect(problems('ignore:\n  kind: panic\n')).toEqual(["line 1: 'ignore' must be a list, not a mapping"]);
    expect(problems('ignore:\n  - kind: segfault\n')).toEqual([
      'line 2: \'ignore[0].kind\' must be one of concurrent-map-writes, concurrent-map-read-write, concurrent-map-iteration-write, concurrent-map-clone-write, data-race, cache-mutation, nil-map-write, nil-deref, test-timeout, closed-channel, deadlock, panic, not "segfault"',
    ]);
  });

  it('reports broken YAML with its line, and a non-mapping document', () => {
    expect(problems('comment: [always\n')[0]).toMatch(/^line \d+: /);
    expect(problems('- a\n- b\n')).toEqual(['the file must be a mapping of settings (key: value)']);
  });

  it('refuses an oversized file without parsing it', () => {
    expect(problems(`# ${'x'.repeat(70_000)}\n`)).toEqual(['larger than 65536 bytes']);
  });
});

describe('isIgnored', () => {
  const finding = {
    kind: 'test-timeout',
    headline: 'panic: test timed out after 2s',
    test: 'TestFlakySync',
    crashFrame: { func: 'f', file: '/x/pkg/legacy/gc.go', line: 3, repoPath: 'pkg/legacy/gc.go' },
  } as Finding;

  it('drops a finding when one rule matches every field it gives', () => {
    expect(isIgnored(finding, [{ kind: 'test-timeout' }])).toBe(true);
    expect(isIgnored(finding, [{ test: 'TestFlaky*', path: 'pkg/legacy/*' }])).toBe(true);
    expect(isIgnored(finding, [{ headline: 'timed out' }])).toBe(true);
  });

  it('keeps it otherwise; wildcards are anchored and literal elsewhere', () => {
    expect(isIgnored(finding, [{ kind: 'data-race' }, { test: 'TestFlaky', path: 'pkg/legacy/*' }])).toBe(
      false,
    );
    expect(isIgnored(finding, [{ path: 'pkg/legacy/g?.go' }])).toBe(false);
    expect(isIgnored({ ...finding, test: null }, [{ test: '*' }])).toBe(false);
  });
});
