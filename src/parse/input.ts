// The input layer of the parser: bytes in any chunks → clean, numbered log lines. It removes what CI
// systems and people wrap around Go output (timestamps, ANSI, CRI records, Markdown, viewer line
// numbers, GitHub markers) and unwraps `go test -json` and JSON log records, so the fault state
// machine sees the lines the Go runtime printed. Bounded memory, linear time, never throws on input.
import { isAscii } from 'node:buffer';
import { CriJoiner } from './cri-log.js';
import {
  cleanTerminalText,
  keepAfterLastCarriageReturn,
  mayBeMarkdown,
  parseCriRecord,
  readWorkflowCommand,
  stripAnsi,
  stripGithubMarker,
  trimTrailingCarriageReturns,
  unwrapMarkdown,
} from './decorations.js';
import { GutterStripper, mayHaveGutter } from './gutter.js';
import { expandJsonLogRecord, readLogTextRecord } from './json-log.js';
import { LineSplitter } from './lines.js';
import { keepsKlogHeader, logPrefixOf } from './log-prefix.js';
import { OrderRestorer } from './order.js';
import { TestJsonUnwrapper } from './test-json.js';

export interface LogLine {
  /** The line's text with CI decorations removed and no line terminator. */
  text: string;
  /** 1-based line number in the input (for `go test -json`, the number of the event line that completed it). */
  no: number;
  /** From `go test -json` events (Package / Test fields), or undefined for plain text. */
  package?: string;
  test?: string;
}

/** Receives a line's fields one by one (see `LineReader.withSink`). */
export type LineSink = (text: string, no: number, pkg: string | undefined, test: string | undefined) => void;

/** Timestamp layers stripped from one line at most (a runner timestamp before a `kubectl` one, …). */
const MAX_PREFIX_LAYERS = 4;

export class LineReader {
  private readonly decoder = new TextDecoder('utf-8');
  private readonly splitter = new LineSplitter((raw) => this.onRawLine(raw));
  private readonly gutter = new GutterStripper((text, no) => this.onUnframedLine(text, no));
  private readonly cri = new CriJoiner();
  private readonly order = new OrderRestorer((text, no) => this.onContentLine(text, no));
  private readonly testJson = new TestJsonUnwrapper((text, no, pkg, test) =>
    this.onTestOutput(text, no, pkg, test),
  );
  private bytes = 0;
  private lineNo = 0;
  /** The decoder may hold the start of a multi-byte character from the last byte chunk. */
  private decoding = false;
  /**
   * The decoder has produced text since it was created or flushed: its byte-order-mark check is
   * behind it. Until then every byte chunk goes through it, so a BOM is dropped exactly as before.
   */
  private decoderStarted = false;
  /** The last byte chunk the decoder saw ended in a non-ASCII byte: it may hold half a character. */
  private decoderMayHold = false;
  /** The line being split may hold `\r` or ESC (see `feed`). */
  private lineMayBeDirty = false;
  private carryDirty = false;

  private sink: LineSink;

  constructor(onLine: (line: LogLine) => void) {
    this.sink = (text, no, pkg, test) => onLine({ text, no, package: pkg, test });
  }

  /** A reader that hands each line's fields to `sink`: no `LogLine` object per line on the hot path. */
  static withSink(sink: LineSink): LineReader {
    const reader = new LineReader(() => {});
    reader.sink = sink;
    return reader;
  }

  push(chunk: Uint8Array | string): void {
    let text: string;
    if (typeof chunk === 'string') {
      this.bytes += utf8Length(chunk);
      // A string after bytes: whatever half character the decoder holds will never complete.
      text = this.decoding ? this.decoder.decode() + chunk : chunk;
      this.decoding = false;
      this.decoderStarted = false;
      this.decoderMayHold = false;
    } else {
      this.bytes += chunk.byteLength;
      text = this.decodeBytes(chunk);
      this.decoding = true;
    }
    this.feed(text);
  }

  /**
   * Decodes a byte chunk in stream mode. Logs are mostly ASCII, and an ASCII chunk read as Latin-1 is
   * the same text several times faster than the streaming UTF-8 decoder; it is only safe when the
   * decoder holds nothing (no half character, BOM check done), which then stays true.
   */
  private decodeBytes(chunk: Uint8Array): string {
    if (this.decoderStarted && !this.decoderMayHold && chunk.byteLength > 0 && isAscii(chunk)) {
      return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    }
    const text = this.decoder.decode(chunk, { stream: true });
    if (text.length > 0) this.decoderStarted = true;
    if (chunk.byteLength > 0) this.decoderMayHold = (chunk[chunk.byteLength - 1] as number) >= 0x80;
    return text;
  }

  /** Flushes what is pending (a last line without newline, unfinished JSON Output buffers). */
  end(): { bytes: number; lines: number } {
    if (this.decoding) {
      this.decoding = false;
      this.decoderStarted = false;
      this.decoderMayHold = false;
      const rest = this.decoder.decode();
      if (rest.length > 0) this.feed(rest);
    }
    this.lineMayBeDirty = this.carryDirty;
    this.splitter.flush();
    this.gutter.end();
    for (const partial of this.cri.drain()) this.order.push(partial.text, partial.no, undefined);
    this.order.end();
    this.testJson.end(this.lineNo);
    return { bytes: this.bytes, lines: this.lineNo };
  }

  /** Whether a newest-first export was restored, or the log looks out of order (see order.ts). */
  get ordering(): { restored: boolean; outOfOrder: boolean } {
    return { restored: this.order.restored, outOfOrder: this.order.outOfOrder };
  }

  private feed(text: string): void {
    // Lines from a chunk without `\r` or ESC need no terminal clean-up; a line that started in an
    // earlier chunk inherits that chunk's verdict through `carryDirty`.
    const dirty = text.indexOf('\r') !== -1 || text.indexOf('\x1b') !== -1;
    this.lineMayBeDirty = dirty || this.carryDirty;
    this.splitter.push(text);
    this.carryDirty = this.splitter.pending > 0 && this.lineMayBeDirty;
  }

  /** Stage 1: terminal debris and the wrapping added when a log is copied (Markdown, gutter). */
  private onRawLine(raw: string): void {
    const no = ++this.lineNo;
    let text = raw;
    if (this.lineMayBeDirty) {
      // ANSI first, so that `text\r\x1b[K` (return, then erase) keeps its text.
      text = trimTrailingCarriageReturns(stripAnsi(raw));
    }
    // Most lines are plain Go output: nothing to unwrap, so skip every stage.
    if (
      !this.gutter.engaged &&
      !this.order.buffering &&
      startsPlain(text) &&
      (!this.lineMayBeDirty || text.indexOf('\r') === -1)
    ) {
      this.sink(text, no, undefined, undefined);
      return;
    }
    // Step logs downloaded from GitHub start with a byte-order mark (the decoder drops only the first
    // of a byte input); joined into one input, the others appear mid-stream.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (mayBeMarkdown(text)) {
      const unwrapped = unwrapMarkdown(text);
      if (unwrapped === null) return;
      text = unwrapped;
    }
    if (this.gutter.engaged || mayHaveGutter(text)) this.gutter.push(text, no);
    else this.onUnframedLine(text, no);
  }

  /**
   * Stage 2: prefixes written on every line by the CI system, the container runtime or a log system
   * (timestamps, klog headers, journald, `kubectl --prefix`, Compose, JSON records of one line each),
   * then the order of a newest-first export.
   */
  private onUnframedLine(line: string, no: number): void {
    this.unprefix(line, no, undefined, true);
  }

  /**
   * Cuts the prefixes of one line (the outermost timestamp is the line's time); a one-line JSON record
   * hands its text back here once, for the prefixes inside it.
   */
  private unprefix(line: string, no: number, outerTime: string | undefined, records: boolean): void {
    let text = line;
    let time = outerTime;
    for (let layer = 0; layer < MAX_PREFIX_LAYERS; layer++) {
      const prefix = logPrefixOf(text);
      if (prefix === undefined) break;
      time ??= prefix.time;
      const rest = text.slice(prefix.length);
      if (prefix.klog && keepsKlogHeader(rest)) break;
      text = rest;
      const record = prefix.time === undefined ? undefined : parseCriRecord(text);
      if (record !== undefined) {
        const joined = this.cri.push(record, no);
        if (joined === undefined) return;
        text = joined;
      }
    }
    if (records && text.charCodeAt(0) === 0x7b /* { */) {
      const record = readLogTextRecord(text);
      if (record !== undefined) {
        for (const content of record.lines) this.unprefix(content, no, time ?? record.time, false);
        return;
      }
    }
    this.order.push(text, no, time);
  }

  /** Stage 3: progress overwrites, GitHub markers and workflow commands, then JSON. */
  private onContentLine(line: string, no: number): void {
    const text = keepAfterLastCarriageReturn(line);
    const c = text.charCodeAt(0);
    if (c === 0x23 /* # */) {
      const message = stripGithubMarker(text);
      if (message !== null) this.emit(message, no, undefined, undefined);
      return;
    }
    if (c === 0x3a /* : */) {
      const messages = readWorkflowCommand(text);
      if (messages === null) return;
      if (messages !== undefined) {
        for (const message of messages) this.emit(message, no, undefined, undefined);
        return;
      }
    }
    if (c === 0x7b /* { */ && this.testJson.handle(text, no)) return;
    this.emit(text, no, undefined, undefined);
  }

  /** An output line of a `go test -json` event: only terminal clean-up and JSON log records apply. */
  private onTestOutput(text: string, no: number, pkg: string | undefined, test: string | undefined): void {
    this.emit(cleanTerminalText(text), no, pkg, test);
  }

  /** Stage 4: a line of program output, expanded if it is a JSON log record. */
  private emit(text: string, no: number, pkg: string | undefined, test: string | undefined): void {
    if (
      text.charCodeAt(0) === 0x7b /* { */ &&
      expandJsonLogRecord(text, (line) => this.sink(line, no, pkg, test))
    )
      return;
    this.sink(text, no, pkg, test);
  }
}

/**
 * What a line's first character says, one table lookup per line: `PLAIN` (no decoration can start
 * with it), `DECORATION`: digits (timestamps, gutters), `>` `<` `` ` `` `~` (Markdown), `#` `:`
 * (GitHub), `{` (JSON), `[` (kubectl); `INDENT` (a space: fences and gutters may follow); `UPPER` (a
 * klog header or a month); `LOWER` (a Compose service name).
 */
const PLAIN = 0;
const DECORATION = 1;
const INDENT = 2;
const UPPER = 3;
const LOWER = 4;
const FIRST_CHAR = new Uint8Array(128);
for (const c of '0123456789><`~#:{[') FIRST_CHAR[c.charCodeAt(0)] = DECORATION;
FIRST_CHAR[0x20] = INDENT;
for (let c = 0x41; c <= 0x5a; c++) FIRST_CHAR[c] = UPPER;
for (let c = 0x61; c <= 0x7a; c++) FIRST_CHAR[c] = LOWER;

/** True when no decoration can start this line; empty and non-ASCII starts take the full path. */
function startsPlain(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c < 0x80)) return false;
  switch (FIRST_CHAR[c]) {
    case PLAIN:
      return true;
    case INDENT: {
      // Indented: only a fence, a `<details>` or a gutter matters, and only after up to 8 spaces.
      let i = 1;
      while (i < 8 && text.charCodeAt(i) === 0x20) i++;
      const first = text.charCodeAt(i);
      return first !== 0x60 && first !== 0x7e && first !== 0x3c && !(first >= 0x30 && first <= 0x39);
    }
    case UPPER: {
      // A klog header has a digit second (its line takes the full path at once); a month name
      // (Kibana, journald) a space fourth.
      const d = text.charCodeAt(1);
      if (d >= 0x30 && d <= 0x39) return false;
      return text.charCodeAt(3) !== 0x20 || logPrefixOf(text) === undefined;
    }
    case LOWER:
      return logPrefixOf(text) === undefined;
    default:
      return false;
  }
}

/** UTF-8 size of a string chunk, for the byte count (lone surrogates count as the 3-byte U+FFFD). */
function utf8Length(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair is two code units and four bytes.
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
