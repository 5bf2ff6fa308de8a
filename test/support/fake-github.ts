// A small in-memory GitHub REST server over real HTTP on 127.0.0.1, for driving the real Octokit
// (in-process or from the bundled Action in a child process). It implements only the endpoints the
// delivery stage uses, with GitHub's status codes, pagination and redirects, and records every request.
import { type KeyObject, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  issue: number;
  html_url: string;
}

export interface FakePullFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface FakeJob {
  id: number;
  name: string;
  conclusion: 'success' | 'failure' | 'cancelled' | 'timed_out' | null;
  /** The plain-text job log; undefined answers 410 Gone (an expired log). */
  log?: string;
}

export interface FakeRun {
  id: number;
  /** The workflow's name; `CI` when not given. */
  name?: string;
  head_sha: string;
  head_branch: string;
  conclusion: 'success' | 'failure' | null;
  status: 'completed' | 'in_progress';
  event: string;
  pull_requests: { number: number }[];
  /** The fork (or the repository itself) the run's commit came from. */
  head_repository?: { full_name: string; owner: { login: string } };
  jobs: FakeJob[];
  /** The run-log ZIP (`GET …/runs/{id}/logs`). */
  zip?: Uint8Array;
  created_at?: string;
}

export interface FakePull {
  number: number;
  head: { sha: string; ref: string; repo: { full_name: string; owner: { login: string } } };
  base: { ref: string; repo: { full_name: string } };
  state: 'open' | 'closed';
  files: FakePullFile[];
}

/** A canned failure: the next `times` requests matching method and path get `status`. */
interface Failure {
  method: string;
  path: RegExp;
  status: number;
  message: string;
  times: number;
  headers: Record<string, string>;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly reviews: { pull: number; body: unknown }[] = [];
  readonly reviewComments: {
    id: number;
    pull: number;
    path: string;
    line: number;
    body: string;
    user: { login: string; type: string };
  }[] = [];
  readonly checkRuns: { id: number; body: Record<string, unknown>; updates: Record<string, unknown>[] }[] =
    [];
  readonly reactions: { commentId: number; content: string }[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly runs = new Map<number, FakeRun>();
  /** login → permission (`admin`, `maintain`, `write`, `triage`, `read`, `none`). */
  readonly permissions = new Map<string, string>();
  /** repo path → text, served by the contents API and the git trees API at any ref. */
  readonly contents = new Map<string, string>();
  /** Release tags the repository has (`GET …/git/ref/tags/{tag}`). */
  readonly tags = new Set<string>();
  /** What the trees API answers for `truncated` (GitHub cuts recursive trees past its limit). */
  treeTruncated = false;
  /** Who the token belongs to; `null` answers `GET /user` with 403 like an installation token. */
  tokenUser: string | null = null;
  /**
   * The GitHub App behind the installation tokens: `GET /app` answers with its slug, and when its
   * public key is known, App-level calls must carry a JWT it signed (RS256, `iss` = the App id).
   */
  app: { id: number; slug: string; publicKey?: KeyObject } = { id: 1, slug: 'go-panic-triage' };
  /** The login comments are created as (`github-actions[bot]` for the Actions token). */
  commentAuthor: { login: string; type: 'Bot' | 'User' } = { login: 'github-actions[bot]', type: 'Bot' };
  readonly owner: string;
  readonly repo: string;
  private failures: Failure[] = [];
  private holds: { method: string; path: RegExp; released: Promise<void>; waiting: number }[] = [];
  private barriers: { method: string; path: RegExp; count: number; arrived: (() => void)[] }[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  private baseUrl = '';

  constructor(fullName = 'Codertocat/Hello-World') {
    const [owner, repo] = fullName.split('/');
    this.owner = owner ?? 'Codertocat';
    this.repo = repo ?? 'Hello-World';
  }

  get url(): string {
    return this.baseUrl;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, 500, { message: `fake server error: ${String(error)}` });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Forgets everything a test wrote or injected; repository data (pulls, runs, contents) stays. */
  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.reviews.length = 0;
    this.reviewComments.length = 0;
    this.checkRuns.length = 0;
    this.reactions.length = 0;
    this.failures = [];
    for (const hold of this.holds) hold.waiting = 0;
    this.barriers = [];
  }

  /**
   * The next `count` requests matching method and path wait for each other, then all proceed: two
   * writers made to read the same state before either writes (a real lost-update race, every time).
   */
  barrier(method: string, path: RegExp, count: number): void {
    this.barriers.push({ method, path, count, arrived: [] });
  }

  fail(
    method: string,
    path: RegExp,
    status: number,
    times = 1,
    message = 'injected failure',
    headers: Record<string, string> = {},
  ): void {
    this.failures.push({ method, path, status, message, times, headers });
  }

  /**
   * Requests matching method and path wait until `release()` (a job caught in flight); `waiting`
   * counts the requests held so far.
   */
  hold(method: string, path: RegExp): { release: () => void; waiting: () => number } {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const entry = { method, path, released, waiting: 0 };
    this.holds.push(entry);
    return {
      release: () => {
        this.holds = this.holds.filter((h) => h !== entry);
        release();
      },
      waiting: () => entry.waiting,
    };
  }

  /** Requests that change something, to assert what a run wrote: not GETs, nor GraphQL queries (only mutations). */
  writes(): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.method !== 'GET' &&
        !(r.path === '/graphql' && !/^\s*mutation\b/.test((r.body as { query?: string }).query ?? '')),
    );
  }

  addComment(issue: number, body: string, user: FakeComment['user']): FakeComment {
    const id = this.nextId++;
    const comment = {
      id,
      body,
      user,
      issue,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${id}`,
    };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // GitHub Enterprise Server serves the REST API under /api/v3 (Probot's GHE_HOST base URL).
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const raw = await readBody(req);
    let body: unknown = raw;
    if (raw && (req.headers['content-type'] ?? '').includes('json')) body = JSON.parse(raw);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    });

    const hold = this.holds.find((h) => h.method === method && h.path.test(url.pathname));
    if (hold) {
      hold.waiting++;
      await hold.released;
    }

    const barrier = this.barriers.find((b) => b.method === method && b.path.test(url.pathname));
    if (barrier) {
      await new Promise<void>((resolve) => {
        barrier.arrived.push(resolve);
        if (barrier.arrived.length < barrier.count) return;
        this.barriers = this.barriers.filter((b) => b !== barrier);
        for (const go of barrier.arrived) go();
      });
    }

    const failure = this.failures.find(
      (f) => f.method === method && f.path.test(url.pathname) && f.times > 0,
    );
    if (failure) {
      failure.times--;
      return send(res, failure.status, { message: failure.message }, failure.headers);
    }

    const repoPrefix = escapeRegExp(`/repos/${this.owner}/${this.repo}`);
    type Handler = (m: RegExpMatchArray) => Promise<void> | void;
    const routes: [string, string, Handler][] = [
      [
        'POST',
        '/graphql',
        async (_m) => {
          // `viewer` answers for every token: a user's login, or a bot's without `[bot]`, as GitHub does.
          const query = (body as { query?: string }).query ?? '';
          if (!/\bviewer\b/.test(query))
            return send(res, 200, { errors: [{ message: 'unsupported query' }] });
          const viewer =
            this.tokenUser !== null
              ? { login: this.tokenUser, __typename: 'User' }
              : { login: this.commentAuthor.login.replace(/\[bot\]$/, ''), __typename: 'Bot' };
          return send(res, 200, { data: { viewer } });
        },
      ],
      [
        'GET',
        '/user',
        async (_m) => {
          if (this.tokenUser === null)
            return send(res, 403, { message: 'Resource not accessible by integration' });
          return send(res, 200, { login: this.tokenUser, type: 'User' });
        },
      ],
      [
        'GET',
        '{repo}/issues/(\\d+)/comments',
        async (m) => {
          const issue = Number(m[1]);
          return this.paginate(
            res,
            url,
            this.comments.filter((c) => c.issue === issue),
          );
        },
      ],
      [
        'POST',
        '{repo}/issues/(\\d+)/comments',
        async (m) => {
          const text = (body as { body: string }).body;
          if (text.length > 65_536) return send(res, 422, { message: 'Validation Failed: body is too long' });
          return send(res, 201, this.addComment(Number(m[1]), text, this.commentAuthor));
        },
      ],
      [
        'PATCH',
        '{repo}/issues/comments/(\\d+)',
        async (m) => {
          const comment = this.comments.find((c) => c.id === Number(m[1]));
          if (!comment) return send(res, 404, { message: 'Not Found' });
          const text = (body as { body: string }).body;
          if (text.length > 65_536) return send(res, 422, { message: 'Validation Failed: body is too long' });
          comment.body = text;
          return send(res, 200, comment);
        },
      ],
      [
        'DELETE',
        '{repo}/issues/comments/(\\d+)',
        async (m) => {
          const at = this.comments.findIndex((c) => c.id === Number(m[1]));
          if (at < 0) return send(res, 404, { message: 'Not Found' });
          this.comments.splice(at, 1);
          res.writeHead(204);
          return void res.end();
        },
      ],
      [
        'POST',
        '{repo}/issues/comments/(\\d+)/reactions',
        async (m) => {
          this.reactions.push({ commentId: Number(m[1]), content: (body as { content: string }).content });
          return send(res, 201, { id: this.nextId++, content: (body as { content: string }).content });
        },
      ],
      [
        'GET',
        '{repo}/collaborators/([^/]+)/permission',
        async (m) => {
          const login = decodeURIComponent(m[1] ?? '');
          const permission = this.permissions.get(login) ?? 'read';
          return send(res, 200, { permission, role_name: permission, user: { login } });
        },
      ],
      [
        'GET',
        '{repo}/pulls/(\\d+)/files',
        async (m) => {
          const pull = this.pulls.get(Number(m[1]));
          if (!pull) return send(res, 404, { message: 'Not Found' });
          return this.paginate(res, url, pull.files);
        },
      ],
      [
        'GET',
        '{repo}/pulls/(\\d+)',
        async (m) => {
          const pull = this.pulls.get(Number(m[1]));
          return pull ? send(res, 200, pull) : send(res, 404, { message: 'Not Found' });
        },
      ],
      [
        'GET',
        '{repo}/pulls',
        async (_m) => {
          const head = url.searchParams.get('head');
          const pulls = [...this.pulls.values()].filter(
            (p) => !head || `${p.head.repo.owner.login}:${p.head.ref}` === head,
          );
          return this.paginate(res, url, pulls);
        },
      ],
      [
        'POST',
        '{repo}/pulls/(\\d+)/reviews',
        async (m) => {
          const pull = this.pulls.get(Number(m[1]));
          if (!pull) return send(res, 404, { message: 'Not Found' });
          const bad = reviewCommentOutsideHunks(pull, body);
          if (bad) return send(res, 422, { message: 'Unprocessable Entity', errors: [bad] });
          this.reviews.push({ pull: pull.number, body });
          const comments = (body as { comments?: { path: string; line: number; body: string }[] }).comments;
          for (const c of comments ?? []) {
            this.reviewComments.push({
              id: this.nextId++,
              pull: pull.number,
              ...c,
              user: this.commentAuthor,
            });
          }
          return send(res, 200, { id: this.nextId++ });
        },
      ],
      [
        'DELETE',
        '{repo}/pulls/comments/(\\d+)',
        async (m) => {
          const at = this.reviewComments.findIndex((c) => c.id === Number(m[1]));
          if (at < 0) return send(res, 404, { message: 'Not Found' });
          this.reviewComments.splice(at, 1);
          res.writeHead(204);
          return void res.end();
        },
      ],
      [
        'GET',
        '{repo}/pulls/(\\d+)/comments',
        async (m) => {
          const pull = Number(m[1]);
          return this.paginate(
            res,
            url,
            this.reviewComments.filter((c) => c.pull === pull),
          );
        },
      ],
      [
        'POST',
        '{repo}/check-runs',
        async (_m) => {
          const id = this.nextId++;
          this.checkRuns.push({ id, body: body as Record<string, unknown>, updates: [] });
          return send(res, 201, { id, html_url: `https://github.com/${this.owner}/${this.repo}/runs/${id}` });
        },
      ],
      [
        'PATCH',
        '{repo}/check-runs/(\\d+)',
        async (m) => {
          const run = this.checkRuns.find((c) => c.id === Number(m[1]));
          if (!run) return send(res, 404, { message: 'Not Found' });
          run.updates.push(body as Record<string, unknown>);
          return send(res, 200, { id: run.id });
        },
      ],
      [
        'GET',
        '{repo}/actions/runs',
        async (_m) => {
          const sha = url.searchParams.get('head_sha');
          const status = url.searchParams.get('status');
          const runs = [...this.runs.values()]
            .filter(
              (r) =>
                (!sha || r.head_sha === sha) && (!status || r.conclusion === status || r.status === status),
            )
            .sort((a, b) => b.id - a.id);
          return send(res, 200, {
            total_count: runs.length,
            workflow_runs: runs.map((r) => this.runJson(r)),
          });
        },
      ],
      [
        'GET',
        '{repo}/actions/runs/(\\d+)',
        async (m) => {
          const run = this.runs.get(Number(m[1]));
          return run ? send(res, 200, this.runJson(run)) : send(res, 404, { message: 'Not Found' });
        },
      ],
      [
        'GET',
        '{repo}/actions/runs/(\\d+)/jobs',
        async (m) => {
          const run = this.runs.get(Number(m[1]));
          if (!run) return send(res, 404, { message: 'Not Found' });
          const jobs = run.jobs.map((j) => ({
            id: j.id,
            name: j.name,
            conclusion: j.conclusion,
            status: 'completed',
            html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${run.id}/job/${j.id}`,
          }));
          return send(res, 200, { total_count: jobs.length, jobs });
        },
      ],
      [
        'GET',
        '{repo}/actions/jobs/(\\d+)/logs',
        async (m) => {
          const job = [...this.runs.values()].flatMap((r) => r.jobs).find((j) => j.id === Number(m[1]));
          if (!job) return send(res, 404, { message: 'Not Found' });
          if (job.log === undefined) return send(res, 410, { message: 'Gone' });
          // Like GitHub: a redirect to a short-lived plain-text download.
          res.writeHead(302, { location: `${this.baseUrl}/_downloads/job/${job.id}` });
          return void res.end();
        },
      ],
      [
        'GET',
        '/_downloads/job/(\\d+)',
        async (m) => {
          const job = [...this.runs.values()].flatMap((r) => r.jobs).find((j) => j.id === Number(m[1]));
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
          return void res.end(job?.log ?? '');
        },
      ],
      [
        'GET',
        '{repo}/actions/runs/(\\d+)/logs',
        async (m) => {
          const run = this.runs.get(Number(m[1]));
          if (!run?.zip) return send(res, 410, { message: 'Gone' });
          res.writeHead(302, { location: `${this.baseUrl}/_downloads/run/${run.id}.zip` });
          return void res.end();
        },
      ],
      [
        'GET',
        '/_downloads/run/(\\d+)\\.zip',
        async (m) => {
          const run = this.runs.get(Number(m[1]));
          res.writeHead(200, { 'content-type': 'application/zip' });
          return void res.end(run?.zip ? Buffer.from(run.zip) : Buffer.alloc(0));
        },
      ],
      [
        'GET',
        // Octokit sends the ref's slash encoded: `git/ref/tags%2Fv1.2.3`.
        '{repo}/git/ref/tags(?:/|%2F)(.+)',
        async (m) => {
          const tag = decodeURIComponent(m[1] ?? '');
          if (!this.tags.has(tag)) return send(res, 404, { message: 'Not Found' });
          const ref = `refs/tags/${tag}`;
          return send(res, 200, { ref, object: { type: 'commit', sha: 'c'.repeat(40) } });
        },
      ],
      [
        'GET',
        '{repo}/git/trees/([^/]+)',
        async (m) => {
          // The contents at any ref, as GitHub's recursive tree: blobs with sizes, and their directories.
          if (url.searchParams.get('recursive') === null)
            return send(res, 422, { message: 'the fake serves recursive trees only' });
          const dirs = new Set<string>();
          const blobs = [...this.contents].map(([path, text]) => {
            const parts = path.split('/');
            for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
            return { path, mode: '100644', type: 'blob', size: Buffer.byteLength(text), sha: 'f'.repeat(40) };
          });
          const trees = [...dirs].map((path) => ({
            path,
            mode: '040000',
            type: 'tree',
            sha: 'e'.repeat(40),
          }));
          const tree = [...trees, ...blobs].sort((a, b) => (a.path < b.path ? -1 : 1));
          return send(res, 200, { sha: m[1], truncated: this.treeTruncated, tree });
        },
      ],
      [
        'GET',
        '{repo}/contents/(.+)',
        async (m) => {
          const path = decodeURIComponent(m[1] ?? '');
          const text = this.contents.get(path);
          if (text === undefined) return send(res, 404, { message: 'Not Found' });
          if ((req.headers.accept ?? '').includes('raw')) {
            res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
            return void res.end(text);
          }
          return send(res, 200, {
            type: 'file',
            path,
            size: Buffer.byteLength(text),
            encoding: 'base64',
            content: Buffer.from(text).toString('base64'),
          });
        },
      ],
      [
        'POST',
        '/app/installations/(\\d+)/access_tokens',
        async (_m) => {
          if (!this.appJwtValid(req))
            return send(res, 401, { message: 'A JSON web token could not be decoded' });
          return send(res, 201, { token: 'ghs_fake_installation_token', expires_at: '2099-01-01T00:00:00Z' });
        },
      ],
      [
        'GET',
        '/app',
        async (_m) => {
          if (!this.appJwtValid(req))
            return send(res, 401, { message: 'A JSON web token could not be decoded' });
          return send(res, 200, { id: this.app.id, slug: this.app.slug, name: this.app.slug });
        },
      ],
      [
        'GET',
        '{repo}/actions/jobs/(\\d+)',
        async (m) => {
          const run = [...this.runs.values()].find((r) => r.jobs.some((j) => j.id === Number(m[1])));
          const job = run?.jobs.find((j) => j.id === Number(m[1]));
          if (!run || !job) return send(res, 404, { message: 'Not Found' });
          return send(res, 200, {
            id: job.id,
            run_id: run.id,
            name: job.name,
            conclusion: job.conclusion,
            status: 'completed',
            head_sha: run.head_sha,
          });
        },
      ],
    ];
    for (const [verb, pattern, handler] of routes) {
      if (verb !== method) continue;
      const m = url.pathname.match(new RegExp(`^${pattern.replace('{repo}', repoPrefix)}$`));
      if (m) return handler(m);
    }
    return send(res, 404, { message: `Not Found (fake GitHub has no route for ${method} ${url.pathname})` });
  }

  /** An App JWT: RS256 over `header.payload`, signed by the App's private key, issued by its id. */
  private appJwtValid(req: IncomingMessage): boolean {
    const key = this.app.publicKey;
    if (!key) return true;
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    const [header, payload, signature] = (token ?? '').split('.');
    if (scheme?.toLowerCase() !== 'bearer' || !header || !payload || !signature) return false;
    const signed = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      key,
      Buffer.from(signature, 'base64url'),
    );
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: unknown };
    return signed && String(claims.iss) === String(this.app.id);
  }

  private runJson(run: FakeRun): Record<string, unknown> {
    const { jobs: _jobs, zip: _zip, ...rest } = run;
    return {
      ...rest,
      name: run.name ?? 'CI',
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${run.id}`,
      created_at: run.created_at ?? '2026-11-29T12:00:00Z',
      repository: {
        full_name: `${this.owner}/${this.repo}`,
        html_url: `https://github.com/${this.owner}/${this.repo}`,
      },
    };
  }

  private paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url.toString(), this.baseUrl);
      next.searchParams.set('page', String(page + 1));
      next.searchParams.set('per_page', String(perPage));
      headers.link = `<${this.baseUrl}${next.pathname}${next.search}>; rel="next"`;
    }
    send(res, 200, slice, headers);
  }
}

/** GitHub refuses a whole review when one comment's line is not in the PR's diff hunks. */
function reviewCommentOutsideHunks(pull: FakePull, body: unknown): string | undefined {
  const comments =
    (body as { comments?: { path: string; line: number; start_line?: number }[] }).comments ?? [];
  for (const comment of comments) {
    const file = pull.files.find((f) => f.filename === comment.path);
    const lines = file?.patch ? rightSideLines(file.patch) : new Set<number>();
    for (let line = comment.start_line ?? comment.line; line <= comment.line; line++) {
      if (!lines.has(line)) return `Line ${line} of ${comment.path} is not part of the diff`;
    }
  }
  return undefined;
}

function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) next = Number(header[1]);
    else if (line.startsWith('+') || line.startsWith(' ')) lines.add(next++);
  }
  return lines;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
