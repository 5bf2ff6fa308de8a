// The terminal report: one block per finding under the same headline the comment shows, the user's
// own frames first, the rest folded into a count, the fix as a diff. Lines wrap at the terminal's
// width with a hanging indent, so a 400-column source line stays readable; a long report ends with
// its one-line summary, where the reader's eyes are when the command returns.
import type { Culprit, Finding, Frame, OtherWriter, RaceAccess, Report } from '../model.js';
import { type Paint, painter } from './color.js';
import { terminalSafe as safe } from './escape.js';
import { accessTitle, counted, creationSite, displayFile, isOwnCode, shortFunc } from './frames.js';
import { editDiff, editLine } from './markdown.js';
import {
  CLEAN_TITLE,
  confidenceText,
  culpritVerb,
  findingsSummary,
  isHang,
  isSharedWrite,
  orderNote,
  PARTIAL_NOTE,
  plainTitle,
  sourceWords,
} from './titles.js';
import { blamedGoroutine, blockedGroups, waitText } from './waits.js';

export interface TextOptions {
  color: boolean;
  /** Columns to wrap at; 80 when not given (not a terminal). */
  width?: number;
}

/** Own-code frames listed per stack before the rest are folded too. */
const MAX_LISTED_FRAMES = 12;
/** A report longer than this many lines repeats its summary at the end. */
const LONG_REPORT_LINES = 40;
const DEFAULT_WIDTH = 80;
/** Narrower than this, a hanging indent leaves no room for text: wrap without one. */
const MIN_TEXT_COLUMNS = 20;

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const width = Math.max(MIN_TEXT_COLUMNS * 2, options.width ?? DEFAULT_WIDTH);
  const { findings, stats } = report;
  const size = `${stats.bytes} bytes, ${counted(stats.lines, 'line')}`;
  if (findings.length === 0) {
    return `${paint('green', CLEAN_TITLE)} (${size}${orderText(stats)})\n`;
  }
  const truncated = `${stats.truncated ? ', log truncated' : ''}${orderText(stats)}`;
  const summary = findingsSummary(findings);
  const out = [`${paint('bold', summary)} in ${size}${truncated}`];
  findings.forEach((finding, i) => {
    out.push('', ...findingBlock(finding, i + 1, paint));
  });
  const lines = out.flatMap((line) => wrap(line, width));
  if (lines.length > LONG_REPORT_LINES) lines.push('', paint('bold', summary));
  return `${lines.join('\n')}\n`;
}

const LABEL = 13; // `   culprit:  ` — where every value starts

function labelled(
  label: string,
  value: string,
  paint: Paint,
  style: 'bold' | 'magenta' | 'green' = 'bold',
): string {
  const text = `${label}:`.padEnd(LABEL - 3);
  return `   ${paint(style, text)}${value}`;
}

/** `, the log looks out of order …`: how the input's line order was read. */
function orderText(stats: Report['stats']): string {
  const note = orderNote(stats);
  return note === undefined ? '' : `, ${note}`;
}

function findingBlock(finding: Finding, n: number, paint: Paint): string[] {
  const lines = [`${paint('bold', `${n}.`)} ${paint('red', safe(plainTitle(finding)))}`];
  if (finding.kind !== 'data-race') lines.push(labelled('log', safe(finding.headline), paint));
  const altered = finding.fault.cacheMutation?.changedFields ?? [];
  if (altered.length > 0) lines.push(labelled('altered', safe(altered.join(', ')), paint));
  if (finding.fault.partial) lines.push(`   ${paint('yellow', PARTIAL_NOTE)}`);
  const accesses = finding.fault.accesses;
  if (finding.kind === 'data-race' && accesses) {
    for (const access of accesses) lines.push(...accessBlock(access, paint));
  } else {
    const crash = finding.crashFrame;
    const label = isHang(finding.kind) ? 'waits' : finding.kind === 'cache-mutation' ? 'noticed' : 'crashed';
    const g = isHang(finding.kind) ? blamedGoroutine(finding) : undefined;
    const state = g && g.state !== 'running' ? `  ${paint('dim', `[${safe(waitText(stateOf(g)))}]`)}` : '';
    lines.push(
      labelled(
        label,
        crash ? `${frameLine(crash, paint)}${state}` : paint('dim', 'outside your code'),
        paint,
      ),
    );
    // The stack below the crash frame: the crash frame itself is the line above.
    const below = crash ? finding.frames.slice(finding.frames.indexOf(crash) + 1) : finding.frames;
    const skipped = crash ? finding.frames.indexOf(crash) : 0;
    lines.push(...stackLines('stack', below, paint, Math.max(0, skipped)));
  }
  if (isHang(finding.kind)) lines.push(...blockedBlock(finding, paint));
  // Lines the access stacks already show: the evidence does not repeat them.
  const shown = new Set<string>();
  for (const access of accesses ?? []) {
    const top = access.frames.find(isOwnCode);
    const site = creationSite(access);
    for (const f of [top, site]) if (f) shown.add(`${displayFile(f)}:${f.line}`);
  }
  if (finding.culprit) lines.push(...culpritLines(finding, finding.culprit, paint, shown));
  else if (finding.culpritReason && isSharedWrite(finding.kind)) {
    lines.push(labelled('culprit', paint('dim', safe(finding.culpritReason)), paint, 'magenta'));
  }
  lines.push(
    labelled('id', `${finding.id}  ${paint('dim', `(silence it: ignore: [{id: "${finding.id}"}])`)}`, paint),
  );
  return lines;
}

function stateOf(g: { state: string; waitMinutes?: number }) {
  return { state: g.state, ...(g.waitMinutes !== undefined && { minutes: g.waitMinutes }) };
}

function blockedBlock(finding: Finding, paint: Paint): string[] {
  const groups = blockedGroups(finding);
  if (groups.length === 0) return [];
  const out = [
    labelled('blocked', `${groups.reduce((s, g) => s + g.count, 0)} goroutines of the repository:`, paint),
  ];
  for (const g of groups) {
    const who = g.count > 1 ? `${g.count}×` : `#${g.ids[0]}`;
    const inside = g.waitsIn ? ` in ${safe(shortFunc(g.waitsIn))}` : '';
    out.push(
      `     ${who} ${paint('dim', `[${safe(waitText(g))}]`)}${inside} at ${frameLine(g.frame, paint)}`,
    );
  }
  return out;
}

function accessBlock(access: RaceAccess, paint: Paint): string[] {
  const lines = [`   ${paint('yellow', accessTitle(access))}:`];
  lines.push(...stackLines('', access.frames, paint, 0));
  const site = creationSite(access);
  if (site) lines.push(`     ${paint('dim', 'goroutine created at')} ${frameLine(site, paint)}`);
  return lines;
}

/**
 * The stack's own frames, each on its line (under `label`, or indented for a race access), and one
 * count for everything else (`skipped` frames above the listed ones count as folded too).
 */
function stackLines(label: string, frames: Frame[], paint: Paint, skipped: number): string[] {
  const own = frames.filter(isOwnCode);
  const listed = own.slice(0, MAX_LISTED_FRAMES);
  const first = label ? labelled(label, '', paint) : '     ';
  const indent = label ? ' '.repeat(LABEL) : '     ';
  const lines = listed.map((f, i) => `${i === 0 ? first : indent}${frameLine(f, paint)}`);
  const folded = frames.length - listed.length + skipped;
  if (folded > 0) {
    const note = `+ ${counted(folded, 'library frame')}${own.length > listed.length ? ' and more of yours' : ''}`;
    lines.push(`${lines.length === 0 ? first : indent}${paint('dim', note)}`);
  }
  return lines;
}

function frameLine(frame: Frame, paint: Paint): string {
  const version = frame.version ? ` at ${safe(frame.version)}` : '';
  return `${paint('cyan', `${safe(displayFile(frame))}:${frame.line}`)}${version}  ${safe(shortFunc(frame.func))}`;
}

function culpritLines(finding: Finding, culprit: Culprit, paint: Paint, shown: Set<string>): string[] {
  const { mutation, objectSource } = culprit;
  const changed = culprit.inDiff ? paint('bold', '  (this change touches that line)') : '';
  const lines = [
    labelled(
      'culprit',
      `${paint('cyan', `${safe(mutation.file)}:${mutation.line}`)}  ${culpritVerb(finding.kind)} ${safe(
        mutation.variable,
      )}${changed}`,
      paint,
      'magenta',
    ),
    `${' '.repeat(LABEL)}${paint('dim', safe(confidenceText(culprit, finding.kind, { diff: false })))}`,
  ];
  if (culprit.excerpt) {
    const { startLine, lines: code } = culprit.excerpt;
    const width = String(startLine + code.length - 1).length;
    code.forEach((text, i) => {
      const n = startLine + i;
      const number = paint('dim', String(n).padStart(width));
      const marker = n === mutation.line ? paint('magenta', '>') : ' ';
      lines.push(`${' '.repeat(LABEL)}${marker}${number}  ${safe(text.replace(/\t/g, '    '))}`);
    });
  } else lines.push(`${' '.repeat(LABEL)}${safe(mutation.code)}`);
  shown.add(`${mutation.file}:${mutation.line}`);
  if (objectSource && !shown.has(`${objectSource.file}:${objectSource.line}`)) {
    shown.add(`${objectSource.file}:${objectSource.line}`);
    const words =
      objectSource.kind === 'other' ? '' : `  ${paint('dim', `← ${sourceWords(objectSource.kind)}`)}`;
    lines.push(
      labelled(
        'from',
        `${paint('cyan', `${safe(objectSource.file)}:${objectSource.line}`)}  ${safe(objectSource.code)}${words}`,
        paint,
      ),
    );
  }
  // The other writers of a write-write fault are listed with their own fix below.
  for (const o of culprit.otherWriters ?? []) shown.add(`${o.mutation.file}:${o.mutation.line}`);
  const evidence = culprit.evidence.filter((e) => !shown.has(`${e.file}:${e.line}`));
  evidence.forEach((e, i) => {
    const code = e.code ? `  ${safe(e.code)}` : '';
    const value = `${paint('cyan', `${safe(e.file)}:${e.line}`)}${code}  ${paint('dim', `← ${safe(e.note)}`)}`;
    lines.push(i === 0 ? labelled('evidence', value, paint) : `${' '.repeat(LABEL)}${value}`);
  });
  for (const c of culprit.writerCandidates?.slice(1) ?? []) {
    lines.push(
      labelled(
        'also',
        `${paint('cyan', `${safe(c.mutation.file)}:${c.mutation.line}`)}  ${safe(c.mutation.code)}  ${paint(
          'dim',
          `(${safe(c.why.join('; '))})`,
        )}`,
        paint,
      ),
    );
  }
  if (culprit.writerSearch) {
    const s = culprit.writerSearch;
    const skipped = s.skipped.length ? `; skipped: ${s.skipped.join(', ')}` : '';
    lines.push(
      labelled(
        'search',
        paint(
          'dim',
          safe(
            `inferred by searching the repository: ${s.filesListed} Go files listed, ${s.filesScanned} scanned, ${s.filesParsed} parsed${skipped}`,
          ),
        ),
        paint,
      ),
    );
  }
  lines.push(labelled('fix', safe(culprit.suggestion.replace(/`/g, '')), paint, 'green'));
  lines.push(...fixDiff(culprit, paint));
  // A write-write fault's other writers each need their own fix.
  for (const other of culprit.otherWriters ?? []) {
    const { mutation: m } = other;
    lines.push(
      labelled('also', `${paint('cyan', `${safe(m.file)}:${m.line}`)}  ${safe(m.code)}`, paint),
      labelled('fix', safe(other.suggestion.replace(/`/g, '')), paint, 'green'),
      ...fixDiff(other, paint),
    );
  }
  return lines;
}

function fixDiff(fix: Culprit | OtherWriter, paint: Paint): string[] {
  const diff = editDiff(fix);
  if (!diff || !fix.edit) return [];
  const lines = [`${' '.repeat(LABEL)}${paint('dim', `${safe(fix.edit.file)}:${editLine(fix.edit)}`)}`];
  for (const line of diff.split('\n')) {
    const text = safe(line);
    const styled = line.startsWith('+')
      ? paint('green', text)
      : line.startsWith('-')
        ? paint('red', text)
        : text;
    lines.push(`${' '.repeat(LABEL)}${styled}`);
  }
  return lines;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences are what is measured around.
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/**
 * One line wrapped at `width` columns: breaks at spaces, continuation lines indented to where the
 * line's value starts (its label's end, or its own indent); a word longer than a line stays whole
 * on a line of its own (a path must stay clickable). Colour codes
 * take no columns; a colour open across a break simply continues on the next line.
 */
export function wrap(line: string, width: number): string[] {
  if (visibleLength(line) <= width) return [line];
  const plain = line.replace(ANSI, '');
  const label = /^(\s*(?:\d+\.\s|[a-z]+:\s+))/.exec(plain)?.[1] ?? /^\s*/.exec(plain)?.[0] ?? '';
  const hang = label.length <= width - MIN_TEXT_COLUMNS ? ' '.repeat(label.length) : '';
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  const limit = () => width - (out.length === 0 ? 0 : hang.length);
  // Tokens: runs of spaces, words, and colour codes (zero width).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the colour codes tokenized here.
  for (const token of line.match(/\u001b\[[0-9;]*m|[ ]+|[^ \u001b]+/g) ?? []) {
    const w = token.startsWith('\u001b') ? 0 : token.length;
    // A label keeps its first word beside it, however long.
    const labelOnly = out.length === 0 && currentWidth <= label.length && token.trim() !== '';
    if (currentWidth + w <= limit() || w === 0 || labelOnly) {
      current += token;
      currentWidth += w;
      continue;
    }
    if (token.trim() === '') {
      // A break at spaces drops them.
      out.push(current);
      current = '';
      currentWidth = 0;
      continue;
    }
    // The word starts a new line; one longer than a line stays whole (a path must stay clickable).
    if (currentWidth > 0) out.push(current.trimEnd());
    current = token;
    currentWidth = w;
  }
  if (current.trim() !== '' || out.length === 0) out.push(current);
  return out.map((l, i) => (i === 0 ? l : `${hang}${l.replace(/^ +/, '')}`));
}
