import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES, ProgressLine } from '../../src/cli/progress.js';

describe('ProgressLine', () => {
  function setup() {
    const written: string[] = [];
    let now = 0;
    const line = new ProgressLine({ write: (s: string) => written.push(s) }, () => now);
    return { written, line, tick: (ms: number) => (now += ms) };
  }

  it('stays silent for small inputs', () => {
    const { written, line } = setup();
    line.update(PROGRESS_MIN_BYTES - 1, 3);
    line.clear();
    expect(written).toEqual([]);
  });

  it('redraws at most four times a second and clears itself', () => {
    const { written, line, tick } = setup();
    const mb = 1024 * 1024;
    tick(1000);
    line.update(10 * mb, 1);
    tick(100);
    line.update(11 * mb, 2);
    tick(200);
    line.update(12 * mb, 2);
    line.clear();
    expect(written).toEqual([
      '\r\u001b[K10.0 MB read, 10.0 MB/s, 1 crash so far',
      '\r\u001b[K12.0 MB read, 9.2 MB/s, 2 crashes so far',
      '\r\u001b[K',
    ]);
  });
});
