import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalSourceReader } from '../../src/repo/source-reader.js';

describe('LocalSourceReader', () => {
  const outside = mkdtempSync(join(tmpdir(), 'gpt-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'token');
  const root = mkdtempSync(join(tmpdir(), 'gpt-checkout-'));
  mkdirSync(join(root, 'pkg'));
  writeFileSync(join(root, 'pkg/x.go'), 'package pkg\n');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'pkg/leak.go'));
  symlinkSync('x.go', join(root, 'pkg/alias.go'));
  const reader = new LocalSourceReader(root);

  it('reads files of the checkout, and links that stay inside it', async () => {
    expect(await reader.read('pkg/x.go')).toBe('package pkg\n');
    expect(await reader.read('pkg/alias.go')).toBe('package pkg\n');
  });

  it('reads nothing outside it, by path or by link', async () => {
    expect(await reader.read('../secret.txt')).toBeNull();
    expect(await reader.read('/etc/hostname')).toBeNull();
    expect(await reader.read('pkg/../../secret.txt')).toBeNull();
    expect(await reader.read('pkg/leak.go')).toBeNull();
    expect(await reader.read('pkg/missing.go')).toBeNull();
  });
});
