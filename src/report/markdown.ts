// A report ready to paste into a PR: summary line, a section per finding, stacks folded in <details>.
// Every piece of log text goes through escape.ts: as inline code, inside a safe fence, or escaped prose.
// No sticky marker here: the deliver stage adds its own when it posts the body.

import { COMMENT_MAX_CHARS } from '../limits.js';
import type { CodeExcerpt, Culprit, Finding, Report } from '../model.js';
import { codeBlock, escapeMarkdown, inlineCode, proseWithCode } from './escape.js';
import { accessTitle, counted, creationSite, displayFile, goStackText, shortFunc } from './frames.js';
import { culpritVerb, KIND_TITLES, orderNote, PARTIAL_NOTE } from './titles.js';

/** Frames shown per stack in a `<details>` block; deeper stacks are cut (the log has the rest). */
const MAX_STACK_FRAMES = 60;

export interface MarkdownOptions {
  /** Longest output in characters; findings that do not fit are listed as omitted. */
  maxChars?: number;
  /**
   * Permalinks for repo files (`https://github.com/o/r/blob/<sha>`): built by us from the event,
   * never from log text, and applied only to repo-relative paths.
   */
  blobBase?: string;
}

type Link = (file: string, line: number) => string;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? COMMENT_MAX_CHARS;
  const { findings } = report;
  let out = `### ${summaryLine(report)}\n`;
  if (findings.length === 0) return out;
  const reserve = 200; // room for the "omitted" note
  const link = linker(options.blobBase);
  for (const [i, finding] of findings.entries()) {
    const section = `\n${findingSection(finding, i + 1, link)}\n`;
    if (out.length + section.length > maxChars - reserve) {
      const left = findings.length - i;
      out += `\n_${counted(left, 'more finding')} not shown (comment size limit)._\n`;
      break;
    }
    out += section;
  }
  return out;
}

function summaryLine(report: Report): string {
  const { findings, stats } = report;
  if (findings.length === 0) {
    const note = orderNote(stats);
    return `go-panic-triage: no crashes found${note === undefined ? '' : ` (${note})`}`;
  }
  const kinds = [...new Set(findings.map((f) => f.kind))].join(', ');
  const note = orderNote(stats);
  const order = note === undefined ? '' : ` (${note})`;
  return `go-panic-triage: ${counted(findings.length, 'finding')} (${counted(stats.faults, 'fault')}): ${kinds}${order}`;
}

/** `file:line` as inline code, linked to the file at the commit when it is a repo path. */
function linker(blobBase: string | undefined): Link {
  return (file, line) => {
    const text = inlineCode(`${file}:${line}`);
    const inRepo = !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.split('/').includes('..');
    if (!blobBase || !inRepo || !Number.isSafeInteger(line)) return text;
    // encodeURIComponent keeps `(` `)`: an unbalanced one in a file name would end the link early.
    const path = file
      .split('/')
      .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')))
      .join('/');
    return `[${text}](${blobBase}/${path}#L${line})`;
  };
}

function findingSection(finding: Finding, n: number, link: Link): string {
  const times = finding.occurrences > 1 ? ` ×${finding.occurrences}` : '';
  const lines = [`#### ${n}. ${KIND_TITLES[finding.kind]}${times}: ${inlineCode(finding.headline)}`, ''];
  if (finding.fault.partial) lines.push(`- **Partial:** ${PARTIAL_NOTE.replace(/^partial: /, '')}`);
  if (finding.test !== null) lines.push(`- **Test:** ${inlineCode(finding.test)}`);
  const frame = finding.crashFrame;
  lines.push(
    frame
      ? `- **Crash frame:** ${link(displayFile(frame), frame.line)} in ${inlineCode(shortFunc(frame.func))}`
      : '- **Crash frame:** none in your code',
  );
  for (const access of finding.fault.accesses ?? []) {
    const top = access.frames.find((f) => f.kind === 'repo' || f.kind === undefined);
    const site = creationSite(access);
    const at = top ? ` at ${link(displayFile(top), top.line)}` : '';
    const created = site ? `, goroutine created at ${link(displayFile(site), site.line)}` : '';
    lines.push(`- **${accessTitle(access)}**${at}${created}`);
  }
  lines.push(`- **Id:** \`${finding.id}\``);
  if (finding.culprit) lines.push('', ...culpritLines(finding.culprit, culpritVerb(finding.kind), link));
  else if (finding.culpritReason)
    lines.push(`- **Culprit:** not found (${escapeMarkdown(finding.culpritReason)})`);
  lines.push('', ...stackDetails(finding));
  return lines.join('\n');
}

function culpritLines(culprit: Culprit, verb: string, link: Link): string[] {
  const { mutation, objectSource } = culprit;
  const guess = culprit.confidence < 0.5 ? ' — this is a guess' : '';
  const changed = culprit.inDiff ? ' **This change touches that line.**' : '';
  const lines = [
    `**Culprit** (confidence ${culprit.confidence}${guess}): ${inlineCode(mutation.code)} at ${link(
      mutation.file,
      mutation.line,
    )} ${verb} ${inlineCode(mutation.variable)}.${changed}`,
  ];
  if (culprit.excerpt) lines.push('', codeBlock(excerptText(culprit.excerpt, mutation.line)));
  if (objectSource) {
    lines.push(
      '',
      `**Object from** (${objectSource.kind}): ${inlineCode(objectSource.code)} at ${link(
        objectSource.file,
        objectSource.line,
      )}`,
    );
  }
  if (culprit.evidence.length > 0) {
    lines.push('', '**Evidence:**', '');
    for (const e of culprit.evidence) {
      const code = e.code ? ` ${inlineCode(e.code)}` : '';
      lines.push(`- ${link(e.file, e.line)}${code}: ${escapeMarkdown(e.note)}`);
    }
  }
  lines.push('', `**Fix** (${culprit.fixKind}): ${proseWithCode(culprit.suggestion)}`);
  const edit = editExcerpt(culprit);
  if (edit) lines.push('', edit);
  return lines;
}

/** Numbered source lines, the culprit's own marked with `>`. */
function excerptText(excerpt: CodeExcerpt, mark: number): string {
  const width = String(excerpt.startLine + excerpt.lines.length - 1).length;
  return excerpt.lines
    .map((line, i) => {
      const n = excerpt.startLine + i;
      return `${n === mark ? '>' : ' '}${String(n).padStart(width)}  ${line}`;
    })
    .join('\n');
}

/** The fix as a small diff: the line it follows (when the evidence quotes it) and the lines it adds. */
function editExcerpt(culprit: Culprit): string | null {
  const { edit } = culprit;
  if (!edit || edit.insert.length === 0) return null;
  const anchor = [culprit.objectSource, culprit.mutation, ...culprit.evidence].find(
    (ref) => ref && ref.file === edit.file && ref.line === edit.afterLine,
  );
  const body = [
    ...(anchor ? [`  ${anchor.code}`] : []),
    ...edit.insert.map((line) => `+ ${line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length - 1))}`),
  ];
  return `${inlineCode(`${edit.file}:${edit.afterLine}`)}\n\n${codeBlock(body.join('\n'), 'diff')}`;
}

function stackDetails(finding: Finding): string[] {
  const { fault } = finding;
  const stacks =
    finding.kind === 'data-race' && fault.accesses
      ? fault.accesses.map((a) => `${accessTitle(a)}:\n${goStackText(capped(a.frames))}`)
      : [goStackText(capped(finding.frames), crashGoroutineCreator(finding))];
  return ['<details><summary>Stack</summary>', '', codeBlock(stacks.join('\n\n')), '', '</details>'];
}

function crashGoroutineCreator(finding: Finding) {
  const g = [finding.fault.crashing, ...finding.fault.others].find((x) => x?.frames === finding.frames);
  return g?.createdBy;
}

function capped<T>(frames: T[]): T[] {
  return frames.slice(0, MAX_STACK_FRAMES);
}
