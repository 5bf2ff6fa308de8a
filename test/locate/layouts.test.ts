// Real crash logs of builds laid out as kubernetes/kubernetes did over the years, and of a library crashing
// inside somebody else's binary: the crash frame, the kinds, the repo paths and the version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../src/model.js';
import { refForVersion } from '../../src/repo/version-ref.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { triage } from '../../src/triage.js';

async function finding(log: string, modulePath?: string) {
  async function* input() {
    yield readFileSync(log);
  }
  const { findings } = await triage(input(), modulePath ? { modulePath } : {});
  expect(findings).toHaveLength(1);
  return findings[0] as NonNullable<(typeof findings)[0]>;
}

/** `kind repoPath@version func`, runtime frames left out: the table the assertions read. */
const placed = (frames: Frame[]) =>
  frames
    .filter((f) => f.kind !== 'runtime')
    .map((f) => `${f.kind} ${f.repoPath ?? '-'}${f.version ? `@${f.version}` : ''} ${f.func}`);

describe('kubernetes/kubernetes layouts (test/fixtures/go-programs/kubernetes-layout)', () => {
  const DIR = 'test/fixtures/go-programs/kubernetes-layout';
  const KK = 'k8s.io/kubernetes/pkg/controller/endpointslice.(*Controller)';
  const CONTROLLER = 'pkg/controller/endpointslice/endpointslice_controller.go';
  // GOPATH-era builds compile vendored packages as k8s.io/kubernetes/vendor/…; module builds do not.
  const vendoredAs = {
    gopath: 'k8s.io/kubernetes/vendor/',
    bazel: 'k8s.io/kubernetes/vendor/',
    modules: '',
    'vendor-trimpath': '',
  };

  describe.each(Object.entries(vendoredAs))('output-%s.log', (build, prefix) => {
    const log = `${DIR}/output-${build}.log`;

    it('names ensureSetupManagedByAnnotation, not the vendored Size(), for kubernetes', async () => {
      const f = await finding(log, 'k8s.io/kubernetes');
      expect(f.kind).toBe('concurrent-map-iteration-write');
      expect(f.crashFrame).toMatchObject({
        func: `${KK}.ensureSetupManagedByAnnotation`,
        line: 46,
        kind: 'repo',
        repoPath: CONTROLLER,
      });
      expect(placed(f.frames)).toEqual([
        `dependency - ${prefix}k8s.io/apimachinery/pkg/apis/meta/v1.(*ObjectMeta).Size`,
        `dependency - ${prefix}k8s.io/api/core/v1.(*Service).Size`,
        `dependency - ${prefix}k8s.io/client-go/kubernetes/typed/core/v1.ServicesClient.Update`,
        `repo ${CONTROLLER} ${KK}.ensureSetupManagedByAnnotation`,
        `repo ${CONTROLLER} ${KK}.syncService`,
        `repo ${CONTROLLER} ${KK}.Run.func1`,
      ]);
    });

    it('names the same frame without a module path', async () => {
      const f = await finding(log);
      expect(f.crashFrame?.func).toBe(`${KK}.ensureSetupManagedByAnnotation`);
      expect(f.frames.filter((x) => x.kind === 'dependency')).toHaveLength(3);
    });

    it('is apimachinery’s own Size() when the module is the staging repository', async () => {
      const f = await finding(log, 'k8s.io/apimachinery');
      expect(f.crashFrame).toMatchObject({
        func: `${prefix}k8s.io/apimachinery/pkg/apis/meta/v1.(*ObjectMeta).Size`,
        line: 9,
        kind: 'repo',
        repoPath: 'pkg/apis/meta/v1/generated.pb.go',
      });
      expect(f.crashFrame?.version).toBeUndefined();
      expect(
        placed(f.frames)
          .slice(1)
          .every((p) => p.startsWith('dependency - ')),
      ).toBe(true);
    });

    it('is client-go’s Update when the module is k8s.io/client-go', async () => {
      const f = await finding(log, 'k8s.io/client-go');
      expect(f.crashFrame).toMatchObject({
        func: `${prefix}k8s.io/client-go/kubernetes/typed/core/v1.ServicesClient.Update`,
        repoPath: 'kubernetes/typed/core/v1/service.go',
        line: 11,
      });
    });
  });
});

describe('the repository as a dependency (test/fixtures/go-programs/dependency-crash)', () => {
  const DIR = 'test/fixtures/go-programs/dependency-crash';
  const LIB = 'example.com/Cluster/registry';
  const REGISTER = `${LIB}.(*Registry).Register`;

  it.each([
    ['modcache', 'v1.4.2'],
    ['trimpath', 'v1.4.2'],
    ['vendor', undefined],
  ])('output-%s.log is the library’s own code, at %s', async (build, version) => {
    const f = await finding(`${DIR}/output-${build}.log`, LIB);
    expect(f.kind).toBe('concurrent-map-writes');
    expect(f.crashFrame).toEqual({
      func: REGISTER,
      file: expect.any(String),
      line: 17,
      inlined: true,
      kind: 'repo',
      repoPath: 'registry.go',
      ...(version && { version }),
    });
    expect(placed(f.frames)).toEqual([
      `repo registry.go${version ? `@${version}` : ''} ${REGISTER}`,
      'dependency - main.fill',
    ]);
  });

  it.each(['modcache', 'trimpath', 'vendor'])(
    'output-%s.log blames the caller for the app',
    async (build) => {
      const f = await finding(`${DIR}/output-${build}.log`, 'example.com/app');
      expect(f.crashFrame).toMatchObject({ func: 'main.fill', line: 14, kind: 'repo' });
      expect(f.crashFrame?.version).toBeUndefined();
      expect(f.frames.find((x) => x.func === REGISTER)?.kind).toBe('dependency');
    },
  );
});

describe('the version in the reports', () => {
  const LOG = 'test/fixtures/go-programs/dependency-crash/output-modcache.log';
  async function report() {
    async function* input() {
      yield readFileSync(LOG);
    }
    return triage(input(), { modulePath: 'example.com/Cluster/registry' });
  }
  const SHA = '0123456789abcdef0123456789abcdef01234567';
  const REPO = 'https://github.com/cluster/registry';
  // What a door does with the tags the API says the repository has.
  const render = async (tags: string[]) =>
    renderMarkdown(await report(), {
      blobBase: `${REPO}/blob/${SHA}`,
      versionBlobBase: (version) => `${REPO}/blob/${refForVersion(version, (t) => tags.includes(t), SHA)}`,
    });

  it('links the release tag when the repository has it, and says the version', async () => {
    const body = await render(['v1.4.1', 'v1.4.2']);
    expect(body).toContain(
      `- **Crashed** at [\`registry.go:17\`](${REPO}/blob/v1.4.2/registry.go#L17) in \`registry.(*Registry).Register\`, at \`v1.4.2\``,
    );
    expect(body).not.toContain(`${REPO}/blob/${SHA}/registry.go`);
  });

  it('links the head when the tag is not in the repository', async () => {
    const body = await render(['v1.4.1']);
    expect(body).toContain(
      `(${REPO}/blob/${SHA}/registry.go#L17) in \`registry.(*Registry).Register\`, at \`v1.4.2\``,
    );
    expect(body).not.toContain('/blob/v1.4.2/');
  });

  it('names it in JSON and in the terminal', async () => {
    const r = await report();
    expect(JSON.parse(renderJson(r)).findings[0].crashFrame).toEqual({
      func: 'example.com/Cluster/registry.(*Registry).Register',
      file: 'registry.go',
      line: 17,
      version: 'v1.4.2',
    });
    expect(renderText(r, { color: false })).toContain(
      'registry.go:17 at v1.4.2  registry.(*Registry).Register',
    );
  });
});

// Go 1.26 under a Homebrew-style GOROOT (test/fixtures/go-programs/modern-runtime): the swiss-map clone
// path and iter.Pull print files no GOROOT pattern knows; their package names place them.
describe('modern runtime frames under an unfamiliar GOROOT', () => {
  const DIR = 'test/fixtures/go-programs/modern-runtime';

  it.each([undefined, 'example.com/modern'])(
    'maps.Clone’s fault is the caller’s (module %s)',
    async (mod) => {
      const f = await finding(`${DIR}/output-clone.log`, mod);
      expect(f.kind).toBe('concurrent-map-clone-write');
      expect(f.crashFrame).toMatchObject({
        func: 'main.snapshot',
        file: '/tmp/modern-runtime/src/main.go',
        line: 20,
      });
      expect(f.frames.slice(0, 4).map((x) => `${x.kind} ${x.func}`)).toEqual([
        'runtime internal/runtime/maps.fatal',
        'runtime internal/runtime/maps.(*Map).Clone',
        'runtime maps.clone',
        'stdlib maps.Clone[...]',
      ]);
    },
  );

  it.each([undefined, 'example.com/modern'])(
    'a panic re-raised by iter.Pull is the puller’s (module %s)',
    async (mod) => {
      const f = await finding(`${DIR}/output-pull.log`, mod);
      expect(f.headline).toBe('panic: runtime error: index out of range [3] with length 3');
      expect(f.crashFrame).toMatchObject({ func: 'main.pullAll', line: 48 });
      expect(f.frames[0]).toMatchObject({ func: 'iter.Pull[...].func2', kind: 'stdlib' });
    },
  );
});
