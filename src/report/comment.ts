// The pull-request comment: one per pull request, holding a section per job. On top a summary line
// over every job and a table with a row per root cause; then the root causes' blocks (the first few
// open, the rest folded); then the jobs, each with its hidden marker and links; at the bottom how to
// configure or silence the bot. The same crash in several jobs is one root cause naming its jobs.
import { COMMENT_MAX_CHARS } from '../limits.js';
import type { FixKind } from '../model.js';
import { CAUSE_CLOSE, causeOpen, defuseComments, sectionMarker } from './comment-markers.js';
import type { CauseSummary, CommentState, SectionData } from './comment-sections.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { counted } from './frames.js';
import { linker } from './markdown.js';
import { KIND_TITLES } from './titles.js';

/** The README's configuration section: how to configure or silence the bot. */
export const CONFIG_DOCS_URL = 'https://github.com/go-panic-triage/go-panic-triage#configuration';

/** Root causes whose blocks stay open; the others fold into one `<details>`. */
const OPEN_CAUSES = 3;
const MAX_NOTES = 12;
const MAX_NOTE_CHARS = 500;
/** Sections from older commits kept (folded) until their job reports at the new head. */
const MAX_OUTDATED = 20;
/** Root causes named on an outdated section's line. */
const MAX_OUTDATED_CAUSES = 3;

export interface SectionsCommentOptions {
  /** The pull request's head: sections of other commits are outdated. */
  headSha: string;
  /** `https://github.com/o/r`: permalinks in the table. */
  repoUrl?: string;
  maxChars?: number;
}

interface Cause {
  summary: CauseSummary;
  sections: SectionData[];
}

/** The whole comment body (without the sticky marker, which the deliver stage adds). */
export function renderSectionsComment(state: CommentState, options: SectionsCommentOptions): string {
  const maxChars = options.maxChars ?? COMMENT_MAX_CHARS;
  const head = options.headSha;
  const current = state.sections.filter((s) => s.sha === head);
  const outdated = state.sections.filter((s) => s.sha !== head).slice(0, MAX_OUTDATED);
  // Least severe first: a section's worst root cause, then how many it has, then the later one.
  const foldOrder = current
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.causes.length > 0)
    .sort((a, b) => worst(b.s) - worst(a.s) || a.s.causes.length - b.s.causes.length || b.i - a.i)
    .map(({ s }) => s.key);
  // Fold the least severe sections one by one; the most severe always keeps its table rows.
  for (let n = 0; n < Math.max(foldOrder.length, 1); n++) {
    const body = render(
      state,
      current,
      outdated,
      new Set(foldOrder.slice(0, n)),
      options,
      Infinity,
      Infinity,
    );
    if (body.length <= maxChars) return body;
  }
  // Then the most severe section's blocks, from the last; the table stays.
  const folded = new Set(foldOrder.slice(0, -1));
  let body = '';
  for (let blocks = state.blocks.size; blocks >= 0; blocks--) {
    body = render(state, current, outdated, folded, options, blocks, Infinity);
    if (body.length <= maxChars) return body;
  }
  // Then the table's last rows (hundreds of root causes), halving until it fits.
  for (let rows = mergeCauses(current).length; rows > 0; rows = Math.floor(rows / 2)) {
    body = render(state, current, outdated, folded, options, 0, rows);
    if (body.length <= maxChars) return body;
  }
  return hardCut(body, maxChars);
}

function worst(section: SectionData): number {
  return Math.min(...section.causes.map((c) => c.severity));
}

function render(
  state: CommentState,
  current: SectionData[],
  outdated: SectionData[],
  folded: Set<string>,
  options: SectionsCommentOptions,
  maxBlocks: number,
  maxRows: number,
): string {
  const shown = current.filter((s) => !folded.has(s.key));
  const causes = mergeCauses(shown);
  const parts: string[] = [summaryLine(current, causes, options.headSha)];
  if (causes.length > 0) parts.push(table(causes.slice(0, maxRows), options));
  if (causes.length > maxRows) {
    parts.push(
      `_${counted(causes.length - maxRows, 'more root cause')} not listed (comment size limit); the job summaries have them all._`,
    );
  }
  const blocks = causes.slice(0, maxBlocks).map((c, i) => causeBlock(c, i + 1, state.blocks));
  const cut = causes.length - blocks.length;
  const open = blocks.slice(0, OPEN_CAUSES).filter(Boolean);
  const rest = blocks.slice(OPEN_CAUSES).filter(Boolean);
  parts.push(...open);
  if (rest.length > 0) {
    parts.push(
      `<details><summary>Details of ${counted(rest.length, 'more root cause')}</summary>\n\n${rest.join('\n\n')}\n\n</details>`,
    );
  }
  if (cut > 0)
    parts.push(
      `_The details of ${counted(cut, 'root cause')} are not shown (comment size limit); the table lists them._`,
    );
  if (current.length > 0) parts.push(jobsList(current, causes, folded, options.headSha));
  if (outdated.length > 0) parts.push(outdatedList(outdated, options.repoUrl));
  parts.push(footer());
  return `${parts.join('\n\n')}\n`;
}

/** Root causes across sections: the same id in several jobs is one, naming them all. */
function mergeCauses(sections: SectionData[]): Cause[] {
  const byId = new Map<string, Cause>();
  for (const section of sections) {
    for (const summary of section.causes) {
      const cause = byId.get(summary.id);
      if (cause) {
        cause.sections.push(section);
        cause.summary = {
          ...cause.summary,
          tests: [...new Set([...cause.summary.tests, ...summary.tests])],
          findings: Math.max(cause.summary.findings, summary.findings),
        };
      } else byId.set(summary.id, { summary, sections: [section] });
    }
  }
  // Crashes before races before timeouts; then the root causes seen in most jobs.
  return [...byId.values()].sort(
    (a, b) => a.summary.severity - b.summary.severity || b.sections.length - a.sections.length,
  );
}

function summaryLine(current: SectionData[], causes: Cause[], headSha: string): string {
  const commit = shortSha(headSha);
  const failing = current.filter((s) => s.causes.length > 0);
  const clean = current.filter((s) => s.status === 'clean');
  const unread = current.filter((s) => s.status === 'unread' && s.causes.length === 0);
  let title: string;
  if (causes.length > 0 || failing.length > 0) {
    const n = Math.max(causes.length, 1);
    title = `### ❌ go-panic-triage: ${counted(n, 'root cause')} of Go crashes in ${jobCount(failing.length, current.length)} at ${commit}`;
  } else if (unread.length > 0) {
    title = `### ⚠️ go-panic-triage: the logs of ${counted(unread.length, 'job')} could not be read at ${commit}`;
  } else if (current.length > 0) {
    title = `### ✅ go-panic-triage: no Go crashes at ${commit}`;
  } else {
    title = `### go-panic-triage: nothing triaged at ${commit} yet`;
  }
  const facts: string[] = [];
  if (clean.length > 0) facts.push(`✅ Clean: ${clean.map((s) => escapeMarkdown(s.label)).join(', ')}`);
  if (unread.length > 0) {
    facts.push(`⚠️ Logs unreadable: ${unread.map((s) => escapeMarkdown(s.label)).join(', ')}`);
  }
  if (causes.length === 0 && unread.length === 0 && current.length > 0) {
    facts.push('No panic, fatal error, data race or timeout in the triaged logs; earlier findings are gone.');
  }
  return facts.length > 0 ? `${title}\n\n${facts.join(' · ')}` : title;
}

function jobCount(failing: number, all: number): string {
  return failing === all ? counted(failing, 'job') : `${failing} of ${counted(all, 'job')}`;
}

const FIX_WORDS: Record<FixKind, string> = {
  'deepcopy-before-mutate': 'DeepCopy before changing it',
  'per-test-scheme': 'a scheme per test',
  'copy-map': 'copy the map',
  lock: 'guard it with a lock',
  'remove-write': 'remove the write',
  other: 'see below',
};

function table(causes: Cause[], options: SectionsCommentOptions): string {
  const blobBase =
    options.repoUrl && /^[0-9a-f]{7,64}$/i.test(options.headSha)
      ? `${options.repoUrl}/blob/${options.headSha}`
      : undefined;
  const link = linker(blobBase);
  const rows = causes.map((cause, i) => {
    const { summary } = cause;
    const times = summary.findings > 1 ? ` (${summary.findings} findings)` : '';
    const [firstTest, ...otherTests] = summary.tests;
    const test = firstTest
      ? `${inlineCode(firstTest)}${otherTests.length > 0 ? ` +${otherTests.length}` : ''}`
      : '—';
    const where = summary.where
      ? `${summary.where.code ? `${inlineCode(summary.where.code)} at ` : ''}${link(summary.where.file, summary.where.line)}`
      : '—';
    const fix = summary.fixKind ? escapeMarkdown(FIX_WORDS[summary.fixKind]) : '—';
    const jobs = cause.sections.map(jobLink).join(', ');
    const cells = [
      String(i + 1),
      `${escapeMarkdown(KIND_TITLES[summary.kind])}${times}`,
      test,
      where,
      fix,
      jobs,
    ];
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [
    '| # | Root cause | Test | The write (or where it failed) | The fix | Jobs |',
    '|--:|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** GitHub splits a table row at every unescaped `|` before it reads code spans, so each is escaped. */
function cell(text: string): string {
  return text.replace(/(?<!\\)\|/g, '\\|');
}

function jobLink(section: SectionData): string {
  const name = escapeMarkdown(section.leg ?? section.label);
  return section.jobUrl ? `[${name}](${section.jobUrl})` : name;
}

function causeBlock(cause: Cause, n: number, blocks: Map<string, string>): string {
  const block = blocks.get(cause.summary.id);
  if (!block) return '';
  const numbered = block.replace(/^(#{1,6} )(?:\d+\. )?/, `$1${n}. `);
  const jobs = cause.sections.length > 1 ? `\n\n**Seen in ${jobsPhrase(cause.sections)}.**` : '';
  return `${causeOpen(cause.summary.id)}\n${defuseComments(numbered)}\n${CAUSE_CLOSE}${defuseComments(jobs)}`;
}

/** "the go 1.25 and go 1.26 legs of CI / test", or the jobs' names. */
export function jobsPhrase(sections: SectionData[]): string {
  const [first] = sections;
  const oneJob = first && sections.every((s) => s.group === first.group && s.leg);
  if (first && oneJob) {
    return `the ${andList(sections.map((s) => escapeMarkdown(s.leg ?? '')))} legs of ${escapeMarkdown(first.group)}`;
  }
  return andList(sections.map((s) => escapeMarkdown(s.label)));
}

function andList(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function jobsList(current: SectionData[], causes: Cause[], folded: Set<string>, headSha: string): string {
  const number = new Map(causes.map((c, i) => [c.summary.id, i + 1]));
  const lines = current.map((s) => {
    const links = [s.jobUrl && `[log](${s.jobUrl})`, s.summaryUrl && `[summary](${s.summaryUrl})`].filter(
      Boolean,
    );
    const tail = links.length > 0 ? ` · ${links.join(' · ')}` : '';
    const name = `**${escapeMarkdown(s.label)}**`;
    let line: string;
    if (folded.has(s.key)) {
      const where = s.summaryUrl ? `see [the job summary](${s.summaryUrl})` : 'see the job summary';
      const log = s.jobUrl ? ` · [log](${s.jobUrl})` : '';
      line = `- ❌ ${name}: ${counted(s.causes.length, 'root cause')}, folded to fit GitHub's size limit; ${where}${log}`;
    } else if (s.causes.length > 0) {
      const refs = s.causes
        .map((c) => number.get(c.id))
        .filter(Boolean)
        .map((n) => `#${n}`);
      const kept = s.kept
        ? ' (from the earlier run at this commit: the latest run’s logs could not be read)'
        : '';
      line = `- ❌ ${name}: ${counted(s.causes.length, 'root cause')} (${refs.join(', ')})${kept}${tail}`;
    } else if (s.status === 'unread') {
      line = `- ⚠️ ${name}: the logs could not be read, so nothing was triaged${tail}`;
    } else {
      line = `- ✅ ${name}: no Go crashes${tail}`;
    }
    const notes = folded.has(s.key)
      ? []
      : s.notes.slice(0, MAX_NOTES).map((n) => `  - ${escapeMarkdown(n.slice(0, MAX_NOTE_CHARS))}`);
    // (Sections cap their notes when built; the caps here only bound a hand-edited comment.)
    return [sectionMarker(s), defuseComments([line, ...notes].join('\n'))].join('\n');
  });
  return `#### Jobs at ${shortSha(headSha)}\n\n${lines.join('\n')}`;
}

/** Sections of older commits, one line each: what they found, linked at their own commit. */
function outdatedList(outdated: SectionData[], repoUrl: string | undefined): string {
  const lines = outdated.map((s) => {
    const link = linker(repoUrl && /^[0-9a-f]{7,64}$/i.test(s.sha) ? `${repoUrl}/blob/${s.sha}` : undefined);
    const causes = s.causes.slice(0, MAX_OUTDATED_CAUSES).map((c) => {
      const where = c.where ? ` at ${link(c.where.file, c.where.line)}` : '';
      return `${escapeMarkdown(KIND_TITLES[c.kind])}${where}`;
    });
    if (s.causes.length > MAX_OUTDATED_CAUSES)
      causes.push(counted(s.causes.length - MAX_OUTDATED_CAUSES, 'more'));
    const what =
      causes.length > 0
        ? causes.join('; ')
        : s.status === 'unread'
          ? 'the logs could not be read'
          : 'no Go crashes';
    const log = s.jobUrl ? ` · [log](${s.jobUrl})` : '';
    return `${sectionMarker(s)}\n${defuseComments(`- **${escapeMarkdown(s.label)}** at ${shortSha(s.sha)}: ${what}${log}`)}`;
  });
  return `<details><summary>${counted(outdated.length, 'job')} triaged at older commits (outdated)</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function footer(): string {
  return `<sub>go-panic-triage updates this comment as jobs finish. [Configure or silence it](${CONFIG_DOCS_URL}) (\`comment: off\`, \`ignore\`, or a separate comment per workflow with \`comment-key\`).</sub>`;
}

/** Last resort (thousands of jobs): cut at a line break, never inside a marker. */
function hardCut(body: string, maxChars: number): string {
  const note = '\n\n_The rest of the jobs are not shown (comment size limit)._\n';
  const cut = body.lastIndexOf('\n', maxChars - note.length);
  return `${body.slice(0, Math.max(cut, 0))}${note}`;
}

function shortSha(sha: string): string {
  return `\`${sha.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\``;
}
