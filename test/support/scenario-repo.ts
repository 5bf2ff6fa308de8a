// The repository the Action and App tests play against: the scenario module's real sources and
// logs, a pull request whose patch is cut from the real file, and real webhook payloads.
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import examples from '@octokit/webhooks-examples';
import type { FakeGitHub, FakePull } from './fake-github.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCENARIOS = join(ROOT, 'test/fixtures/scenarios');
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

export type Payload = Record<string, unknown>;

/** A payload from @octokit/webhooks-examples, copied so a test may change it. */
export function webhookExample(name: string, pick: (p: Payload) => boolean): Payload {
  const group = (examples as unknown as { name: string; examples: Payload[] }[]).find((e) => e.name === name);
  const found = group?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${name} payload`);
  return structuredClone(found);
}

export const onHelloWorld = (p: Payload): boolean =>
  (p.repository as { full_name: string } | undefined)?.full_name === 'Codertocat/Hello-World';

/** Serves every file of the scenario module through the fake's contents API, at any ref. */
export function serveScenarioSources(fake: FakeGitHub): void {
  const root = join(SCENARIOS, 'src');
  for (const file of walk(root)) fake.contents.set(relative(root, file), readFileSync(file, 'utf8'));
}

/**
 * Pull request `number` at HEAD_SHA, changing the EndpointSlice controller: a hunk around the lister
 * Get (line 70) and the write (line 78), cut from the real file, with line 78 added.
 */
export function pullWithPatch(number: number, headOwner = 'Codertocat'): FakePull {
  const file = 'pkg/controller/endpointslice/controller.go';
  const lines = readFileSync(join(SCENARIOS, 'src', file), 'utf8').split('\n');
  const hunk = lines.slice(65, 79).map((l, i) => (i === 12 ? `+${l}` : ` ${l}`));
  return {
    number,
    state: 'open',
    head: {
      sha: HEAD_SHA,
      ref: 'changes',
      repo: { full_name: `${headOwner}/Hello-World`, owner: { login: headOwner } },
    },
    base: { ref: 'master', repo: { full_name: 'Codertocat/Hello-World' } },
    files: [{ filename: file, status: 'modified', patch: ['@@ -66,13 +66,14 @@', ...hunk].join('\n') }],
  };
}

/** What the job-log endpoint really serves: every line behind a runner timestamp. */
export function githubTimestamps(log: string): string {
  return log.replace(/^/gm, '2026-11-29T12:00:00.0000000Z ');
}

/** `X-Hub-Signature-256` for a webhook body. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
