// A map fault dumps every goroutine (real dumps reach gigabytes): the crashing goroutine is kept whole,
// the others fold into buckets of identical stacks, and every count stays bounded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Goroutine } from '../../../src/model.js';
import { GoroutineBuckets } from '../../../src/parse/bucket.js';
import { parseText } from '../../../src/parse/index.js';
import { LOGS_123, readLog } from './helpers.js';

/**
 * The real Go 1.23 write-write dump with its non-crashing goroutine blocks repeated `times` times, each
 * copy renumbered as a real dump numbers its goroutines.
 */
function amplifiedDump(times: number): { text: string; blocks: number } {
  const text = readLog(LOGS_123, 'cache-mutation-write-write.log');
  const blocks = text.split('\n\n');
  const [head = '', crashing = '', ...others] = blocks;
  const copies: string[] = [];
  let id = 1000;
  for (let i = 0; i < times; i++) {
    for (const block of others) copies.push(block.replace(/^goroutine \d+ /, () => `goroutine ${id++} `));
  }
  return { text: [head, crashing, ...copies].join('\n\n'), blocks: others.length };
}

describe('bucketing', () => {
  test('thousands of goroutines sharing stacks make a few buckets with the right counts', () => {
    const { text, blocks } = amplifiedDump(5000);
    const { faults } = parseText(text);
    expect(faults).toHaveLength(1);
    const fault = faults[0];
    expect(fault?.kind).toBe('concurrent-map-writes');
    expect(fault?.crashing?.id).toBe(5);
    expect(fault?.others.map((g) => [g.state, g.count, g.frames[0]?.func])).toEqual([
      ['runnable', 5000, 'example.com/triage-fixtures/pkg/util/workqueue.(*Type).Add'],
      ['chan receive', 5000, 'example.com/triage-fixtures/pkg/controller/endpointslice.(*Controller).Run'],
      ['chan receive', 5000, 'example.com/triage-fixtures/pkg/controller/servicelb.(*Controller).Run'],
      ['runnable', 5000, 'sync.runtime_notifyListWait'],
    ]);
    expect(blocks).toBe(4);
    for (const g of fault?.others ?? []) expect(g.ids).toHaveLength(100);
    expect(fault?.others[0]?.ids?.slice(0, 3)).toEqual([1000, 1004, 1008]);
  });

  test('distinct stacks beyond the bucket cap are counted, not kept', () => {
    const buckets = new GoroutineBuckets(3);
    const base: Goroutine = { id: 1, state: 'select', frames: [], count: 1 };
    for (let line = 1; line <= 10; line++) {
      buckets.add({ ...base, id: line, frames: [{ func: 'main.loop', file: '/src/main.go', line }] });
    }
    expect(buckets.goroutines().map((g) => g.frames[0]?.line)).toEqual([1, 2, 3]);
    expect(buckets.omittedGoroutines).toBe(7);
  });
});

test('a hostile stack of 20,000 frames keeps 200 and counts the rest', () => {
  const text = readFileSync(
    fileURLToPath(new URL('../../fixtures/go-programs/deep-stack-panic/output-go1.19.log', import.meta.url)),
    'utf8',
  );
  const lines = text.split('\n');
  // Lines 4-5 are one real frame (function line + file line) of the deep goroutine; repeat it.
  const frame = lines.slice(3, 5);
  const hostile = [
    ...lines.slice(0, 3),
    ...Array.from({ length: 20_000 }, () => frame).flat(),
    ...lines.slice(3),
  ];
  const { faults } = parseText(hostile.join('\n'));
  expect(faults[0]?.crashing?.frames).toHaveLength(200);
  expect(faults[0]?.crashing?.omittedFrames).toBe(20_000 + 99 - 200);
});
