// A one-line progress meter on stderr for big logs: redrawn in place with \r, cleared when done.

export interface ProgressSink {
  write(text: string): unknown;
}

/** Below this, reading is quick enough that a meter would only flicker. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
const REDRAW_MS = 250;
const MB = 1024 * 1024;

export class ProgressLine {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** Called after every chunk; draws at most every REDRAW_MS, and only once the input is large. */
  update(bytes: number, faults: number): void {
    if (bytes < PROGRESS_MIN_BYTES) return;
    const t = this.now();
    if (this.drawn && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    const seconds = Math.max((t - this.started) / 1000, 0.001);
    const rate = bytes / MB / seconds;
    const crashes = faults === 1 ? 'crash' : 'crashes';
    this.sink.write(
      `\r\u001b[K${(bytes / MB).toFixed(1)} MB read, ${rate.toFixed(1)} MB/s, ${faults} ${crashes} so far`,
    );
  }

  /** Erases the line, if one was drawn, so the report starts on a clean terminal. */
  clear(): void {
    if (this.drawn) this.sink.write('\r\u001b[K');
    this.drawn = false;
  }
}
