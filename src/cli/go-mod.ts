// The module path from a checkout's go.mod: the `module` line, nothing else of the file matters here.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** `module example.com/m` (optionally quoted, optionally with a comment) → `example.com/m`; null if none. */
export function modulePathFromGoMod(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))\s*$/.exec(line);
    if (match) return match[2] ?? match[3] ?? match[4] ?? null;
  }
  return null;
}

/** Reads `<root>/go.mod`; null when it is missing or names no module. */
export async function readModulePath(root: string): Promise<string | null> {
  const text = await readFile(join(root, 'go.mod'), 'utf8').catch(() => null);
  return text === null ? null : modulePathFromGoMod(text);
}
