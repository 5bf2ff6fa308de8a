// A removal edit (fix kind remove-write) in every surface: the comment's diff, the terminal's, the JSON
// contract and the GitHub suggestion (an empty suggestion over the removed lines), on the real Go 1.26
// log test/fixtures/scenarios-writers/logs/last-seen-annotation.log.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PullRequestDiff } from '../../src/deliver/pull-request.js';
import { suggestionsFor } from '../../src/deliver/suggestions.js';
import type { Report } from '../../src/model.js';
import { LocalSourceReader } from '../../src/repo/source-reader.js';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { triage } from '../../src/triage.js';
import { renderComment } from './one-section-comment.js';

const DIR = 'test/fixtures/scenarios-writers';
const SRC = `${DIR}/src`;
const FILE = 'pkg/controller/lastseen/controller.go';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const REPO_URL = 'https://github.com/Codertocat/Hello-World';
/** Every Go file of the module is searched for the key. */
const goFiles = readdirSync(SRC, { recursive: true }).filter((f) => String(f).endsWith('.go')).length;

async function report(): Promise<Report> {
  async function* input() {
    yield readFileSync(`${DIR}/logs/last-seen-annotation.log`);
  }
  return triage(input(), {
    modulePath: 'example.com/triage-writers',
    diagnose: { sources: new LocalSourceReader(SRC) },
  });
}

/** A pull request whose hunk covers lines `from`…`to` of the controller, reading `edit(line)` there. */
function diffCovering(
  from: number,
  to: number,
  edit: (n: number, text: string) => string = (_n, t) => t,
): PullRequestDiff {
  const lines = readFileSync(join(SRC, FILE), 'utf8').split('\n');
  const commentable = new Map<number, string>();
  for (let n = from; n <= to; n++) commentable.set(n, edit(n, lines[n - 1] ?? ''));
  return { commentable: new Map([[FILE, commentable]]), changed: new Map(), incomplete: false };
}

const BLOB = `${REPO_URL}/blob/${HEAD}`;
const link = (file: string, line: number) => `[\`${file}:${line}\`](${BLOB}/${file}#L${line})`;
const FIX =
  'Nothing reads this write: `node` is not sent to the API server or used after it in syncNode, and no code in ' +
  'the repository reads the `lastseen.example.com/last-seen` annotation \\(`lastSeenAnnotation`\\); its only ' +
  "effect is changing the informer cache's own Node\\. Remove the write and the nil check that only serves it " +
  '\\(if the value must be stored, DeepCopy the object and Update or Patch the copy\\)\\.';

describe('remove-write in every surface', () => {
  it('the comment says why and shows the removed lines as a diff at their first line', async () => {
    const md = renderComment(await report(), { headSha: HEAD, repoUrl: REPO_URL });
    expect(md).toContain(
      `**Fix:** ${FIX}\n\nThe change, at ${link(FILE, 71)}:\n\n\`\`\`diff\n` +
        '- if node.Annotations == nil {\n' +
        '-     node.Annotations = map[string]string{}\n' +
        '- }\n' +
        '- node.Annotations[lastSeenAnnotation] = c.now().UTC().Format(time.RFC3339Nano)\n```',
    );
    expect(md).toContain(
      `- ${link(FILE, 16)} \`const lastSeenAnnotation = "lastseen.example.com/last-seen"\`: the key ` +
        `lastSeenAnnotation \\(lastseen\\.example\\.com/last\\-seen\\): no other line of the repository's Go code reads it \\(${goFiles} files searched\\)`,
    );
    // The summary table names the fix kind.
    expect(md).toContain(' | remove the write | logs |');
  });

  it('the terminal shows the removed lines as - lines, in red when coloured', async () => {
    const r = await report();
    const lines = renderText(r, { color: false, width: 400 })
      .split('\n')
      .map((l) => l.trim());
    const at = lines.indexOf(`${FILE}:71`);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at, at + 5)).toEqual([
      `${FILE}:71`,
      '- if node.Annotations == nil {',
      '-     node.Annotations = map[string]string{}',
      '- }',
      '- node.Annotations[lastSeenAnnotation] = c.now().UTC().Format(time.RFC3339Nano)',
    ]);
    expect(renderText(r, { color: true, width: 400 })).toContain('\u001b[31m- }\u001b[39m');
  });

  it('the JSON contract carries the removed lines in edit.remove', async () => {
    const json = JSON.parse(renderJson(await report()));
    expect(json.findings[0].culprit.fixKind).toBe('remove-write');
    expect(json.findings[0].culprit.edit).toEqual({
      file: FILE,
      afterLine: 70,
      insert: [],
      remove: [
        '\tif node.Annotations == nil {',
        '\t\tnode.Annotations = map[string]string{}',
        '\t}',
        '\tnode.Annotations[lastSeenAnnotation] = c.now().UTC().Format(time.RFC3339Nano)',
      ],
    });
  });

  it('the review suggestion is an empty suggestion over the removed lines', async () => {
    const r = await report();
    const suggestions = await suggestionsFor(r.findings, diffCovering(60, 76), new LocalSourceReader(SRC));
    expect(suggestions).toEqual([
      {
        path: FILE,
        startLine: 71,
        line: 74,
        body:
          '**go-panic-triage** fixes the Map written while being iterated: `node` written at `controller.go:74`, ' +
          'medium confidence: the object comes from an informer lister \\(a pointer into the shared cache\\).\n\n' +
          `${FIX}\n\n\`\`\`suggestion\n\`\`\``,
      },
    ]);
  });

  it('no suggestion when a removed line is outside the hunks or reads otherwise at the head', async () => {
    const r = await report();
    const sources = new LocalSourceReader(SRC);
    expect(await suggestionsFor(r.findings, diffCovering(72, 76), sources)).toEqual([]);
    const changed = diffCovering(60, 76, (n, text) => (n === 73 ? '\t} // changed' : text));
    expect(await suggestionsFor(r.findings, changed, sources)).toEqual([]);
  });
});
