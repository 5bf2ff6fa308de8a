// The writers a goroutine dump can hide: every map write the code of its goroutines' repo stacks performs.
import type { Goroutine } from '../model.js';
import { type Candidate, mapWritesAlongStack } from './candidates.js';
import type { GoSources } from './go-sources.js';
import type { AnalyzeRules } from './rules.js';
import { isRepoFrame, loadStack } from './stack.js';

/** Distinct repo stacks worth reading: a 10,000-goroutine dump has few distinct ones. */
const maxStacks = 64;

function distinctStacks(goroutines: Goroutine[]): Goroutine[] {
  const seen = new Set<string>();
  const out: Goroutine[] = [];
  for (const g of goroutines) {
    const key = g.frames
      .filter(isRepoFrame)
      .map((f) => `${f.repoPath}:${f.line}`)
      .join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(g);
    if (out.length >= maxStacks) break;
  }
  return out;
}

export interface DumpWriters {
  candidates: Candidate[];
  /** Repo files of those stacks that could not be read. */
  missing: string[];
  /** Their frames whose line is not in their function in this source (see StackSites). */
  stale: string[];
}

export async function dumpWriters(
  goroutines: Goroutine[],
  sources: GoSources,
  rules: AnalyzeRules,
): Promise<DumpWriters> {
  const out: DumpWriters = { candidates: [], missing: [], stale: [] };
  for (const g of distinctStacks(goroutines)) {
    const stack = await loadStack(g.frames, sources);
    out.missing.push(...stack.missing);
    out.stale.push(...stack.stale);
    if (stack.sites.length) out.candidates.push(...mapWritesAlongStack(stack.sites, rules));
  }
  return out;
}
