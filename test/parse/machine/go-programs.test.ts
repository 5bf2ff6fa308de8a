// Formats the scenario fixtures lack, from the small programs under test/fixtures/go-programs/ (their
// real output is committed next to them).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseText } from '../../../src/parse/index.js';

const PROGRAMS = fileURLToPath(new URL('../../fixtures/go-programs/', import.meta.url));
const DEEP = '/work/main/test/fixtures/go-programs/deep-stack-panic/main.go';

function parseProgramOutput(path: string) {
  return parseText(readFileSync(PROGRAMS + path, 'utf8'));
}

describe('client-go mutation detector', () => {
  test('two altered pods and the panic make one cache-mutation fault', () => {
    const { faults, stats } = parseProgramOutput('cache-mutation-detector/output.log');
    expect(stats.truncated).toBe(false);
    expect(faults).toHaveLength(1);
    const [fault] = faults;
    expect(fault?.kind).toBe('cache-mutation');
    expect(fault?.headline).toBe('panic: cache *v1.Pod modified');
    expect(fault?.cacheMutation).toEqual({
      objectType: '*v1.Pod',
      indexes: [1, 3],
      changedFields: ['Status.Phase', 'Status.Ready', 'ObjectMeta.Labels'],
    });
    expect(fault?.span).toEqual({ start: 1, end: 72 });
    expect(fault?.crashing?.id).toBe(18);
    expect(fault?.crashing?.frames[0]?.func).toBe(
      'example.com/cache-mutation-detector/internal/cache.(*defaultCacheMutationDetector).CompareObjects',
    );
    expect(fault?.crashing?.frames[0]?.line).toBe(79);
    expect(fault?.crashing?.createdBy?.func).toBe('main.main');
  });
});

describe('deep stacks and the other goroutines', () => {
  test('Go 1.23: 50 + `...52 frames elided...` + 50, created by … in goroutine 1', () => {
    const { faults } = parseProgramOutput('deep-stack-panic/output-go1.23.log');
    expect(faults).toHaveLength(1);
    const fault = faults[0];
    expect(fault?.kind).toBe('panic');
    expect(fault?.headline).toBe('panic: too deep: 0');
    const crashing = fault?.crashing;
    expect(crashing?.id).toBe(22);
    expect(crashing?.frames).toHaveLength(100);
    expect(crashing?.elided).toBe(true);
    expect(crashing?.frames[0]).toEqual({ func: 'main.descend', file: DEEP, line: 16 });
    expect(crashing?.frames[99]).toEqual({ func: 'main.main.func1', file: DEEP, line: 39 });
    expect(crashing?.createdBy).toEqual({ func: 'main.main', file: DEEP, line: 38 });
    expect(crashing?.parentId).toBe(1);
    expect(
      fault?.others.map((g) => [g.state, g.count, g.ids, g.lockedToThread ?? false, g.frames[0]?.func]),
    ).toEqual([
      ['sleep', 1, [1], false, 'time.Sleep'],
      ['chan receive', 1, [18], true, 'main.lockedWaiter'],
      ['chan receive', 3, [19, 20, 21], false, 'main.waiter'],
    ]);
    expect(fault?.others[2]?.frames[0]?.inlined).toBe(true);
    expect(fault?.others[2]?.parentId).toBe(1);
  });

  test('Go 1.19: the first 99 frames, no marker, created by without parent', () => {
    const { faults } = parseProgramOutput('deep-stack-panic/output-go1.19.log');
    expect(faults).toHaveLength(1);
    const crashing = faults[0]?.crashing;
    expect(crashing?.frames).toHaveLength(99);
    expect(crashing?.elided).toBeUndefined();
    expect(crashing?.createdBy?.func).toBe('main.main');
    expect(crashing?.parentId).toBeUndefined();
    expect(faults[0]?.others.map((g) => [g.state, g.count])).toEqual([
      ['sleep', 1],
      ['chan receive', 1],
      ['chan receive', 3],
    ]);
  });
});

describe('races with the main goroutine and a finished goroutine', () => {
  for (const version of ['go1.19', 'go1.23']) {
    test(version, () => {
      const { faults } = parseProgramOutput(`race-sections/output-${version}.log`);
      const main = '/work/main/test/fixtures/go-programs/race-sections/main.go';
      expect(
        faults.map((f) =>
          f.accesses?.map((a) => [
            a.op,
            a.previous,
            a.goroutineId,
            a.frames.map((fr) => `${fr.func}:${fr.line}`),
            a.goroutineState,
            a.createdAt?.map((fr) => `${fr.func}:${fr.line}`),
          ]),
        ),
      ).toEqual([
        [
          ['read', false, 1, ['main.main:26'], undefined, undefined],
          ['write', true, 7, ['main.bump:19'], 'finished', ['main.main:24']],
        ],
        [
          ['write', false, 9, ['main.main.func1:32'], 'running', ['main.main:31']],
          ['write', true, 1, ['main.main:35'], undefined, undefined],
        ],
      ]);
      expect(faults[0]?.accesses?.[0]?.frames[0]?.file).toBe(main);
      expect(faults.map((f) => [f.kind, f.headline, f.span])).toEqual([
        ['data-race', 'WARNING: DATA RACE', { start: 1, end: 14 }],
        ['data-race', 'WARNING: DATA RACE', { start: 16, end: 29 }],
      ]);
    });
  }
});

test('maps.Clone racing a write (Go 1.23): concurrent-map-clone-write, generic inlined frame', () => {
  const { faults } = parseProgramOutput('map-clone-write/output-go1.23.log');
  expect(faults).toHaveLength(1);
  expect(faults[0]?.kind).toBe('concurrent-map-clone-write');
  expect(faults[0]?.headline).toBe('fatal error: concurrent map clone and map write');
  expect(faults[0]?.crashing?.frames).toEqual([
    { func: 'maps.clone', file: '/usr/lib/go-1.23/src/runtime/map.go', line: 1618 },
    { func: 'maps.Clone[...]', file: '/usr/lib/go-1.23/src/maps/maps.go', line: 55, inlined: true },
    { func: 'main.main', file: '/work/main/test/fixtures/go-programs/map-clone-write/main.go', line: 25 },
  ]);
  expect(faults[0]?.others.map((g) => [g.id, g.state, g.parentId])).toEqual([[6, 'runnable', 1]]);
});

describe('a panic raised while another unwinds', () => {
  for (const version of ['go1.19', 'go1.23']) {
    test(`${version}: the first panic line is the cause and names the kind`, () => {
      const { faults } = parseProgramOutput(`nested-panic/output-${version}.log`);
      expect(
        faults.map((f) => [f.kind, f.headline, f.panicChain, f.crashing?.frames.map((fr) => fr.func)]),
      ).toEqual([
        [
          'nil-map-write',
          'panic: assignment to entry in nil map',
          ['panic: assignment to entry in nil map', 'panic: cleanup failed'],
          ['main.register.func1', 'panic', 'main.register', 'main.main'],
        ],
      ]);
    });
  }
});

describe('race reports cut by another process writing to the same log (Go 1.26)', () => {
  // The detector writes the rule, `WARNING: DATA RACE`, its newline, `Write at 0x… by ` and `goroutine N:`
  // in separate write(2) calls; the chatter child's lines land between them (see race-interleaved/README.md).
  test('all 8 reports are read, with both accesses and their goroutines', () => {
    const { faults, stats } = parseProgramOutput('race-interleaved/output-go1.26.log');
    expect(stats.truncated).toBe(false);
    const lines = (f: (typeof faults)[number]) =>
      f.accesses?.map((a) => [
        a.op,
        a.previous,
        a.goroutineId,
        a.frames[0]?.func,
        a.frames[0]?.line,
        a.goroutineState,
        a.createdAt?.[0]?.func,
      ]);
    expect(faults.map((f) => [f.kind, f.headline])).toEqual(
      Array.from({ length: 8 }, () => ['data-race', 'WARNING: DATA RACE']),
    );
    // report i: the write of field i (main.go:25+i) against the read of all fields (main.go:36)
    expect(faults.map(lines)).toEqual(
      Array.from({ length: 8 }, (_, i) => [
        ['write', false, 10, 'main.write', 25 + i, 'running', 'main.main'],
        ['read', true, 11, 'main.read', 36, 'finished', 'main.main'],
      ]),
    );
  });

  test('the gaps and cuts are really in the log', () => {
    const text = readFileSync(`${PROGRAMS}race-interleaved/output-go1.26.log`, 'utf8');
    expect(text).toMatch(/^==================\nI0000 chatter\.go:1\] progress \d+\nWARNING: DATA RACE\n/m);
    expect(text).toMatch(/^WARNING: DATA RACEI0000 chatter\.go:1\] progress \d+\n/m);
    expect(text).toMatch(
      /^(Previous read|Write) at 0x[0-9a-f]+ by I0000 chatter\.go:1\] progress \d+\ngoroutine \d+:\n/m,
    );
  });
});

describe('Go 1.24+ swiss maps: a full small map is a concurrent map write', () => {
  for (const version of ['go1.24', 'go1.26']) {
    test(`${version}: small map with no empty slot`, () => {
      const { faults } = parseProgramOutput(`small-map-full/output-${version}.log`);
      expect(
        faults.map((f) => [
          f.kind,
          f.headline,
          f.crashing?.frames.map((fr) => `${fr.func} ${fr.file}:${fr.line}`),
        ]),
      ).toEqual([
        [
          'concurrent-map-writes',
          'fatal error: small map with no empty slot (concurrent map writes?)',
          [
            `internal/runtime/maps.fatal runtime/panic.go:${version === 'go1.24' ? 1058 : 1181}`,
            // Go 1.24 kept the swiss map in files named *_swiss.go (the old map was still a GOEXPERIMENT)
            `internal/runtime/maps.(*Map).putSlotSmallFastStr internal/runtime/maps/runtime_faststr${version === 'go1.24' ? '_swiss' : ''}.go:246`,
            'main.main.func1 example.com/small-map-full/main.go:21',
          ],
        ],
      ]);
    });
  }
});
