// Projects a parsed Fault onto the fields the fixture table asserts (see expected-fixtures.ts).
import type { Fault, Frame } from '../../../src/model.js';
import type { ExpectedFault } from './expected-fixtures.js';

const MODULE = 'example.com/triage-fixtures/';

function isModuleFrame(frame: Frame): boolean {
  return (
    (frame.func.startsWith(MODULE) || frame.func.startsWith('main.')) && !frame.file.endsWith('_testmain.go')
  );
}

export function project(fault: Fault): ExpectedFault {
  const out: ExpectedFault = { kind: fault.kind, headline: fault.headline };
  if (fault.test !== undefined) out.test = fault.test;
  if (fault.package !== undefined) out.package = fault.package;
  if (fault.panicChain) out.panicChain = fault.panicChain;
  if (fault.signal !== undefined) out.signal = fault.signal;
  if (fault.runningTests) out.runningTests = fault.runningTests;
  if (fault.crashing) {
    const first = fault.crashing.frames[0];
    out.crashing = {
      id: fault.crashing.id,
      state: fault.crashing.state,
      first: first ? [first.func, first.file, first.line] : ['', '', 0],
      frames: fault.crashing.frames.length,
    };
    out.goroutines = 1 + fault.others.reduce((n, g) => n + g.count, 0) + (fault.omittedGoroutines ?? 0);
  }
  if (fault.accesses) {
    out.accesses = fault.accesses.map((a) => {
      const m = a.frames.find(isModuleFrame);
      return [a.op, a.previous, a.goroutineId, m?.func ?? null, m?.file ?? null, m?.line ?? null];
    });
    const seen = new Set<number>();
    out.createdAt = [];
    for (const a of fault.accesses) {
      const c = a.createdAt?.[0];
      if (!c || seen.has(a.goroutineId)) continue;
      seen.add(a.goroutineId);
      out.createdAt.push([a.goroutineId, a.goroutineState ?? '', c.func, c.line]);
    }
  }
  return out;
}
