// Folds the non-crashing goroutines of a dump into buckets (panicparse's AnyPointer similarity:
// same state, same frames by func/file/line, same creator → one bucket), so a dump of a million
// goroutines costs as much memory as its distinct stacks, capped.
import type { Frame, Goroutine } from '../model.js';

export const MAX_BUCKETS = 1000;
/** Ids remembered per bucket; `count` keeps the true total. */
export const MAX_IDS_PER_BUCKET = 100;

function frameKey(frame: Frame): string {
  return `${frame.func}\u0000${frame.file}\u0000${frame.line}`;
}

function stackKey(g: Goroutine): string {
  const parts = [g.state, g.lockedToThread ? 'L' : '', g.elided ? 'E' : ''];
  for (const frame of g.frames) parts.push(frameKey(frame));
  parts.push(g.createdBy ? frameKey(g.createdBy) : '');
  return parts.join('\u0001');
}

export class GoroutineBuckets {
  private readonly buckets = new Map<string, Goroutine>();
  private omitted = 0;

  constructor(private readonly maxBuckets = MAX_BUCKETS) {}

  add(g: Goroutine): void {
    const key = stackKey(g);
    const bucket = this.buckets.get(key);
    if (bucket) {
      bucket.count += 1;
      if (bucket.ids && bucket.ids.length < MAX_IDS_PER_BUCKET) bucket.ids.push(g.id);
      // Different wait times fold into one bucket; keep the longest, the most telling one.
      if (g.waitMinutes !== undefined && (bucket.waitMinutes ?? -1) < g.waitMinutes) {
        bucket.waitMinutes = g.waitMinutes;
      }
      return;
    }
    if (this.buckets.size >= this.maxBuckets) {
      this.omitted += 1;
      return;
    }
    this.buckets.set(key, { ...g, count: 1, ids: [g.id] });
  }

  /** Buckets in first-seen order. */
  goroutines(): Goroutine[] {
    return [...this.buckets.values()];
  }

  get omittedGoroutines(): number {
    return this.omitted;
  }
}
