// A write-write map fault on every surface: the other writer's fix is shown and suggested, not only the
// crashing writer's (real log: both controllers write the same cached Service's annotations).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PullRequestDiff } from '../../src/deliver/pull-request.js';
import { suggestionsFor } from '../../src/deliver/suggestions.js';
import type { Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { renderText } from '../../src/report/text.js';
import { triage } from '../../src/triage.js';
import { renderComment } from './one-section-comment.js';

const SRC = 'test/fixtures/scenarios/src';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const REPO_URL = 'https://github.com/Codertocat/Hello-World';
const BLOB = `${REPO_URL}/blob/${HEAD}`;
const files = ['pkg/controller/endpointslice/controller.go', 'pkg/controller/servicelb/controller.go'];

async function report(): Promise<Report> {
  async function* input() {
    yield readFileSync('test/fixtures/scenarios/logs/cache-mutation-write-write.log');
  }
  return triage(input(), {
    modulePath: 'example.com/triage-fixtures',
    diagnose: { sources: new LocalSourceReader(SRC) },
  });
}

/** A pull request whose hunks cover both controllers entirely. */
function bothFilesDiff(): PullRequestDiff {
  const commentable = new Map(
    files.map((file) => {
      const lines = readFileSync(join(SRC, file), 'utf8').split('\n');
      return [file, new Map(lines.map((text, i) => [i + 1, text]))] as const;
    }),
  );
  return { commentable, changed: new Map(), incomplete: false };
}

describe('write-write fault: every writer gets its fix', () => {
  it('the comment gives the other writer its own fix and diff', async () => {
    const md = renderComment(await report(), { headSha: HEAD, repoUrl: REPO_URL });
    const link = (file: string, line: number) => `[\`${file}:${line}\`](${BLOB}/${file}#L${line})`;
    expect(md).toContain(
      `**Also fix the other writer:** \`svc.Annotations[CleanupAnnotation] = strconv.Itoa(c.generation) // BUG: writes the shared cached object\` at ${link(files[1] ?? '', 58)} (\`svc\` from \`svc, ok := c.serviceLister.Get(namespace, name)\` at ${link(files[1] ?? '', 53)}). \`svc\` is the cache's own object \\(lister\\); copy it before changing it: \`svc = svc.DeepCopy()\` right after it is obtained, then mutate and send the copy \\(or use a Patch\\)\\.\n\nThe change:\n\n\`\`\`diff\n  svc, ok := c.serviceLister.Get(namespace, name)\n+ svc = svc.DeepCopy()\n\`\`\``,
    );
    // Said once: the other writer is no longer repeated as evidence above.
    expect(md.split(`${files[1]}#L58`)).toHaveLength(2);
  });

  it('the terminal lists the other writer with its fix and diff', async () => {
    const text = renderText(await report(), { color: false, width: 400 });
    const lines = text.split('\n').map((l) => l.trim());
    const also = lines.findIndex((l) => l.startsWith('also:') && l.includes('servicelb/controller.go:58'));
    expect(also).toBeGreaterThan(0);
    expect(lines.slice(also + 1, also + 5)).toEqual([
      "fix:      svc is the cache's own object (lister); copy it before changing it: svc = svc.DeepCopy() right after it is obtained, then mutate and send the copy (or use a Patch).",
      'pkg/controller/servicelb/controller.go:53',
      'svc, ok := c.serviceLister.Get(namespace, name)',
      '+ svc = svc.DeepCopy()',
    ]);
  });

  it('one review suggestion per writer', async () => {
    const r = await report();
    const suggestions = await suggestionsFor(r.findings, bothFilesDiff(), new LocalSourceReader(SRC));
    expect(suggestions.map((s) => `${s.path}:${s.line}`)).toEqual([
      'pkg/controller/endpointslice/controller.go:70',
      'pkg/controller/servicelb/controller.go:53',
    ]);
    expect(suggestions[1]?.body).toContain(
      '```suggestion\n\tsvc, ok := c.serviceLister.Get(namespace, name)\n\tsvc = svc.DeepCopy()\n```',
    );
    expect(suggestions[1]?.body).toContain(
      "`svc` is the cache's own object \\(lister\\); copy it before changing it: `svc = svc.DeepCopy()`",
    );
    expect(suggestions[0]?.body).toContain('`service = service.DeepCopy()`');
  });
});
