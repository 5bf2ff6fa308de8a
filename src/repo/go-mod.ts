// The repository's Go module path, from the `module` line of its go.mod: nothing else of the file matters here.
import type { SourceReader } from './source-reader.js';

/** `module example.com/m` (optionally quoted, optionally with a comment) → `example.com/m`; null if none. */
export function modulePathFromGoMod(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))\s*$/.exec(line);
    if (match) return match[2] ?? match[3] ?? match[4] ?? null;
  }
  return null;
}

/** Reads go.mod at the root of any source (a checkout, the contents API); null when missing or without a module line. */
export async function readModulePath(sources: SourceReader): Promise<string | null> {
  const text = await sources.read('go.mod');
  return text === null ? null : modulePathFromGoMod(text);
}
