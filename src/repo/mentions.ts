// Does any Go code of the repository mention these words? A plain text search over every listed Go file,
// for proofs of absence (`remove-write`: no code reads this annotation key). Absence is only proved by a
// complete search: a reader that cannot read every file (the contents API's request budget), a cut
// listing, an unreadable or oversized file or a spent budget make the answer `complete: false`.
import { repoIndexFor } from './go-index.js';
import type { SourceReader } from './source-reader.js';

export interface Needle {
  text: string;
  /** Match whole identifiers only (`lastSeenKey`, not `lastSeenKeys`); else any substring (a string's text). */
  word?: boolean;
}

export interface Mention {
  path: string;
  /** 1-based. */
  line: number;
  needle: string;
}

export interface MentionSearch {
  /** True when every listed Go file was searched: only then does "no mention" mean none. */
  complete: boolean;
  /** Why the search is incomplete. */
  incomplete?: string;
  filesSearched: number;
  /** The first mention found per needle outside the ignored lines. */
  mentions: Mention[];
}

export interface MentionLimits {
  maxBytes: number;
  maxMs: number;
  concurrency: number;
}

/** A checkout's whole text once more at most: the same budget as the repository index's own scan. */
export const defaultMentionLimits: MentionLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxMs: 5_000,
  concurrency: 8,
};

/**
 * The code of one line without its `//` comment (a comment naming a key is no reader of it). String and
 * rune literals are kept whole, so `"http://x"` stays. Block comments are kept: counting them as code can
 * only find more mentions, never fewer.
 */
export function withoutLineComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\' && quote !== '`') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Searches every listed Go file for the needles, skipping lines `ignore(path, line)` accepts (the write
 * itself, the key's declaration). Stops early once every needle has a mention.
 */
export async function findMentions(
  reader: SourceReader,
  needles: readonly Needle[],
  ignore: (path: string, line: number) => boolean,
  limits: MentionLimits = defaultMentionLimits,
): Promise<MentionSearch> {
  const scan = reader.scan?.bind(reader);
  const none = (why: string): MentionSearch => ({
    complete: false,
    incomplete: why,
    filesSearched: 0,
    mentions: [],
  });
  if (!scan) return none('the source reader cannot read every file');
  const listing = await repoIndexFor(reader).listing();
  if (!listing) return none('the source reader cannot list files');
  if (listing.truncated) return none('the listing of the repository was cut short');
  const patterns = needles.map((n) => ({
    needle: n.text,
    test: n.word ? new RegExp(`(^|[^\\w])${escapeRegExp(n.text)}($|[^\\w])`) : null,
  }));
  const found = new Map<string, Mention>();
  let incomplete: string | undefined;
  let searched = 0;
  let bytes = 0;
  let next = 0;
  const started = Date.now();
  const worker = async (): Promise<void> => {
    while (next < listing.files.length && !incomplete && found.size < patterns.length) {
      const file = listing.files[next++];
      if (!file) continue;
      const text = await scan(file.path).catch(() => null);
      if (text === null) {
        incomplete = `${file.path} could not be read`;
        return;
      }
      searched++;
      bytes += text.length;
      if (bytes > limits.maxBytes || Date.now() - started > limits.maxMs) {
        incomplete = 'the search ran out of its time or bytes budget';
        return;
      }
      const present = patterns.filter((p) => !found.has(p.needle) && text.includes(p.needle));
      if (!present.length) continue;
      text.split('\n').forEach((raw, row) => {
        if (ignore(file.path, row + 1)) return;
        const code = withoutLineComment(raw);
        for (const p of present) {
          if (found.has(p.needle) || !code.includes(p.needle)) continue;
          if (p.test && !p.test.test(code)) continue;
          found.set(p.needle, { path: file.path, line: row + 1, needle: p.needle });
        }
      });
    }
  };
  await Promise.all(Array.from({ length: limits.concurrency }, worker));
  const mentions = [...found.values()];
  // A mention found is an answer even when the search stopped early.
  return {
    complete: !incomplete,
    ...(incomplete && { incomplete }),
    filesSearched: searched,
    mentions,
  };
}
