import { describe, expect, it } from 'vitest';
import { refForVersion, tagOfVersion } from '../../src/repo/version-ref.js';

describe('tagOfVersion', () => {
  it.each([
    ['v1.4.2', 'v1.4.2'],
    ['v0.30.0-rc.1', 'v0.30.0-rc.1'],
    ['v2.3.0+incompatible', 'v2.3.0'],
    ['v0.0.0-20240101120000-abcdef123456', null],
    ['v1.2.4-0.20240101120000-abcdef123456', null],
    ['v1.2.4-pre.0.20240101120000-abcdef123456', null],
    ['latest', null],
    ['v1.2.3/../../x', null],
  ])('%s → %s', (version, tag) => expect(tagOfVersion(version)).toBe(tag));
});

describe('refForVersion', () => {
  const has = (tags: string[]) => (tag: string) => tags.includes(tag);
  it('links the release tag when the repository has it, else the head', () => {
    expect(refForVersion('v1.4.2', has(['v1.4.2']), 'abc123')).toBe('v1.4.2');
    expect(refForVersion('v1.4.2', has(['v1.4.1']), 'abc123')).toBe('abc123');
    expect(refForVersion('v0.0.0-20240101120000-abcdef123456', has([]), 'abc123')).toBe('abc123');
    expect(refForVersion(undefined, has(['v1.4.2']), 'abc123')).toBe('abc123');
  });
});
