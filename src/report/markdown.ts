// A report ready to paste into a PR: summary line, a section per finding, stacks folded in <details>.
// Every piece of log text goes through escape.ts: as inline code, inside a safe fence, or escaped prose.
// No sticky marker here: the deliver stage adds its own when it posts the body.
// Each finding names a `file:line` once: the heading points at the place, the body links every
// other line once (what is already shown is not repeated by the evidence or the diff's label).

import { COMMENT_MAX_CHARS } from '../limits.js';
import type {
  CodeEdit,
  CodeExcerpt,
  Culprit,
  Finding,
  Frame,
  OtherWriter,
  RaceAccess,
  Report,
} from '../model.js';
import { codeBlock, escapeMarkdown, inlineCode, proseWithCode } from './escape.js';
import {
  accessTitle,
  counted,
  creationSite,
  displayFile,
  isOwnCode,
  isRepoPath,
  shortFunc,
  shortPath,
} from './frames.js';
import {
  baseName,
  CLEAN_TITLE,
  confidenceLevel,
  confidenceText,
  culpritVerb,
  findingsSummary,
  findingTitle,
  isHang,
  isSharedWrite,
  orderNote,
  PARTIAL_NOTE,
  sourceWords,
} from './titles.js';
import { blamedGoroutine, blockedGroups, waitText } from './waits.js';

/** Frames shown per stack in a `<details>` block; deeper stacks are cut (the log has the rest). */
const MAX_STACK_FRAMES = 60;
/** Library frames named in one folded run of a stack; the rest are counted. */
const FOLDED_NAMED = 2;

export interface MarkdownOptions {
  /** Longest output in characters; findings that do not fit are listed as omitted. */
  maxChars?: number;
  /**
   * Permalinks for repo files (`https://github.com/o/r/blob/<sha>`): built by us from the event,
   * never from log text, and applied only to repo-relative paths.
   */
  blobBase?: string;
  /**
   * Where the repository's own code built at a version (a frame's `version`, `v1.2.3`) links: the blob
   * base at that release's tag when the repository has it (`refForVersion` in repo/version-ref.ts), else
   * undefined and `blobBase` is used.
   */
  versionBlobBase?: (version: string) => string | undefined;
}

/**
 * `file:line` as inline code (`text` replaces the shown text), linked when it is a repo path; `version`
 * links the file at that release (see `versionBlobBase`).
 */
export type Link = (file: string, line: number, text?: string, version?: string) => string;

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? COMMENT_MAX_CHARS;
  const { findings } = report;
  let out = `### ${findings.length === 0 ? CLEAN_TITLE : findingsSummary(findings)}\n`;
  const order = orderNote(report.stats);
  if (order !== undefined) out += `\n_${escapeMarkdown(order.charAt(0).toUpperCase() + order.slice(1))}._\n`;
  if (findings.length === 0) return out;
  const reserve = 200; // room for the "omitted" note
  const link = linker(options.blobBase, options.versionBlobBase);
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

/** One finding's block (heading `#### n. …`, body, folded stack), for renderers that lay out their own page. */
export function renderFinding(
  finding: Finding,
  n: number,
  options: Pick<MarkdownOptions, 'blobBase' | 'versionBlobBase'> = {},
): string {
  return findingSection(finding, n, linker(options.blobBase, options.versionBlobBase));
}

/** The finding's headline as markdown, its place linked: what the summary table and headings show. */
export function markdownTitle(
  finding: Finding,
  options: Pick<MarkdownOptions, 'blobBase' | 'versionBlobBase'> = {},
): string {
  const link = linker(options.blobBase, options.versionBlobBase);
  return proseTitle(finding, link);
}

function proseTitle(finding: Finding, link: Link): string {
  // The title is our prose with code between backticks; the place is replaced by its link afterwards.
  const marker = '\u0000PLACE\u0000';
  let place = '';
  const title = findingTitle(finding, (p) => {
    const crash = finding.crashFrame;
    const atCrash = crash && p.file === displayFile(crash) && p.line === crash.line;
    place = link(p.file, p.line, `${baseName(p.file)}:${p.line}`, atCrash ? crash.version : undefined);
    return marker;
  });
  return proseWithCode(title).replace(escapeMarkdown(marker), place);
}

/** `file:line` as inline code, linked to the file at the commit when it is a repo path. */
export function linker(
  headBlobBase: string | undefined,
  versionBlobBase?: (version: string) => string | undefined,
): Link {
  return (file, line, shown, version) => {
    const blobBase = (version && versionBlobBase?.(version)) || headBlobBase;
    const text = inlineCode(shown ?? `${file}:${line}`);
    if (!blobBase || !isRepoPath(file) || !Number.isSafeInteger(line)) return text;
    // encodeURIComponent keeps `(` `)`: an unbalanced one in a file name would end the link early.
    const path = file
      .split('/')
      .map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29')))
      .join('/');
    return `[${text}](${blobBase}/${path}#L${line})`;
  };
}

const key = (file: string, line: number) => `${file}:${line}`;

function findingSection(finding: Finding, n: number, link: Link): string {
  const lines = [`#### ${n}. ${proseTitle(finding, link)}`, ''];
  const { culprit, fault } = finding;
  // Lines the culprit block shows: the bullets above it point there instead of repeating them.
  const shown = new Set<string>();
  if (culprit) {
    shown.add(key(culprit.mutation.file, culprit.mutation.line));
    if (culprit.objectSource) shown.add(key(culprit.objectSource.file, culprit.objectSource.line));
  }
  if (fault.partial) lines.push(`- **Partial:** ${escapeMarkdown(PARTIAL_NOTE.replace(/^partial: /, ''))}`);
  if (finding.kind !== 'data-race') lines.push(`- **Log:** ${inlineCode(finding.headline)}`);
  const altered = fault.cacheMutation?.changedFields ?? [];
  if (altered.length > 0) lines.push(`- **Altered fields:** ${altered.map((f) => inlineCode(f)).join(', ')}`);
  const frame = finding.crashFrame;
  if (finding.kind === 'data-race' && fault.accesses) {
    lines.push(...accessLines(fault.accesses, link, shown));
  } else if (frame) {
    const at = key(displayFile(frame), frame.line);
    const label = isHang(finding.kind)
      ? waitLabel(finding)
      : finding.kind === 'cache-mutation'
        ? 'Noticed by the mutation detector'
        : 'Crashed';
    if (!shown.has(at)) {
      shown.add(at);
      // The repository's own code inside somebody else's build: say which release it was.
      const version = frame.version ? `, at ${inlineCode(frame.version)}` : '';
      lines.push(
        `- **${label}** at ${link(displayFile(frame), frame.line, undefined, frame.version)} in ${inlineCode(shortFunc(frame.func))}${version}`,
      );
    } else lines.push(`- **${label}** in ${inlineCode(shortFunc(frame.func))} (the line below)`);
  } else {
    lines.push('- **Crashed** outside the repository’s code (see the stack)');
  }
  if (isHang(finding.kind)) lines.push(...blockedLines(finding, link));
  if (culprit) lines.push('', ...culpritLines(finding, culprit, link, shown));
  // Only a shared-object fault's reason tells the reader something (the writer has moved on, the
  // source was missing); for the other kinds the crash line above is where to look.
  else if (finding.culpritReason && isSharedWrite(finding.kind)) {
    lines.push(`- **No culprit found:** ${escapeMarkdown(finding.culpritReason)}.`);
  }
  lines.push('', ...stackDetails(finding, link));
  return lines.join('\n');
}

/** `Waits (chan receive, 5 minutes)`: what the blamed goroutine of a hang does. */
function waitLabel(finding: Finding): string {
  const g = blamedGoroutine(finding);
  if (!g || g.state === 'running') return 'Stuck';
  const who = finding.kind === 'test-timeout' ? 'The test waits' : `Goroutine ${g.id} waits`;
  return `${who} (${escapeMarkdown(waitText({ state: g.state, ...(g.waitMinutes !== undefined && { minutes: g.waitMinutes }) }))})`;
}

function blockedLines(finding: Finding, link: Link): string[] {
  const groups = blockedGroups(finding);
  if (groups.length === 0) return [];
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const title =
    finding.kind === 'test-timeout'
      ? 'Blocked goroutines of the repository'
      : 'Every other blocked goroutine of the repository';
  const out = [`- **${title}** (${total}):`];
  for (const g of groups) {
    const who =
      g.count > 1
        ? `${g.count} goroutines (${g.ids.join(', ')}${g.count > g.ids.length ? ', …' : ''})`
        : `goroutine ${g.ids[0]}`;
    const inside = g.waitsIn ? ` in ${inlineCode(shortFunc(g.waitsIn))}` : '';
    const started = g.createdBy ? `, started by ${inlineCode(shortFunc(g.createdBy.func))}` : '';
    out.push(
      `  - ${who}: ${escapeMarkdown(waitText(g))}${inside} at ${link(displayFile(g.frame), g.frame.line)} in ${inlineCode(
        shortFunc(g.frame.func),
      )}${started}`,
    );
  }
  return out;
}

function accessLines(accesses: RaceAccess[], link: Link, shown: Set<string>): string[] {
  const out: string[] = [];
  let firstSite: string | undefined;
  for (const access of accesses) {
    const top = access.frames.find(isOwnCode);
    let at = '';
    if (top) {
      const k = key(displayFile(top), top.line);
      at = shown.has(k)
        ? ` in ${inlineCode(shortFunc(top.func))} (the culprit below)`
        : ` at ${link(displayFile(top), top.line)} in ${inlineCode(shortFunc(top.func))}`;
      shown.add(k);
    }
    const site = creationSite(access);
    let created = '';
    if (site) {
      const k = key(displayFile(site), site.line);
      created =
        k === firstSite
          ? ', started at the same place'
          : shown.has(k)
            ? ''
            : `, goroutine started at ${link(displayFile(site), site.line)}`;
      firstSite ??= k;
      shown.add(k);
    }
    out.push(`- **${accessTitle(access)}**${at}${created}`);
  }
  return out;
}

function culpritLines(finding: Finding, culprit: Culprit, link: Link, shown: Set<string>): string[] {
  const { mutation, objectSource } = culprit;
  const changed = culprit.inDiff ? ' **This change touches that line.**' : '';
  const confidence = escapeMarkdown(confidenceText(culprit, finding.kind, { diff: false }));
  const verb = culpritVerb(finding.kind);
  const lines = [
    `**Culprit** (${confidence}): ${inlineCode(mutation.code)} at ${link(mutation.file, mutation.line)} ${verb} ${inlineCode(
      mutation.variable,
    )}.${changed}`,
  ];
  if (culprit.excerpt) lines.push('', codeBlock(excerptText(culprit.excerpt, mutation.line)));
  if (objectSource && key(objectSource.file, objectSource.line) !== key(mutation.file, mutation.line)) {
    const words = objectSource.kind === 'other' ? '' : ` ${escapeMarkdown(sourceWords(objectSource.kind))}:`;
    lines.push(
      '',
      `**Where ${inlineCode(mutation.variable)} comes from:**${words} ${inlineCode(objectSource.code)} at ${link(
        objectSource.file,
        objectSource.line,
      )}`,
    );
  }
  // The other writers of a write-write fault get their own paragraph with their fix below.
  const others = new Set((culprit.otherWriters ?? []).map((o) => key(o.mutation.file, o.mutation.line)));
  const evidence = culprit.evidence.filter(
    (e) => !shown.has(key(e.file, e.line)) && !others.has(key(e.file, e.line)),
  );
  if (evidence.length > 0) {
    lines.push('', '**How it gets there:**', '');
    for (const e of evidence) {
      shown.add(key(e.file, e.line));
      const code = e.code ? ` ${inlineCode(e.code)}` : '';
      lines.push(`- ${link(e.file, e.line)}${code}: ${escapeMarkdown(e.note)}`);
    }
  }
  lines.push(...writerSearchLines(culprit, link));
  lines.push('', `**Fix:** ${proseWithCode(culprit.suggestion)}`);
  const edit = editExcerpt(culprit, link, shown);
  if (edit) lines.push('', edit);
  for (const other of culprit.otherWriters ?? []) lines.push(...otherWriterLines(other, link, shown));
  return lines;
}

/** A write-write fault's other writer: its own write, where its object comes from, and its own fix. */
function otherWriterLines(other: OtherWriter, link: Link, shown: Set<string>): string[] {
  const { mutation, objectSource } = other;
  const changed = other.inDiff ? ' **This change touches that line.**' : '';
  const source =
    objectSource && key(objectSource.file, objectSource.line) !== key(mutation.file, mutation.line)
      ? ` (${inlineCode(mutation.variable)} from ${inlineCode(objectSource.code)} at ${link(objectSource.file, objectSource.line)})`
      : '';
  shown.add(key(mutation.file, mutation.line));
  if (objectSource) shown.add(key(objectSource.file, objectSource.line));
  const lines = [
    '',
    `**Also fix the other writer:** ${inlineCode(mutation.code)} at ${link(mutation.file, mutation.line)}${source}.${changed} ${proseWithCode(other.suggestion)}`,
  ];
  const edit = editExcerpt(other, link, shown);
  if (edit) lines.push('', edit);
  return lines;
}

/** No stack showed the write: the other writers the repository search found, and what it skipped. */
function writerSearchLines(culprit: Culprit, link: Link): string[] {
  const others = culprit.writerCandidates?.slice(1) ?? [];
  const search = culprit.writerSearch;
  if (!search) return [];
  const lines = ['', '**Inferred:** no printed stack shows this write; a search of the repository found it.'];
  if (others.length > 0) {
    lines.push('', '**Other candidate writers:**', '');
    for (const c of others) {
      lines.push(
        `- ${link(c.mutation.file, c.mutation.line)} ${inlineCode(c.mutation.code)} (${escapeMarkdown(
          `${confidenceLevel(c.confidence)} confidence: ${c.why.join('; ')}`,
        )})`,
      );
    }
  }
  const read = `${search.filesListed} Go files listed, ${search.filesScanned} scanned, ${search.filesParsed} parsed`;
  const skipped = search.skipped.length ? `; skipped: ${search.skipped.join(', ')}` : '';
  lines.push('', `<sub>${escapeMarkdown(`Search: ${read}${skipped}`)}.</sub>`);
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

/**
 * The fix's lines as a diff: the lines it removes, else the line it follows (when the evidence quotes it),
 * then the lines it adds. Tabs become indentation relative to the first changed line's.
 */
export function editDiff(culprit: Culprit | OtherWriter): string | null {
  const { edit } = culprit;
  if (!edit || (edit.insert.length === 0 && !edit.remove?.length)) return null;
  const evidence = 'evidence' in culprit ? culprit.evidence : [];
  const anchor = edit.remove?.length
    ? undefined
    : [culprit.objectSource, culprit.mutation, ...evidence].find(
        (ref) => ref && ref.file === edit.file && ref.line === edit.afterLine,
      );
  const indent = (line: string) => line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length - 1));
  return [
    ...(anchor ? [`  ${anchor.code}`] : []),
    ...(edit.remove ?? []).map((line) => `- ${indent(line)}`),
    ...edit.insert.map((line) => `+ ${indent(line)}`),
  ].join('\n');
}

/** Where an edit is shown: the first line it removes, else the line it follows. */
export function editLine(edit: CodeEdit): number {
  return edit.remove?.length ? edit.afterLine + 1 : edit.afterLine;
}

/** The fix as a small diff under a link to its place (unless that line is already linked above). */
function editExcerpt(culprit: Culprit | OtherWriter, link: Link, shown: Set<string>): string | null {
  const { edit } = culprit;
  const body = editDiff(culprit);
  if (!edit || body === null) return null;
  const line = editLine(edit);
  const where = edit.remove?.length ? 'at' : 'after';
  const label = shown.has(key(edit.file, line))
    ? 'The change:'
    : `The change, ${where} ${link(edit.file, line)}:`;
  return `${label}\n\n${codeBlock(body, 'diff')}`;
}

function stackDetails(finding: Finding, link: Link): string[] {
  const { fault } = finding;
  const parts: string[] = [];
  if (fault.panicChain && fault.panicChain.length > 1) {
    parts.push('Panic chain (first raised first):', '', codeBlock(fault.panicChain.join('\n')), '');
  }
  if (finding.kind === 'data-race' && fault.accesses) {
    for (const a of fault.accesses) {
      parts.push(
        `${escapeMarkdown(accessTitle(a))}:`,
        '',
        ...stackList(a.frames, finding.crashFrame, link, creationSite(a)),
        '',
      );
    }
  } else {
    const g = blamedGoroutine(finding);
    const who = g ? `Goroutine ${g.id} ${escapeMarkdown(`[${g.state}]`)}:` : 'Stack:';
    parts.push(who, '', ...stackList(finding.frames, finding.crashFrame, link, g?.createdBy), '');
  }
  parts.push(
    `Silence this finding with ${inlineCode(`ignore: [{id: "${finding.id}"}]`)} in ${inlineCode('.github/go-panic-triage.yml')}.`,
  );
  const summary = finding.kind === 'data-race' ? 'Stacks of both accesses' : 'Stack';
  return [`<details><summary>${summary}</summary>`, '', ...parts, '', '</details>'];
}

/**
 * A stack as a list, innermost first: repository frames linked, the crash frame marked, runs of
 * runtime, standard-library and dependency frames folded into one line with GOROOT-relative paths.
 */
function stackList(frames: Frame[], crash: Frame | null, link: Link, createdBy?: Frame): string[] {
  const out: string[] = [];
  const capped = frames.slice(0, MAX_STACK_FRAMES);
  let run: Frame[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const named = run
      .slice(0, FOLDED_NAMED)
      .map((f) => `${inlineCode(shortFunc(f.func))} ${inlineCode(`${shortPath(f)}:${f.line}`)}`)
      .join(' · ');
    const more = run.length > FOLDED_NAMED ? ` · ${counted(run.length - FOLDED_NAMED, 'more frame')}` : '';
    out.push(`- _library:_ ${named}${more}`);
    run = [];
  };
  for (const f of capped) {
    if (!isOwnCode(f)) {
      run.push(f);
      continue;
    }
    flush();
    const mark =
      crash && f.func === crash.func && f.file === crash.file && f.line === crash.line ? ' ← **crash**' : '';
    out.push(
      `- ${inlineCode(shortFunc(f.func))} at ${link(displayFile(f), f.line, undefined, f.version)}${mark}`,
    );
  }
  flush();
  if (frames.length > capped.length)
    out.push(`- _${counted(frames.length - capped.length, 'more frame')} in the log_`);
  if (createdBy) {
    const at = isOwnCode(createdBy)
      ? link(displayFile(createdBy), createdBy.line)
      : inlineCode(`${shortPath(createdBy)}:${createdBy.line}`);
    out.push(`- started by ${inlineCode(shortFunc(createdBy.func))} at ${at}`);
  }
  return out;
}
