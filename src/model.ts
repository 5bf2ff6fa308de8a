// The one data model shared by every stage: parse → locate → analyze → report.
// Stages only add to these shapes; no stage reaches back into an earlier one.

/** Where a frame's code lives, which decides whether it can be blamed. */
export type FrameKind = 'runtime' | 'stdlib' | 'dependency' | 'repo';

export interface Frame {
  /** Function as printed, without its argument list: `example.com/m/pkg.(*T).Method`, `panic`. */
  func: string;
  /** File path as printed in the trace (absolute, `-trimpath` module-relative, or `GOROOT/src/...`). */
  file: string;
  line: number;
  /** True when the frame printed `(...)`: the call was inlined and has no `+0x` offset. */
  inlined?: boolean;
  /** Set by locate. */
  kind?: FrameKind;
  /** Set by locate for repo frames: path relative to the repository root (`pkg/x/y.go`). */
  repoPath?: string;
  /**
   * Set by locate when a repo frame is the repository's own code built as somebody else's dependency at a
   * version (`…/pkg/mod/M@v1.2.3/…`, `-trimpath` `M@v1.2.3/…`): `v1.2.3`. `repoPath` is then the file at that version.
   */
  version?: string;
}

export interface Goroutine {
  id: number;
  /** The first item in the header's brackets: `running`, `chan receive`, `semacquire`, … */
  state: string;
  /** `N minutes` from the header, when printed. */
  waitMinutes?: number;
  lockedToThread?: boolean;
  /** Innermost call first, as printed. */
  frames: Frame[];
  /** True when the runtime elided frames in the middle (`...N frames elided...`). */
  elided?: boolean;
  /** Frames read but not kept because the parser's per-goroutine cap was reached (hostile input). */
  omittedFrames?: number;
  /** The `go` statement that started it (`created by F` and its file line). */
  createdBy?: Frame;
  /** Go 1.21+: `created by F in goroutine N`. */
  parentId?: number;
  /**
   * How many goroutines of the dump share this exact stack (bucketing, panicparse `AnyPointer`
   * style). 1 for an unbucketed goroutine.
   */
  count: number;
  /** Ids of the goroutines folded into this bucket (capped; `count` is the real total). */
  ids?: number[];
}

export type FaultKind =
  | 'concurrent-map-writes'
  | 'concurrent-map-read-write'
  | 'concurrent-map-iteration-write'
  | 'concurrent-map-clone-write'
  | 'data-race'
  | 'cache-mutation'
  | 'nil-map-write'
  | 'nil-deref'
  | 'test-timeout'
  | 'closed-channel'
  | 'deadlock'
  | 'panic';

export type AccessOp = 'read' | 'write';

/** One side of a race report: `Write at 0x… by goroutine 9:` or `Previous read at … by main goroutine:`. */
export interface RaceAccess {
  op: AccessOp;
  /** True for the `Previous …` section. */
  previous: boolean;
  /** `atomic` accesses print `Atomic write at`; kept for completeness. */
  atomic?: boolean;
  address: string;
  /** The race detector's own goroutine number; 1 for `main goroutine`. Not a runtime goroutine id. */
  goroutineId: number;
  frames: Frame[];
  /** `[failed to restore the stack]` */
  stackUnavailable?: boolean;
  /** A paste began inside this access: its section line (operation, address, goroutine) is missing. */
  sectionLost?: boolean;
  /** From the `Goroutine N (running|finished) created at:` section. */
  goroutineState?: 'running' | 'finished';
  createdAt?: Frame[];
}

/** The `Heap block of size …` / `Global var NAME …` section of a race report. */
export interface RaceLocation {
  description: string;
  /** `Global var` reports name the variable and where it was declared. */
  variable?: string;
  declaredAt?: { file: string; line: number };
  frames: Frame[];
}

/** client-go's mutation detector: `CACHE *v1.Pod[3] ALTERED!` + side-by-side diff + `panic: cache … modified`. */
export interface CacheMutation {
  /** `*v1.Pod` */
  objectType: string;
  /** The index printed in brackets, per altered object. */
  indexes: number[];
  /** Field paths that differ between the cached object and its copy (from the side-by-side diff). */
  changedFields: string[];
}

export interface RunningTest {
  name: string;
  duration: string;
}

/** Lines of the normalized log a fault was read from (1-based, inclusive). */
export interface LineSpan {
  start: number;
  end: number;
}

export interface Fault {
  kind: FaultKind;
  /** The line that names the crash: `fatal error: concurrent map writes`, `WARNING: DATA RACE`, … */
  headline: string;
  /** Every `panic:` line of a nested or re-raised panic in printed order (the first panic first), without the tab. */
  panicChain?: string[];
  /** `[signal SIGSEGV: segmentation violation code=… addr=… pc=…]` */
  signal?: string;
  /** The test the fault belongs to (`TestFoo/bar`); undefined when unknown. */
  test?: string;
  /** The Go package under test, when the log says (`go test -json` Package, `FAIL pkg` lines). */
  package?: string;
  /** The goroutine that raised the fault, whole. Undefined for race reports and when no dump followed. */
  crashing?: Goroutine;
  /** The rest of the dump, bucketed (bounded in number; see `omittedGoroutines`). */
  others: Goroutine[];
  /** Goroutines neither kept nor bucketed because the bucket cap was reached. */
  omittedGoroutines?: number;
  /** Race reports: the two (or more) accesses, in printed order. */
  accesses?: RaceAccess[];
  raceLocations?: RaceLocation[];
  cacheMutation?: CacheMutation;
  /** Test timeouts (Go 1.20+): the `running tests:` list. */
  runningTests?: RunningTest[];
  /** True when the log ended (truncated) before the fault's dump was complete. */
  truncated?: boolean;
  /**
   * True when the log holds only part of the fault (a pasted fragment): no headline (the kind was read
   * from the stack and `headline` says it is missing), no goroutine header, or a race report cut
   * before its first section.
   */
  partial?: boolean;
  span: LineSpan;
}

// ---- analyze ----

export type FixKind =
  | 'deepcopy-before-mutate'
  | 'per-test-scheme'
  | 'copy-map'
  | 'lock'
  | 'remove-write'
  | 'other';

export interface CodeRef {
  /** Repo-relative when it can be mapped, else as printed. */
  file: string;
  line: number;
  /** The source line, trimmed. */
  code: string;
}

export type ObjectSourceKind =
  | 'lister'
  | 'indexer'
  | 'store'
  | 'informer-handler'
  | 'unsafe-client-read'
  | 'package-variable'
  | 'shared-test-fixture'
  | 'closure-capture'
  /** One value (an options struct, a map) handed to several calls of the writing function. */
  | 'shared-argument'
  | 'other';

export interface Evidence extends CodeRef {
  /** What this line shows: `obtained from the lister`, `passed to syncService`, `written here`. */
  note: string;
}

/** A concrete source edit a later stage can render as a GitHub suggestion. */
export interface CodeEdit {
  file: string;
  /** Insert `insert` lines after this line (1-based); 0 inserts at the top. */
  afterLine: number;
  insert: string[];
  /**
   * The lines this edit replaces, as they read in the file (tabs kept), starting at `afterLine + 1`; absent
   * for a pure insertion. A removal (`remove-write`) is `insert: []` with the removed lines here: carrying
   * the text lets a renderer show `-` lines and a suggestion check that the pull request's head still
   * reads the same.
   */
  remove?: string[];
}

/** Source lines around a line of interest, as they are in the file (tabs kept). */
export interface CodeExcerpt {
  file: string;
  /** The line number of `lines[0]`. */
  startLine: number;
  lines: string[];
}

export interface Culprit {
  mutation: CodeRef & { variable: string };
  /** The lines around the write, for reports to show it in context. */
  excerpt?: CodeExcerpt;
  objectSource: (CodeRef & { kind: ObjectSourceKind }) | null;
  fixKind: FixKind;
  suggestion: string;
  edit?: CodeEdit;
  evidence: Evidence[];
  /** 0..1; below 0.5 the report says plainly that it is a guess. */
  confidence: number;
  /** True when the PR's diff touched the write. */
  inDiff?: boolean;
  /**
   * When no printed stack shows the write: the writers a search of the repository found, best first (at
   * most three; the first is this culprit). An inference: each says why it was ranked.
   */
  writerCandidates?: WriterCandidate[];
  /** What that search read and what it skipped (bounds, vendored trees, generated files). */
  writerSearch?: WriterSearchStats;
  /**
   * The other writers a write-write fault's dump shows (`concurrent map writes`): each needs its own fix,
   * so each carries its write, its object's source, its fix and (where possible) its edit.
   */
  otherWriters?: OtherWriter[];
}

export interface OtherWriter {
  mutation: CodeRef & { variable: string };
  objectSource: (CodeRef & { kind: ObjectSourceKind }) | null;
  fixKind: FixKind;
  suggestion: string;
  edit?: CodeEdit;
  inDiff?: boolean;
}

export interface WriterCandidate {
  mutation: CodeRef & { variable: string };
  objectSource: (CodeRef & { kind: ObjectSourceKind }) | null;
  fixKind: FixKind;
  confidence: number;
  /** Why it ranks where it does: `changed by this pull request`, `same package as the reader`, … */
  why: string[];
  inDiff?: boolean;
}

export interface WriterSearchStats {
  filesListed: number;
  filesScanned: number;
  filesParsed: number;
  skipped: string[];
}

// ---- report ----

export interface Finding {
  /** Fingerprint: kind + normalized headline + repo frames. Stable across runs. */
  id: string;
  kind: FaultKind;
  headline: string;
  /** How many identical faults the log held. */
  occurrences: number;
  test: string | null;
  package?: string;
  /** See DESIGN.md: first repo frame of the crashing goroutine (first access for races). */
  crashFrame: Frame | null;
  /** The crashing goroutine's frames (first access's frames for a race). */
  frames: Frame[];
  culprit: Culprit | null;
  /** Why there is no culprit (source missing, nothing shared written, …). */
  culpritReason?: string;
  /** The first occurrence, kept for rendering stacks and for analysis. */
  fault: Fault;
}

export interface ReportStats {
  bytes: number;
  lines: number;
  faults: number;
  /** True when the input ended mid-dump or was capped. */
  truncated: boolean;
  /** Faults not grouped because the log held more distinct findings than the grouper keeps. */
  droppedFaults?: number;
  /** A newest-first export was put back in order from its timestamps before parsing. */
  reordered?: boolean;
  /** The log's timestamps run backwards and could not be put in order: stacks may read scrambled. */
  outOfOrder?: boolean;
}

export interface Report {
  findings: Finding[];
  stats: ReportStats;
}
