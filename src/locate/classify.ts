// One frame → its kind and, for repository code, its repo-relative path.
import type { Frame } from '../model.js';
import { isDependencyFile, packagePathOf, stdlibPathOf } from './go-paths.js';

/** `go test` writes `_testmain.go` itself; it is part of the test harness, like `testing`. */
const GENERATED_TEST_MAIN = '_testmain.go';

/**
 * Classifies a frame from its own text alone. Repo frames get `repoPath` from the package path in the
 * function name (robust whatever directory the module was built in), or from a GOPATH / `-trimpath`
 * file path. Frames this cannot place (e.g. `main.main` at an absolute path) stay unclassified for the
 * module-directory pass in `locateFault`.
 */
export function classifyFrame(frame: Frame, modulePath: string | undefined): void {
  if (isRuntimeFrame(frame)) {
    frame.kind = 'runtime';
    return;
  }
  const trimmedRepoPath = modulePath ? underModule(frame.file, modulePath) : null;
  if (trimmedRepoPath !== null) {
    setRepo(frame, trimmedRepoPath);
    return;
  }
  if (frame.file === GENERATED_TEST_MAIN || stdlibPathOf(frame.file) !== null) {
    frame.kind = 'stdlib';
    return;
  }
  if (isDependencyFile(frame.file)) {
    frame.kind = 'dependency';
    return;
  }
  if (!modulePath) return;
  const byPackage = repoPathFromPackage(frame, modulePath);
  if (byPackage !== null) {
    setRepo(frame, byPackage);
    return;
  }
  // GOPATH layout: `/go/src/example.com/m/pkg/x.go`.
  const gopath = frame.file.indexOf(`/src/${modulePath}/`);
  if (gopath >= 0) setRepo(frame, frame.file.slice(gopath + `/src/${modulePath}/`.length));
}

/** `runtime.*`, `internal/runtime/…`, the `panic` frame, and helpers the runtime implements for other
 * packages (`reflect.mapiterinit`, `sync.runtime_Semacquire`), which live in GOROOT's runtime/ dir. */
export function isRuntimeFrame(frame: Frame): boolean {
  const { func } = frame;
  if (func === 'panic' || func.startsWith('runtime.')) return true;
  if (func.startsWith('internal/runtime/') || func.startsWith('runtime/internal/')) return true;
  const stdlib = stdlibPathOf(frame.file);
  if (stdlib === null) return false;
  return (
    /^runtime\/[^/]+$/.test(stdlib) ||
    stdlib.startsWith('internal/runtime/') ||
    stdlib.startsWith('runtime/internal/')
  );
}

/** `example.com/m/pkg/x.go` → `pkg/x.go` when the file is spelled module-path-relative (`-trimpath`). */
function underModule(file: string, modulePath: string): string | null {
  return file.startsWith(`${modulePath}/`) ? file.slice(modulePath.length + 1) : null;
}

function repoPathFromPackage(frame: Frame, modulePath: string): string | null {
  let pkg = packagePathOf(frame.func);
  // External test packages (`package x_test`) live in x's directory.
  if (pkg.endsWith('_test')) pkg = pkg.slice(0, -'_test'.length);
  let dir: string;
  if (pkg === modulePath) dir = '';
  else if (pkg.startsWith(`${modulePath}/`)) dir = `${pkg.slice(modulePath.length + 1)}/`;
  else return null;
  const base = frame.file.slice(Math.max(frame.file.lastIndexOf('/'), frame.file.lastIndexOf('\\')) + 1);
  return base ? dir + base : null;
}

function setRepo(frame: Frame, repoPath: string): void {
  frame.kind = 'repo';
  frame.repoPath = repoPath;
}
