// The hidden markers that carry a comment's sections from one run to the next. Every `<!--` the
// rendered text holds (log text inside code spans and fences) is defused first, so the only markers
// in a body are ours; section data is JSON with `<`, `>` and `&` escaped, which cannot close a
// comment either and stays readable in the raw body.
import { FAULT_KINDS } from '../config/schema.js';
import type { FaultKind, FixKind } from '../model.js';
import type { CauseSummary, CommentState, SectionData, SectionStatus } from './comment-sections.js';

const SECTION = 'go-panic-triage:section';
const CAUSE = 'go-panic-triage:cause';
const CAUSE_END = '/go-panic-triage:cause';

/** A zero-width joiner inside `<!--`: shown the same in code, never an HTML comment. */
export function defuseComments(text: string): string {
  return text.replace(/<!--/g, '<!\u200D--');
}

/** The hidden line that starts a section: its commit, then all its data (key first) as JSON. */
export function sectionMarker(data: SectionData): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<!-- ${SECTION} sha=${data.sha.replace(/[^0-9a-f]/gi, '')} ${json} -->`;
}

export function causeOpen(id: string): string {
  return `<!-- ${CAUSE} ${id.replace(/[^0-9a-z]/gi, '')} -->`;
}

export const CAUSE_CLOSE = `<!-- ${CAUSE_END} -->`;

/** Whether a body holds any section marker (every body `renderSectionsComment` writes does). */
export function hasSectionMarker(body: string): boolean {
  return body.includes(`<!-- ${SECTION} `);
}

/** The sections and cause blocks a body written by `renderSectionsComment` holds. */
export function parseCommentState(body: string): CommentState {
  const sections: SectionData[] = [];
  const seen = new Set<string>();
  for (const m of body.matchAll(/<!-- go-panic-triage:section sha=[0-9a-f]* (\{[^\n]*?\}) -->/g)) {
    const data = decodeSection(m[1] ?? '');
    // One section per key: a second one (two comments merged) loses to the first.
    if (data && !seen.has(data.key)) {
      seen.add(data.key);
      sections.push(data);
    }
  }
  const blocks = new Map<string, string>();
  const open = /<!-- go-panic-triage:cause ([0-9a-z]+) -->\n/g;
  for (const m of body.matchAll(open)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = body.indexOf(`\n${CAUSE_CLOSE}`, start);
    if (end < 0) continue;
    if (!blocks.has(m[1] ?? '')) blocks.set(m[1] ?? '', body.slice(start, end));
  }
  return { sections, blocks };
}

function decodeSection(json: string): SectionData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  // Our own comment, but an admin can edit it: take only well-formed fields.
  if (!isRecord(raw)) return null;
  const { key, label, group, sha, status } = raw;
  if (typeof key !== 'string' || typeof label !== 'string' || typeof sha !== 'string') return null;
  if (status !== 'findings' && status !== 'clean' && status !== 'unread') return null;
  const data: SectionData = {
    key,
    label,
    group: typeof group === 'string' ? group : label,
    sha,
    status: status as SectionStatus,
    notes: Array.isArray(raw.notes) ? raw.notes.filter((n): n is string => typeof n === 'string') : [],
    causes: Array.isArray(raw.causes) ? raw.causes.flatMap(decodeCause) : [],
  };
  for (const name of ['leg', 'jobUrl', 'summaryUrl'] as const) {
    const value = raw[name];
    if (typeof value === 'string') data[name] = value;
  }
  if (raw.kept === true) data.kept = true;
  return data;
}

function decodeCause(raw: unknown): CauseSummary[] {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !FAULT_KINDS.includes(raw.kind as FaultKind)) return [];
  const cause: CauseSummary = {
    id: raw.id,
    kind: raw.kind as FaultKind,
    severity: typeof raw.severity === 'number' ? raw.severity : 0,
    tests: Array.isArray(raw.tests) ? raw.tests.filter((t): t is string => typeof t === 'string') : [],
    findings: typeof raw.findings === 'number' ? raw.findings : 1,
  };
  const where = raw.where;
  if (isRecord(where) && typeof where.file === 'string' && typeof where.line === 'number') {
    cause.where = {
      file: where.file,
      line: where.line,
      ...(typeof where.code === 'string' && { code: where.code }),
    };
  }
  if (typeof raw.fixKind === 'string') cause.fixKind = raw.fixKind as FixKind;
  return [cause];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
