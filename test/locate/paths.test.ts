// Path spellings of builds we cannot run here (Bazel, Homebrew and Windows GOROOTs, custom GOMODCACHEs):
// one frame each, as the real traces print them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownFileElsewhere, stagingFileOf } from '../../src/locate/go-paths.js';
import { locateFault, pickCrashFrame } from '../../src/locate/index.js';
import type { Fault, Frame } from '../../src/model.js';

const f = (func: string, file: string, line = 1): Frame => ({ func, file, line });
const faultOf = (frames: Frame[]): Fault => ({
  kind: 'panic',
  headline: 'panic: x',
  others: [],
  span: { start: 1, end: 1 },
  crashing: { id: 1, state: 'running', frames, count: 1 },
});
function placed(frame: Frame, modulePath?: string) {
  locateFault(faultOf([frame]), modulePath ? { modulePath } : {});
  return [frame.kind, frame.repoPath, frame.version];
}

describe('ownFileElsewhere', () => {
  const M = 'github.com/Azure/go-lib/v2';
  it.each([
    [`/root/go/pkg/mod/github.com/!azure/go-lib/v2@v2.3.0/x/y.go`, { path: 'x/y.go', version: 'v2.3.0' }],
    [
      `/cache/gomod/github.com/!azure/go-lib/v2@v2.0.0-20240101000000-abcdef123456/y.go`,
      { path: 'y.go', version: 'v2.0.0-20240101000000-abcdef123456' },
    ],
    [`${M}@v2.3.0+incompatible/y.go`, { path: 'y.go', version: 'v2.3.0+incompatible' }],
    [`/src/app/vendor/${M}/x/y.go`, { path: 'x/y.go' }],
    [`vendor/${M}/y.go`, { path: 'y.go' }],
    [`/root/go/pkg/mod/github.com/!azure/go-lib@v1.0.0/y.go`, null],
    [`/src/app/vendor/example.com/${M}/y.go`, null],
    [`/src/${M}/y.go`, null],
  ])('%s', (file, expected) => expect(ownFileElsewhere(file, M)).toEqual(expected));
});

describe('stagingFileOf', () => {
  it.each([
    [
      'staging/src/k8s.io/client-go/tools/cache/reflector.go',
      { module: 'k8s.io/client-go', path: 'tools/cache/reflector.go' },
    ],
    [
      '/home/prow/go/src/k8s.io/kubernetes/staging/src/k8s.io/api/core/v1/types.go',
      { module: 'k8s.io/api', path: 'core/v1/types.go' },
    ],
    ['pkg/staging/src/x.go', null],
  ])('%s', (file, expected) => expect(stagingFileOf(file)).toEqual(expected));
});

describe('classifying layouts by their frames', () => {
  it('reads Bazel’s external/ repositories as dependencies, with or without a module path', () => {
    for (const file of [
      'external/com_github_google_go_cmp/cmp/compare.go',
      '/root/.cache/bazel/_bazel_root/0123abcd/external/io_k8s_klog_v2/klog.go',
      '/b/execroot/__main__/external/com_github_x_y/y.go',
      'bazel-out/k8-fastbuild/bin/external/com_github_x_y/y.pb.go',
    ]) {
      expect(placed(f('github.com/x/y.F', file))[0]).toBe('dependency');
      expect(placed(f('github.com/x/y.F', file), 'k8s.io/kubernetes')[0]).toBe('dependency');
    }
  });

  it('places kubernetes’ own files of nested GOPATH builds by the innermost GOPATH', () => {
    const file =
      '/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/cmd/kube-proxy/proxy.go';
    expect(placed(f('main.main', file), 'k8s.io/kubernetes')).toEqual([
      'repo',
      'cmd/kube-proxy/proxy.go',
      undefined,
    ]);
  });

  it('knows a GOROOT no pattern names from the package the function is in', () => {
    const brew = '/opt/homebrew/Cellar/go/1.24.1/libexec/src';
    const win = 'C:/Program Files/Go/src';
    for (const mod of [undefined, 'example.com/m']) {
      expect(placed(f('maps.Clone[...]', `${brew}/maps/maps.go`), mod)[0]).toBe('stdlib');
      expect(placed(f('maps.clone', `${brew}/runtime/map.go`), mod)[0]).toBe('runtime');
      expect(placed(f('sync.(*Map).Range', `${win}/sync/hashtriemap.go`), mod)[0]).toBe('stdlib');
      expect(placed(f('iter.Pull[...].func1', `${win}/iter/iter.go`), mod)[0]).toBe('stdlib');
      expect(
        placed(f('internal/sync.(*HashTrieMap[...]).Range', '/somewhere/else/hashtriemap.go'), mod)[0],
      ).toBe('stdlib');
      expect(placed(f('unique.Make[...]', `${brew}/unique/handle.go`), mod)[0]).toBe('stdlib');
    }
    // The suffix is only a GOROOT for standard-library packages.
    expect(placed(f('example.com/m/maps.Clone', '/w/src/maps/maps.go'))[0]).toBeUndefined();
  });

  it('reads the runtime’s fatal-error helpers linked into other packages as runtime', () => {
    for (const func of [
      'sync.fatal',
      'sync.throw',
      'internal/sync.fatal',
      'maps.fatal',
      'runtime.fatalthrow',
    ]) {
      expect(placed(f(func, '/home/u/proj/x.go'), 'example.com/m')[0]).toBe('runtime');
    }
  });
});

describe('modern runtime frames are never the crash frame', () => {
  const GOROOT = '/opt/homebrew/Cellar/go/1.26.0/libexec/src';

  it('skips swiss-map, sync.Map, iter, unique, weak and maps.Clone frames when nothing else is left', () => {
    const frames = [
      f('internal/runtime/maps.fatal', `${GOROOT}/runtime/panic.go`),
      f('maps.clone', `${GOROOT}/runtime/map.go`),
      f('maps.Clone[...]', `${GOROOT}/maps/maps.go`),
      f('internal/sync.(*HashTrieMap[...]).Range', `${GOROOT}/internal/sync/hashtriemap.go`),
      f('sync.(*Map).Range', `${GOROOT}/sync/hashtriemap.go`),
      f('iter.Pull[...].func1', `${GOROOT}/iter/iter.go`),
      f('unique.Make[...]', `${GOROOT}/unique/handle.go`),
      f('weak.Make[...]', `${GOROOT}/weak/pointer.go`),
      f('github.com/x/y.(*Cache).Snapshot', '/root/go/pkg/mod/github.com/x/y@v1.0.0/cache.go', 12),
    ];
    const fault = faultOf(frames);
    locateFault(fault, {});
    expect(pickCrashFrame(fault, {})?.func).toBe('github.com/x/y.(*Cache).Snapshot');
  });

  // A hostile or mangled line can carry any file: a runtime function's name alone keeps it out.
  it('never picks a runtime function, whatever file a frame-like line gives it', () => {
    const runtimeFunc = fc.constantFrom(
      'runtime.throw',
      'runtime.fatal',
      'runtime.mapassign_faststr',
      'internal/runtime/maps.fatal',
      'internal/runtime/maps.(*Map).PutSlot',
      'sync.fatal',
      'internal/sync.throw',
      'panic',
    );
    const file = fc.oneof(
      fc.constantFrom('/home/u/proj/main.go', 'main.go', 'example.com/m/x.go', '/go/src/runtime/map.go', ''),
      fc.string(),
    );
    const moduleFrames = fc.array(fc.record({ func: runtimeFunc, file, line: fc.nat() }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(moduleFrames, fc.constantFrom(undefined, 'example.com/m'), (frames, modulePath) => {
        const fault = faultOf(frames.map((x) => ({ ...x })));
        const options = modulePath ? { modulePath } : {};
        locateFault(fault, options);
        expect(pickCrashFrame(fault, options)).toBeNull();
      }),
    );
  });
});
