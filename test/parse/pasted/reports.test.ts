// What a pasted fragment and a scrambled line order look like at the end of the pipeline: the JSON field,
// the words in the text and Markdown reports, and the stats. Real logs, transformed (TRANSFORMATIONS.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';
import { renderJson } from '../../../src/report/json.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderText } from '../../../src/report/text.js';
import { triage } from '../../../src/triage.js';
import { logLines } from '../../support/paste-transforms.js';

const LOG = readFileSync(
  fileURLToPath(
    new URL(
      '../../fixtures/scenarios/logs/cache-mutation-write-write-gotraceback-system.log',
      import.meta.url,
    ),
  ),
  'utf8',
);
const MODULE = 'example.com/triage-fixtures';

/** The terminal report wraps at its width: compare its words. */
function words(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

/** From `runtime.mapassign_faststr(…)` on: no headline, no goroutine header, `runtime.fatal` cut away. */
function fragment(): string {
  const lines = logLines(LOG);
  return `${lines.slice(lines.findIndex((l) => l.startsWith('runtime.mapassign_faststr('))).join('\n')}\n`;
}

describe('a fragment', () => {
  test('is a partial finding in JSON, text and Markdown', async () => {
    const report = await triage(once(fragment()), { modulePath: MODULE });
    expect(report.findings.map((f) => [f.kind, f.crashFrame?.func, f.crashFrame?.line])).toEqual([
      [
        'concurrent-map-writes',
        'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).syncService',
        78,
      ],
    ]);
    const json = JSON.parse(renderJson(report));
    expect(json.findings[0].partial).toBe(true);
    expect(words(renderText(report, { color: false }))).toContain(
      'partial: the log holds only part of this crash',
    );
    expect(renderMarkdown(report)).toContain('- **Partial:** the log holds only part of this crash');
  });

  test('the clean log has no partial field', async () => {
    const report = await triage(once(LOG), { modulePath: MODULE });
    expect(JSON.parse(renderJson(report)).findings[0].partial).toBeUndefined();
  });

  test('a logged debug.Stack() (no crash sign) stays a non-finding', () => {
    // The crashing goroutine's own frames, below `runtime.fatal` and the map frame: a plain stack.
    const lines = logLines(LOG);
    const from = lines.findIndex((l) =>
      l.startsWith('example.com/triage-fixtures/pkg/controller/endpointslice.'),
    );
    const plain = ['goroutine 5 [running]:', ...lines.slice(from, from + 10)].join('\n');
    expect(parseText(plain).faults).toEqual([]);
  });
});

describe('line order', () => {
  const stamped = logLines(LOG).map(
    (line, i) => `${new Date(Date.UTC(2021, 4, 26, 22, 55, 28) + i * 5).toISOString()} ${line}`,
  );

  test('a newest-first export is read in restored order, and the reports say so', async () => {
    const report = await triage(once(`${[...stamped].reverse().join('\n')}\n`), { modulePath: MODULE });
    expect(report.stats.reordered).toBe(true);
    expect(report.stats.outOfOrder).toBeUndefined();
    expect(report.findings.map((f) => f.headline)).toEqual(['fatal error: concurrent map writes']);
    expect(words(renderText(report, { color: false }))).toContain('newest-first log put back in order');
  });

  test('reversed lines that are not all timestamped are flagged out of order', async () => {
    // Every other line lost its timestamp: the order cannot be restored.
    const mixed = stamped.map((line, i) => (i % 2 === 0 ? line : line.slice(25))).reverse();
    const report = await triage(once(`${mixed.join('\n')}\n`), { modulePath: MODULE });
    expect(report.stats.outOfOrder).toBe(true);
    expect(words(renderText(report, { color: false }))).toContain(
      'the log looks out of order (newest first?)',
    );
    expect(renderMarkdown(report)).toContain('_The log looks out of order \\(newest first?\\)._');
  });

  test('an export in order is left alone', async () => {
    const report = await triage(once(`${stamped.join('\n')}\n`), { modulePath: MODULE });
    expect(report.stats.reordered).toBeUndefined();
    expect(report.stats.outOfOrder).toBeUndefined();
    expect(report.findings.map((f) => f.headline)).toEqual(['fatal error: concurrent map writes']);
  });
});
