// How findings are named to people, in every report format: one headline in words (what, which
// test, where), the kind's short title, the confidence in words with its reason, and the words for
// the clean and unread states. Every surface calls these, so they all say the same thing.
import type { Culprit, FaultKind, Finding, ObjectSourceKind, ReportStats } from '../model.js';
import { displayFile } from './frames.js';
import { blamedGoroutine, waitText } from './waits.js';

export const KIND_TITLES: Record<FaultKind, string> = {
  'concurrent-map-writes': 'Concurrent map writes',
  'concurrent-map-read-write': 'Concurrent map read and write',
  'concurrent-map-iteration-write': 'Map written while being iterated',
  'concurrent-map-clone-write': 'Map written while being cloned',
  'data-race': 'Data race',
  'cache-mutation': 'Informer cache object mutated',
  'nil-map-write': 'Write to a nil map',
  'nil-deref': 'Nil dereference',
  'test-timeout': 'Test timed out',
  'closed-channel': 'Send on a closed channel',
  deadlock: 'Deadlock',
  panic: 'Panic',
};

/** Faults caused by a write to an object others use: their culprit is that write. */
export function isSharedWrite(kind: FaultKind): boolean {
  return [
    'concurrent-map-writes',
    'concurrent-map-read-write',
    'concurrent-map-iteration-write',
    'concurrent-map-clone-write',
    'data-race',
    'cache-mutation',
  ].includes(kind);
}

/** Faults whose culprit names no write: nothing to say when there is none. */
export function isHang(kind: FaultKind): boolean {
  return kind === 'test-timeout' || kind === 'deadlock';
}

/** How a culprit's line relates to its variable: a write for shared-object faults, else where it failed. */
export function culpritVerb(kind: FaultKind): string {
  return ['nil-deref', 'panic', 'closed-channel', 'deadlock', 'test-timeout'].includes(kind)
    ? 'fails on'
    : 'writes';
}

/** A place a headline points at: the file's base name and line, with the full path for links. */
export interface TitlePlace {
  file: string;
  line: number;
}

/**
 * A headline in parts, so each surface can render code and links its own way:
 * `what` (`Data race`), `test`, then `detail` with `place` (`legacyscheme.Scheme written at` + `scheme.go:52`).
 * `what` and `detail` are prose whose code is between backticks (see `proseWithCode`).
 */
export interface TitleParts {
  what: string;
  test: string | null;
  detail: string;
  place: TitlePlace | null;
  /** Appended after the place (`, 3 times`). */
  tail: string;
}

/** The panic's own message without `panic: `, `runtime error: ` and the `[recovered]` marks. */
export function panicMessage(headline: string): string {
  return headline
    .replace(/^(panic|fatal error):\s*/, '')
    .replace(/^runtime error:\s*/, '')
    .replace(/(\s*\[recovered(, repanicked)?\])+\s*$/, '')
    .replace(/\s*\[signal [^\]]*\]\s*$/, '')
    .trim();
}

/** The short title of a finding: its kind, or for a panic what the runtime said (`Index out of range`). */
export function shortKind(finding: Finding): string {
  if (finding.kind !== 'panic') return KIND_TITLES[finding.kind];
  const message = panicMessage(finding.headline);
  const runtime =
    /^(index out of range|slice bounds out of range|integer divide by zero|hash of unhashable type|comparing uncomparable type|makeslice: len out of range|invalid memory address)/.exec(
      message,
    );
  if (runtime?.[1]) return capitalize(runtime[1]);
  if (/^interface conversion/.test(message)) return 'Interface conversion';
  return 'Panic';
}

/** `code` as a code span in our prose: backticks inside would end it, so they become quotes. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

const MAX_MESSAGE_CHARS = 80;

export function titleParts(finding: Finding): TitleParts {
  const { culprit } = finding;
  const tail = finding.occurrences > 1 ? `, ${finding.occurrences} times` : '';
  const crash = finding.crashFrame
    ? { file: displayFile(finding.crashFrame), line: finding.crashFrame.line }
    : null;
  const write = culprit ? { file: culprit.mutation.file, line: culprit.mutation.line } : null;
  const base = { test: finding.test, tail };
  const kind = finding.kind;
  if (isSharedWrite(kind)) {
    const what = kind === 'cache-mutation' ? cacheWhat(finding) : KIND_TITLES[kind];
    if (culprit)
      return { ...base, what, detail: `${code(culprit.mutation.variable)} written at`, place: write };
    if (kind === 'data-race') {
      const [first, second] = finding.fault.accesses ?? [];
      const other = second?.frames.find((f) => f.kind === 'repo' || f.kind === undefined);
      const detail = first && other ? `${first.op} at` : 'at';
      const against =
        second && other
          ? ` races with ${second.op} at ${code(`${baseName(displayFile(other))}:${other.line}`)}`
          : '';
      return { ...base, what, detail, place: crash, tail: `${against}${tail}` };
    }
    // The mutation detector only notices: its own frame is no place to look at.
    return { ...base, what, detail: 'at', place: kind === 'cache-mutation' ? null : crash };
  }
  if (kind === 'nil-deref' && culprit) {
    return {
      ...base,
      what: `Nil dereference of ${code(culprit.mutation.variable)}`,
      detail: 'at',
      place: write,
    };
  }
  if (kind === 'nil-map-write' && culprit) {
    return {
      ...base,
      what: `Write to nil map ${code(culprit.mutation.variable)}`,
      detail: 'at',
      place: write,
    };
  }
  if (kind === 'test-timeout') {
    const after = /after (\S+)/.exec(finding.headline)?.[1];
    const state = waitState(finding);
    return {
      ...base,
      what: `Test timed out${after ? ` after ${after}` : ''}`,
      detail: state ? `waits (${state}) at` : 'at',
      place: crash,
    };
  }
  if (kind === 'deadlock') {
    const state = waitState(finding);
    return {
      ...base,
      what: 'Deadlock',
      detail: state ? `${deadlockWho(finding)} waits (${state}) at` : 'at',
      place: crash,
    };
  }
  if (kind === 'panic') {
    const short = shortKind(finding);
    if (short !== 'Panic') return { ...base, what: short, detail: 'at', place: write ?? crash };
    const message = panicMessage(finding.headline);
    const clipped =
      message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message;
    return {
      ...base,
      what: message ? `Panic ${code(clipped)}` : 'Panic',
      detail: 'at',
      place: write ?? crash,
    };
  }
  return { ...base, what: KIND_TITLES[kind], detail: 'at', place: write ?? crash };
}

/** `goroutine 1`: the goroutine a deadlock is blamed on. */
function deadlockWho(finding: Finding): string {
  const id = blamedGoroutine(finding)?.id;
  return id === undefined ? 'the first goroutine' : `goroutine ${id}`;
}

/** `Informer cache *v1.Pod mutated`: the object type when the detector named it. */
function cacheWhat(finding: Finding): string {
  const type = finding.fault.cacheMutation?.objectType;
  return type ? `Informer cache ${code(type)} mutated` : KIND_TITLES['cache-mutation'];
}

/** The state the blamed goroutine waits in (`chan receive`), for hangs. */
function waitState(finding: Finding): string | undefined {
  const g = blamedGoroutine(finding);
  return g && g.state !== 'running'
    ? waitText({ state: g.state, ...(g.waitMinutes !== undefined && { minutes: g.waitMinutes }) })
    : undefined;
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/**
 * The headline as prose with code spans: `Data race in `TestX`: `legacyscheme.Scheme` written at
 * `scheme.go:52``. `place` renders the place (a link in markdown); by default its base name as code.
 */
export function findingTitle(finding: Finding, place?: (p: TitlePlace) => string): string {
  const parts = titleParts(finding);
  const shown = parts.place
    ? place
      ? place(parts.place)
      : code(`${baseName(parts.place.file)}:${parts.place.line}`)
    : '';
  // `… at x.go:3` reads on; a detail with words of its own follows a colon.
  const where = !shown ? '' : parts.detail === 'at' ? ` at ${shown}` : `: ${parts.detail} ${shown}`;
  const test = parts.test ? ` in ${code(parts.test)}` : '';
  return `${parts.what}${test}${where}${parts.tail}`;
}

/** The headline as plain text (terminal, annotations, SARIF, JSON `title`). */
export function plainTitle(finding: Finding): string {
  return findingTitle(finding).replace(/`/g, '');
}

const SOURCE_WORDS: Record<ObjectSourceKind, string> = {
  lister: 'an informer lister (a pointer into the shared cache)',
  indexer: 'an informer indexer (a pointer into the shared cache)',
  store: 'a cache store (a pointer into the shared cache)',
  'informer-handler': 'an informer event handler (the cache’s own object)',
  'unsafe-client-read': 'a cache-backed client read that does not copy',
  'package-variable': 'a package-level variable every test shares',
  'shared-test-fixture': 'a fixture shared by parallel subtests',
  'closure-capture': 'a variable captured by a goroutine’s closure',
  'shared-argument': 'one value handed to several callers (copies of a struct share its maps)',
  other: 'a value the code shares',
};

/** Where the culprit's object comes from, in words. */
export function sourceWords(kind: ObjectSourceKind): string {
  return SOURCE_WORDS[kind];
}

/** `high` from 0.8, `medium` from 0.5, else `low` (a guess). */
export function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

/**
 * The confidence in words with its reason: `high confidence: the object comes from an informer
 * lister; this change touches the write`. The number stays in JSON; the diff's bonus (+0.05) is why
 * a run with the pull request's diff says more than one without.
 */
export function confidenceText(culprit: Culprit, kind: FaultKind, options: { diff?: boolean } = {}): string {
  const level = confidenceLevel(culprit.confidence);
  const reasons: string[] = [];
  const source = culprit.objectSource;
  if (culprit.confidence < 0.5) reasons.push('this is a guess from the code around the crash');
  else if (!isSharedWrite(kind)) reasons.push('the crashing line reads it');
  else if (source && source.kind !== 'other')
    reasons.push(`the object comes from ${sourceWords(source.kind)}`);
  else reasons.push('where the object comes from is not certain');
  if (culprit.inDiff && options.diff !== false) reasons.push('this change touches the line');
  return `${level} confidence: ${reasons.join('; ')}`;
}

/** What a culprit's line is, in words: `Write to shared legacyscheme.Scheme`, `Nil dereference of svc`. */
export function writeTitle(finding: Finding): string | null {
  const culprit = finding.culprit;
  if (!culprit) return null;
  const variable = culprit.mutation.variable;
  switch (finding.kind) {
    case 'nil-deref':
      return `Nil dereference of ${variable}`;
    case 'nil-map-write':
      return `Write to nil map ${variable}`;
    case 'panic':
    case 'closed-channel':
    case 'test-timeout':
    case 'deadlock':
      return `${shortKind(finding)} on ${variable}`;
    default:
      return `Write to shared ${variable}`;
  }
}

/** Said of a finding read from part of a dump (a pasted fragment: no headline, no goroutine header, cut). */
export const PARTIAL_NOTE = 'partial: the log holds only part of this crash';

/** What the reports say of the input's line order (see `ReportStats.outOfOrder` / `reordered`). */
export function orderNote(stats: ReportStats): string | undefined {
  if (stats.outOfOrder) return 'the log looks out of order (newest first?)';
  return stats.reordered ? 'newest-first log put back in order' : undefined;
}

export const CLEAN_TITLE = 'go-panic-triage: no Go crashes';
export const CLEAN_TEXT = 'hold no panic, fatal error, data race or timeout';
export const UNREAD_TITLE = 'go-panic-triage: no logs could be read';

/** `3 findings: 1 crash, 2 races`: the one-line count every surface leads or ends with. */
export function findingsSummary(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const group = severityGroup(f.kind);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const parts = ['crash', 'race', 'hang']
    .filter((g) => counts.has(g))
    .map((g) => {
      const n = counts.get(g) ?? 0;
      return `${n} ${g === 'crash' ? (n === 1 ? 'crash' : 'crashes') : n === 1 ? g : `${g}s`}`;
    });
  const noun = findings.length === 1 ? 'finding' : 'findings';
  return `go-panic-triage: ${findings.length} ${noun} (${parts.join(', ')})`;
}

/** Crashes stop the program, races may, hangs (timeouts, deadlocks) block it. */
export function severityGroup(kind: FaultKind): 'crash' | 'race' | 'hang' {
  if (kind === 'data-race') return 'race';
  if (isHang(kind)) return 'hang';
  return 'crash';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
