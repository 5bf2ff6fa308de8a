// parseUnifiedDiff: new-side added/modified lines per repo-relative path, from git diffs and PR patches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/repo/diff.js';

const lines = (changed: Map<string, Set<number>>) =>
  Object.fromEntries([...changed].map(([path, set]) => [path, [...set].sort((a, b) => a - b)]));

describe('parseUnifiedDiff', () => {
  it('reads added and modified lines of a git diff, with a/ b/ prefixes', () => {
    const diff = [
      'diff --git a/pkg/controller/endpointslice/controller.go b/pkg/controller/endpointslice/controller.go',
      'index 1111111..2222222 100644',
      '--- a/pkg/controller/endpointslice/controller.go',
      '+++ b/pkg/controller/endpointslice/controller.go',
      '@@ -68,7 +68,8 @@ func (c *Controller) syncService(key string) error {',
      ' \tnamespace, name, _ := strings.Cut(key, "/")',
      ' \tservice, ok := c.serviceLister.Get(namespace, name)',
      '-\tif !ok {',
      '+\tif !ok || service == nil {',
      '+\t\t// gone',
      ' \t\treturn nil',
      ' \t}',
      ' \tif c.copyBeforeWrite {',
      '-\t\t// removed',
      '+\t\tservice = service.DeepCopy()',
    ].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual({
      'pkg/controller/endpointslice/controller.go': [70, 71, 75],
    });
  });

  it('follows renames and new files, ignores deleted files and no-newline markers', () => {
    const diff = [
      'diff --git a/old/name.go b/new/name.go',
      'similarity index 90%',
      'rename from old/name.go',
      'rename to new/name.go',
      '--- a/old/name.go',
      '+++ b/new/name.go',
      '@@ -1,2 +1,2 @@',
      ' package x',
      '-var a = 1',
      '+var a = 2',
      '\\ No newline at end of file',
      'diff --git a/added.go b/added.go',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/added.go',
      '@@ -0,0 +1,2 @@',
      '+package x',
      '+-- not a header',
      'diff --git a/gone.go b/gone.go',
      'deleted file mode 100644',
      '--- a/gone.go',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-package x',
    ].join('\r\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual({ 'new/name.go': [2], 'added.go': [1, 2] });
  });

  it('reads a PR file patch without headers when given its path', () => {
    const patch = '@@ -10,3 +10,4 @@ func f() {\n a()\n+b()\n c()\n d()';
    expect(lines(parseUnifiedDiff(patch, 'pkg/f.go'))).toEqual({ 'pkg/f.go': [11] });
  });

  it('counts hunk lines, so a removed "--- x" line is not a file header', () => {
    const diff = ['--- a/f.go', '+++ b/f.go', '@@ -1,2 +1,2 @@', '--- x', '+++ y', ' z'].join('\n');
    expect(lines(parseUnifiedDiff(diff))).toEqual({ 'f.go': [1] });
  });

  it('refuses paths outside the repository', () => {
    const diff = ['--- a/../../etc/passwd', '+++ b/../../etc/passwd', '@@ -1 +1 @@', '-a', '+b'].join('\n');
    expect(parseUnifiedDiff(diff).size).toBe(0);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const changed = parseUnifiedDiff(text);
        for (const set of changed.values()) for (const n of set) expect(Number.isSafeInteger(n)).toBe(true);
      }),
    );
  });
});
