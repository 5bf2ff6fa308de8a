// A fake process for run(): stdin from a string or a TTY, stdout/stderr captured.
import type { CliIo } from '../../src/cli/run.js';

export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
}

export function fakeIo(
  options: { stdin?: string; tty?: boolean; env?: Record<string, string>; cwd?: string } = {},
): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const stdinText = options.stdin;
  const stdin = {
    isTTY: stdinText === undefined,
    async *[Symbol.asyncIterator]() {
      if (stdinText !== undefined) yield Buffer.from(stdinText);
    },
  };
  return {
    stdin,
    stdout: { write: (s: string) => out.push(s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => err.push(s), isTTY: options.tty ?? false },
    env: options.env ?? {},
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
