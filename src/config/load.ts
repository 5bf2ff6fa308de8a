// Reads `.github/go-panic-triage.yml` with js-yaml and validates it, naming the key and line of
// every problem, so a typo in a config never silently turns a feature off.
import { CORE_SCHEMA, type Event, loadAll, parseEvents } from 'js-yaml';
import type { FaultKind, ObjectSourceKind } from '../model.js';
import {
  type CommentMode,
  type Config,
  DEFAULT_CONFIG,
  FAULT_KINDS,
  type IgnoreRule,
  OBJECT_SOURCE_KINDS,
  type PathMapping,
  type SharedSourceRule,
} from './schema.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const MAX_CONFIG_BYTES = 64 * 1024;
const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-findings', 'off'];

/** Parses and validates a config file's text. An empty file means the defaults. Throws ConfigError. */
export function parseConfig(text: string, file = '.github/go-panic-triage.yml'): Config {
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(file, [`larger than ${MAX_CONFIG_BYTES} bytes`]);
  let data: unknown;
  let lines: Map<string, number>;
  try {
    // loadAll, not load: a file holding only comments is an empty config, not an error.
    const documents = loadAll(text, { schema: CORE_SCHEMA, filename: file });
    if (documents.length > 1) throw new ConfigError(file, ['holds several YAML documents; keep one']);
    data = documents[0] ?? null;
    lines = keyLines(text);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    throw new ConfigError(file, [mark ? `line ${mark.line + 1}: ${reason}` : reason]);
  }
  const problems: string[] = [];
  const config = validate(data, new Reporter(problems, lines));
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}

/** Collects problems, each prefixed with the line of the key it is about. */
class Reporter {
  constructor(
    readonly problems: string[],
    private readonly lines: Map<string, number>,
  ) {}

  at(path: string, message: string): void {
    const line = this.lines.get(path);
    this.problems.push(`${line ? `line ${line}: ` : ''}'${path}' ${message}`);
  }
}

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function validate(data: unknown, report: Reporter): Config {
  const config: Config = structuredClone({ ...DEFAULT_CONFIG }) as Config;
  if (data === null || data === undefined) return config;
  if (!isObject(data)) {
    report.problems.push('the file must be a mapping of settings (key: value)');
    return config;
  }
  const known = [
    'module',
    'path-mappings',
    'shared-sources',
    'ignore',
    'comment',
    'comment-key',
    'suggestions',
    'max-findings',
  ];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) report.at(key, `is not a known setting${didYouMean(key, known)}`);
  }
  if (data.module !== undefined) config.module = text(data.module, 'module', report);
  if (data['path-mappings'] !== undefined) {
    config.pathMappings = list(data['path-mappings'], 'path-mappings', report, pathMapping);
  }
  if (data['shared-sources'] !== undefined) {
    config.sharedSources = list(data['shared-sources'], 'shared-sources', report, sharedSource);
  }
  if (data.ignore !== undefined) config.ignore = list(data.ignore, 'ignore', report, ignoreRule);
  if (data.comment !== undefined) config.comment = oneOf(data.comment, 'comment', COMMENT_MODES, report);
  if (data['comment-key'] !== undefined) {
    const key = text(data['comment-key'], 'comment-key', report);
    if (key !== undefined) config.commentKey = key;
  }
  if (data.suggestions !== undefined) {
    if (typeof data.suggestions === 'boolean') config.suggestions = data.suggestions;
    else report.at('suggestions', `must be true or false, not ${show(data.suggestions)}`);
  }
  if (data['max-findings'] !== undefined) {
    const n = data['max-findings'];
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100) config.maxFindings = n;
    else report.at('max-findings', `must be a whole number from 1 to 100, not ${show(n)}`);
  }
  return config;
}

function text(value: unknown, path: string, report: Reporter): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  report.at(path, `must be a non-empty string, not ${show(value)}`);
  return undefined;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], report: Reporter): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  report.at(path, `must be one of ${allowed.join(', ')}, not ${show(value)}`);
  return allowed[0] as T;
}

function list<T>(
  value: unknown,
  path: string,
  report: Reporter,
  item: (entry: Shape, path: string, report: Reporter) => T | undefined,
): T[] {
  if (!Array.isArray(value)) {
    report.at(path, `must be a list, not ${show(value)}`);
    return [];
  }
  const out: T[] = [];
  for (const [i, entry] of value.entries()) {
    const at = `${path}[${i}]`;
    if (!isObject(entry)) {
      report.at(at, `must be a mapping, not ${show(entry)}`);
      continue;
    }
    const parsed = item(entry, at, report);
    if (parsed) out.push(parsed);
  }
  return out;
}

function onlyKeys(entry: Shape, path: string, keys: string[], report: Reporter): void {
  for (const key of Object.keys(entry)) {
    if (!keys.includes(key)) report.at(`${path}.${key}`, `is not a known key${didYouMean(key, keys)}`);
  }
}

function pathMapping(entry: Shape, path: string, report: Reporter): PathMapping | undefined {
  onlyKeys(entry, path, ['from', 'to'], report);
  const from = text(entry.from, `${path}.from`, report);
  const to = typeof entry.to === 'string' ? entry.to : text(entry.to, `${path}.to`, report);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

function sharedSource(entry: Shape, path: string, report: Reporter): SharedSourceRule | undefined {
  onlyKeys(entry, path, ['call', 'kind', 'why'], report);
  const call = text(entry.call, `${path}.call`, report);
  const kind: ObjectSourceKind =
    entry.kind === undefined ? 'store' : oneOf(entry.kind, `${path}.kind`, OBJECT_SOURCE_KINDS, report);
  const why = entry.why === undefined ? undefined : text(entry.why, `${path}.why`, report);
  if (call === undefined) return undefined;
  return why === undefined ? { call, kind } : { call, kind, why };
}

function ignoreRule(entry: Shape, path: string, report: Reporter): IgnoreRule | undefined {
  onlyKeys(entry, path, ['id', 'kind', 'test', 'path', 'headline'], report);
  const rule: IgnoreRule = {};
  // YAML reads an all-digit id as a number: take it back as the text it was.
  if (typeof entry.id === 'number') entry.id = String(entry.id);
  if (entry.id !== undefined) rule.id = text(entry.id, `${path}.id`, report);
  if (entry.kind !== undefined) rule.kind = oneOf<FaultKind>(entry.kind, `${path}.kind`, FAULT_KINDS, report);
  for (const key of ['test', 'path', 'headline'] as const) {
    if (entry[key] !== undefined) rule[key] = text(entry[key], `${path}.${key}`, report);
  }
  if (Object.keys(rule).length === 0) {
    report.at(path, 'needs at least one of id, kind, test, path, headline');
    return undefined;
  }
  return rule;
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function didYouMean(key: string, known: string[]): string {
  const close = known.find((k) => editDistance(k, key) <= 2);
  return close ? ` (did you mean '${close}'?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The 1-based line of every mapping key and sequence item, by path (`ignore[1].kind`), read from
 * js-yaml's event stream: plain `load` gives values without positions.
 */
function keyLines(source: string): Map<string, number> {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  interface Level {
    kind: 'mapping' | 'sequence';
    path: string;
    index: number;
    /** Mapping only: the key just read, waiting for its value. */
    key?: string;
  }
  const lines = new Map<string, number>();
  const stack: Level[] = [];
  const childPath = (level: Level | undefined): string | undefined => {
    if (!level) return undefined;
    if (level.kind === 'sequence') return `${level.path}[${level.index}]`;
    return level.key === undefined ? undefined : level.path ? `${level.path}.${level.key}` : level.key;
  };
  const valueDone = (level: Level | undefined): void => {
    if (!level) return;
    if (level.kind === 'sequence') level.index++;
    else level.key = undefined;
  };
  const events: Event[] = parseEvents(source, {});
  for (const event of events) {
    const top = stack[stack.length - 1];
    if (event.type === 3 || event.type === 2) {
      const path = childPath(top) ?? '';
      if (top?.kind === 'sequence') lines.set(path, lineOf(event.start));
      stack.push({ kind: event.type === 3 ? 'mapping' : 'sequence', path, index: 0 });
    } else if (event.type === 6) {
      if (stack.pop()) valueDone(stack[stack.length - 1]);
    } else if (event.type === 4) {
      if (top?.kind === 'mapping' && top.key === undefined) {
        top.key = source.slice(event.valueStart, event.valueEnd).replace(/^['"]|['"]$/g, '');
        lines.set(top.path ? `${top.path}.${top.key}` : top.key, lineOf(event.valueStart));
      } else {
        valueDone(top);
      }
    } else if (event.type === 5) {
      valueDone(top);
    }
  }
  return lines;
}
