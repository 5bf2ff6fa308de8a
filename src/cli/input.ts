// Where the log comes from: a file streamed from disk, or stdin. Read errors become one-line reasons.
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';

/** The input could not be read: exit code 2 with `go-panic-triage: <message>`. */
export class InputError extends Error {}

export type Chunks = AsyncIterable<Uint8Array | string>;

/**
 * Bytes per read, and per chunk handed on. Each read is a round trip to libuv's thread pool, so reads
 * are large; chunks stay at 64 KiB, where decoding and splitting are fastest (1 MiB strings were slower).
 */
const READ_SIZE = 1024 * 1024;
const CHUNK_SIZE = 64 * 1024;

/** Opens FILE for streaming (never read whole: logs can be gigabytes). */
export async function openLog(path: string): Promise<Chunks> {
  try {
    return readAhead(await open(path, 'r'), path);
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  }
}

/**
 * The file's bytes in `CHUNK_SIZE` views (no copy), the next read already under way while the caller
 * parses: a read stream waits to be asked, so the parser sat idle on every chunk. One generator rather
 * than a chain of them, as each layer costs a few promise hops per chunk.
 */
async function* readAhead(handle: FileHandle, path: string): AsyncGenerator<Uint8Array> {
  const readNext = () => handle.read(Buffer.allocUnsafe(READ_SIZE), 0, READ_SIZE, null);
  let next = readNext();
  try {
    for (;;) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) return;
      // One read in flight at a time: with `position: null` reads must not overlap.
      next = readNext();
      for (let at = 0; at < bytesRead; at += CHUNK_SIZE) {
        yield buffer.subarray(at, Math.min(at + CHUNK_SIZE, bytesRead));
      }
    }
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  } finally {
    // Stopped early (an error downstream): let the read in flight settle before closing.
    await next.catch(() => undefined);
    await handle.close();
  }
}

/** A `--source-root` that is missing or not a directory would silently disable diagnosis: say so. */
export async function requireDirectory(path: string): Promise<void> {
  const info = await stat(path).catch((error: unknown) => {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  });
  if (!info.isDirectory()) throw new InputError(`cannot read '${path}': not a directory`);
}

/** A small side input read whole (`--diff`), with the same one-line reasons as the log. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  }
}

/** Stdin, with read errors reported like a file's. */
export function stdinLog(stdin: Chunks): Chunks {
  return guarded(stdin, 'stdin');
}

async function* guarded(chunks: Chunks, name: string): AsyncGenerator<Uint8Array | string> {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    throw new InputError(`cannot read '${name}': ${reasonOf(error)}`);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
