// `.github/go-panic-triage.yml`: what a repository can set, and the defaults when it sets nothing.
import type { FaultKind, ObjectSourceKind } from '../model.js';

export type CommentMode = 'always' | 'on-findings' | 'off';

/** Trace paths under `from` are read as repo paths under `to` (Bazel sandboxes, odd GOPATHs). */
export interface PathMapping {
  from: string;
  to: string;
}

/** A call that hands out shared objects, beyond the built-in rule table (e.g. a company's own cache). */
export interface SharedSourceRule {
  /** Method or function name as called in Go code: `Get`, `cache.Lookup`, `GetCachedPod`. */
  call: string;
  kind: ObjectSourceKind;
  /** Shown in the evidence: why objects from this call are shared. */
  why?: string;
}

/** Findings matching every field given are dropped. `test` and `path` take `*` wildcards. */
export interface IgnoreRule {
  /** A finding's id as the reports print it (`ignore: [{id: 6ec2652ea277}]`). */
  id?: string;
  kind?: FaultKind;
  test?: string;
  /** Repo-relative path of the crash frame. */
  path?: string;
  /** A substring of the headline. */
  headline?: string;
}

export interface Config {
  module?: string;
  pathMappings: PathMapping[];
  sharedSources: SharedSourceRule[];
  ignore: IgnoreRule[];
  comment: CommentMode;
  /** Which comment: unset is the one merged comment per pull request; a key gets a comment of its own. */
  commentKey?: string;
  suggestions: boolean;
  /** At most this many findings are published; unset, the size budgets decide. */
  maxFindings?: number;
}

export const DEFAULT_CONFIG: Readonly<Config> = Object.freeze({
  pathMappings: [],
  sharedSources: [],
  ignore: [],
  comment: 'on-findings',
  suggestions: true,
});

export const FAULT_KINDS: readonly FaultKind[] = [
  'concurrent-map-writes',
  'concurrent-map-read-write',
  'concurrent-map-iteration-write',
  'concurrent-map-clone-write',
  'data-race',
  'cache-mutation',
  'nil-map-write',
  'nil-deref',
  'test-timeout',
  'closed-channel',
  'deadlock',
  'panic',
];

export const OBJECT_SOURCE_KINDS: readonly ObjectSourceKind[] = [
  'lister',
  'indexer',
  'store',
  'informer-handler',
  'unsafe-client-read',
  'package-variable',
  'shared-test-fixture',
  'closure-capture',
  'shared-argument',
  'other',
];
