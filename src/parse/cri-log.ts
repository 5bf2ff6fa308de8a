// Kubernetes container-runtime (CRI) logs split long lines into `P` (partial) records ended by an `F`
// (full) record of the same stream. This joins them back, per stream, within the line cap.
import type { CriRecord, CriStream } from './decorations.js';
import { MAX_LINE_LENGTH } from './lines.js';

interface PartialLine {
  pieces: string[];
  length: number;
  /** Line number of the latest piece, for a line flushed at the end of the input. */
  no: number;
}

export class CriJoiner {
  private readonly partials: Record<CriStream, PartialLine | undefined> = {
    stdout: undefined,
    stderr: undefined,
  };

  /** The completed line, or `undefined` while a partial line waits for its `F` record. */
  push(record: CriRecord, no: number): string | undefined {
    const partial = this.partials[record.stream];
    if (partial === undefined) {
      if (!record.partial) return record.content;
      this.partials[record.stream] = { pieces: [], length: 0, no };
      this.append(record.stream, record.content, no);
      return undefined;
    }
    this.append(record.stream, record.content, no);
    if (record.partial) return undefined;
    this.partials[record.stream] = undefined;
    return partial.pieces.join('');
  }

  /** Lines still waiting for an `F` record when the input ended, with their last line numbers. */
  drain(): { text: string; no: number }[] {
    const out: { text: string; no: number }[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      const partial = this.partials[stream];
      if (partial !== undefined) out.push({ text: partial.pieces.join(''), no: partial.no });
      this.partials[stream] = undefined;
    }
    return out;
  }

  private append(stream: CriStream, content: string, no: number): void {
    const partial = this.partials[stream] as PartialLine;
    partial.no = no;
    const room = MAX_LINE_LENGTH - partial.length;
    if (room <= 0 || content.length === 0) return;
    const kept = content.length > room ? content.slice(0, room) : content;
    partial.pieces.push(kept);
    partial.length += kept.length;
  }
}
