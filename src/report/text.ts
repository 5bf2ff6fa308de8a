// The terminal report: one block per finding, the user's own frames first, the rest folded into a count.
import type { Culprit, Finding, Frame, RaceAccess, Report } from '../model.js';
import { type Paint, painter } from './color.js';
import { terminalSafe as safe } from './escape.js';
import { accessTitle, counted, creationSite, displayFile, isOwnCode, shortFunc } from './frames.js';
import { culpritVerb, orderNote, PARTIAL_NOTE } from './titles.js';

export interface TextOptions {
  color: boolean;
}

/** Own-code frames listed per stack before the rest are folded too. */
const MAX_LISTED_FRAMES = 12;

export function renderText(report: Report, options: TextOptions): string {
  const paint = painter(options.color);
  const { findings, stats } = report;
  const size = `${stats.bytes} bytes, ${counted(stats.lines, 'line')}`;
  if (findings.length === 0) {
    return `${paint('green', 'go-panic-triage: no crashes found')} (${size}${orderText(stats)})\n`;
  }
  const truncated = `${stats.truncated ? ', log truncated' : ''}${orderText(stats)}`;
  const out = [
    `${paint('bold', `go-panic-triage: ${counted(findings.length, 'finding')}`)} (${counted(stats.faults, 'fault')} in ${size}${truncated})`,
  ];
  findings.forEach((finding, i) => {
    out.push('', ...findingBlock(finding, i + 1, paint));
  });
  return `${out.join('\n')}\n`;
}

/** `, the log looks out of order …`: how the input's line order was read. */
function orderText(stats: Report['stats']): string {
  const note = orderNote(stats);
  return note === undefined ? '' : `, ${note}`;
}

function findingBlock(finding: Finding, n: number, paint: Paint): string[] {
  const times = finding.occurrences > 1 ? ` ×${finding.occurrences}` : '';
  const lines = [
    `${paint('bold', `${n}.`)} ${paint('red', finding.kind)}${paint('bold', times)} ${paint('dim', `[${finding.id}]`)}`,
    `   ${paint('bold', safe(finding.headline))}`,
  ];
  if (finding.fault.partial) lines.push(`   ${paint('yellow', PARTIAL_NOTE)}`);
  if (finding.test !== null) lines.push(`   test:     ${safe(finding.test)}`);
  lines.push(
    `   crash:    ${finding.crashFrame ? frameLine(finding.crashFrame, paint) : paint('dim', 'no frame')}`,
  );
  const accesses = finding.fault.accesses;
  if (finding.kind === 'data-race' && accesses) {
    for (const access of accesses) lines.push(...accessBlock(access, paint));
  } else {
    lines.push(...stackLines('   stack:    ', finding.frames, paint));
  }
  if (finding.culprit) lines.push(...culpritLines(finding.culprit, culpritVerb(finding.kind), paint));
  else if (finding.culpritReason) lines.push(`   culprit:  ${paint('dim', safe(finding.culpritReason))}`);
  return lines;
}

function accessBlock(access: RaceAccess, paint: Paint): string[] {
  const lines = [`   ${paint('yellow', accessTitle(access))}:`];
  lines.push(...stackLines('     ', access.frames, paint));
  const site = creationSite(access);
  if (site) lines.push(`     ${paint('dim', 'goroutine created at')} ${frameLine(site, paint)}`);
  return lines;
}

/** The stack's own frames, each on its line under `label`, and one count for everything else. */
function stackLines(label: string, frames: Frame[], paint: Paint): string[] {
  const own = frames.filter(isOwnCode);
  const listed = own.slice(0, MAX_LISTED_FRAMES);
  const indent = ' '.repeat(label.length);
  const lines = listed.map((f, i) => `${i === 0 ? label : indent}${frameLine(f, paint)}`);
  const folded = frames.length - listed.length;
  if (folded > 0) {
    const note = `+ ${counted(folded, 'frame')} (runtime, stdlib, dependencies${
      own.length > listed.length ? ', more of yours' : ''
    })`;
    lines.push(`${lines.length === 0 ? label : indent}${paint('dim', note)}`);
  }
  return lines;
}

function frameLine(frame: Frame, paint: Paint): string {
  const version = frame.version ? ` at ${safe(frame.version)}` : '';
  return `${paint('cyan', `${safe(displayFile(frame))}:${frame.line}`)}${version}  ${safe(shortFunc(frame.func))}`;
}

function culpritLines(culprit: Culprit, verb: string, paint: Paint): string[] {
  const { mutation, objectSource } = culprit;
  const guess = culprit.confidence < 0.5 ? ' (a guess)' : '';
  const changed = culprit.inDiff ? ', changed by this diff' : '';
  const lines = [
    `   ${paint('magenta', 'culprit:')}  ${paint('cyan', `${safe(mutation.file)}:${mutation.line}`)}  ${safe(
      mutation.code,
    )}  ${paint('dim', `${verb} ${safe(mutation.variable)}, confidence ${culprit.confidence}${guess}${changed}`)}`,
  ];
  if (culprit.excerpt) {
    const { startLine, lines: code } = culprit.excerpt;
    const width = String(startLine + code.length - 1).length;
    code.forEach((text, i) => {
      const n = startLine + i;
      const number = paint('dim', String(n).padStart(width));
      const marker = n === mutation.line ? paint('magenta', '>') : ' ';
      lines.push(`             ${marker}${number}  ${safe(text.replace(/\t/g, '    '))}`);
    });
  }
  if (objectSource) {
    lines.push(
      `   source:   ${paint('cyan', `${safe(objectSource.file)}:${objectSource.line}`)}  ${safe(
        objectSource.code,
      )}  ${paint('dim', `(${objectSource.kind})`)}`,
    );
  }
  if (culprit.evidence.length > 0) {
    lines.push('   evidence:');
    for (const e of culprit.evidence) {
      const code = e.code ? `  ${safe(e.code)}` : '';
      lines.push(
        `     ${paint('cyan', `${safe(e.file)}:${e.line}`)}${code}  ${paint('dim', `← ${safe(e.note)}`)}`,
      );
    }
  }
  lines.push(`   ${paint('green', 'fix:')}      ${culprit.fixKind}: ${safe(culprit.suggestion)}`);
  return lines;
}
