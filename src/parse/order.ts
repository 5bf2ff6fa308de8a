// Log-system exports are often sorted newest first (Kibana, Cloud Logging, Loki): a dump read bottom-up
// is garbage. When every line carries a timestamp and they run backwards, the lines are buffered and
// handed on in restored order; memory is bounded by MAX_BUFFERED_LINES / MAX_BUFFERED_CHARS (a
// reversed export longer than that is restored chunk by chunk, and flagged out of order). When lines
// run backwards but not every line has a timestamp, the order cannot be restored: the log is flagged.

/** Lines held while restoring a reversed export (a big crash dump is a few thousand lines). */
export const MAX_BUFFERED_LINES = 200_000;
/** Characters held while restoring (UTF-16 code units; about 64 MB at worst, 32 MB for ASCII). */
export const MAX_BUFFERED_CHARS = 32 * 1024 * 1024;

type State = 'probe' | 'reversed' | 'pass';

export class OrderRestorer {
  private state: State = 'probe';
  private texts: string[] = [];
  private numbers: number[] = [];
  private chars = 0;
  private last: string | undefined;
  private increases = 0;
  private decreases = 0;
  private restoredChunks = 0;
  private gaveUp = false;

  constructor(private readonly next: (text: string, no: number) => void) {}

  /** True while lines are held: every line must come through here to keep its place. */
  get buffering(): boolean {
    return this.texts.length > 0;
  }

  /** True when a newest-first export was put back in order. */
  get restored(): boolean {
    return this.restoredChunks > 0;
  }

  /**
   * True when the log's timestamps run backwards and the order could not be restored (some lines
   * had none, or the export was longer than the buffer).
   */
  get outOfOrder(): boolean {
    if (this.gaveUp || this.restoredChunks > 1) return true;
    return this.state === 'pass' && this.decreases >= 3 && this.decreases > this.increases;
  }

  push(text: string, no: number, time: string | undefined): void {
    if (time === undefined) {
      if (this.state === 'reversed') this.gaveUp = true;
      if (this.texts.length > 0) this.release(false);
      this.state = 'pass';
      this.next(text, no);
      return;
    }
    const last = this.last;
    this.last = time;
    const direction = last === undefined || time === last ? 0 : time > last ? 1 : -1;
    if (direction > 0) this.increases++;
    else if (direction < 0) this.decreases++;
    if (this.state === 'pass') {
      this.next(text, no);
      return;
    }
    if (this.state === 'probe' && direction > 0) {
      this.release(false);
      this.state = 'pass';
      this.next(text, no);
      return;
    }
    if (this.state === 'probe' && direction < 0) this.state = 'reversed';
    else if (this.state === 'reversed' && direction > 0) {
      // A second export after the first, or a clock step: restore what is held, probe again.
      this.release(true);
      this.state = 'probe';
    }
    this.texts.push(text);
    this.numbers.push(no);
    this.chars += text.length;
    if (this.texts.length >= MAX_BUFFERED_LINES || this.chars >= MAX_BUFFERED_CHARS) {
      this.release(this.state === 'reversed');
      if (this.state === 'probe') this.state = 'pass';
    }
  }

  end(): void {
    if (this.texts.length > 0) this.release(this.state === 'reversed');
  }

  private release(reverse: boolean): void {
    const { texts, numbers } = this;
    this.texts = [];
    this.numbers = [];
    this.chars = 0;
    if (reverse) {
      this.restoredChunks++;
      for (let i = texts.length - 1; i >= 0; i--) this.next(texts[i] as string, numbers[i] as number);
    } else {
      for (let i = 0; i < texts.length; i++) this.next(texts[i] as string, numbers[i] as number);
    }
  }
}
