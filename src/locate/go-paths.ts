// Reading Go's printed names: the package path inside a function name, and GOROOT inside a file path.

/**
 * The import path of the package a printed function belongs to.
 * `example.com/m/pkg.(*T).Method.func1` → `example.com/m/pkg`; `main.main` → `main`; `panic` → ``.
 * Type parameters print as `[...]` (or spelled out by the race detector, with dots and slashes inside),
 * so brackets are dropped first.
 */
export function packagePathOf(func: string): string {
  const name = withoutTypeArguments(func);
  const lastSlash = name.lastIndexOf('/');
  const dot = name.indexOf('.', lastSlash + 1);
  return dot < 0 ? '' : name.slice(0, dot);
}

/**
 * Standard packages that only carry the runtime's work out (Go 1.24+ swiss maps in `internal/runtime/maps`,
 * `sync.Map` on `internal/sync`'s hash trie, `iter.Pull`'s coroutines, `unique`, `weak`, `maps.Clone`):
 * a crash passing through them is never theirs to fix.
 */
const RUNTIME_HELPER_PACKAGES = new Set(['iter', 'unique', 'weak', 'maps', 'sync', 'sync/atomic']);

export function isRuntimeHelperFunc(func: string): boolean {
  const pkg = packagePathOf(func);
  return RUNTIME_HELPER_PACKAGES.has(pkg) || pkg.startsWith('internal/') || pkg.startsWith('runtime/');
}

/** The function name without its package: `(*T).Method.func1`, `TestFoo.func2`. */
export function localNameOf(func: string): string {
  const pkg = packagePathOf(func);
  return pkg ? withoutTypeArguments(func).slice(pkg.length + 1) : func;
}

function withoutTypeArguments(func: string): string {
  if (!func.includes('[')) return func;
  let depth = 0;
  let out = '';
  for (const ch of func) {
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

// GOROOT spellings seen in CI: distro packages (`/usr/lib/go-1.19/src/`), the official tarball
// (`/usr/local/go/src/`), setup-go's tool cache (`/opt/hostedtoolcache/go/1.22.1/x64/src/`), toolchains
// downloaded by GOTOOLCHAIN (`…/pkg/mod/golang.org/toolchain@v0.0.1-go1.22.1.linux-amd64/src/`), `gotip`/sdk
// installs (`~/sdk/go1.21.0/src/`) and `-trimpath`'s literal `GOROOT/src/`.
const GOROOT_PATTERNS: RegExp[] = [
  /^GOROOT\/src\/(.+)$/,
  /\/pkg\/mod\/golang\.org\/toolchain@[^/]+\/src\/(.+)$/,
  /\/hostedtoolcache\/go\/[^/]+\/[^/]+\/src\/(.+)$/,
  /(?:^|\/)(?:go|golang|go-?\d[^/]*)\/src\/(.+)$/,
];

/**
 * The path inside GOROOT/src (`runtime/map.go`, `testing/testing.go`) when the file is part of the
 * standard library, else null. A `-trimpath` build prints stdlib files as that relative path directly;
 * they are told apart from module paths by the first element, which has no dot (`example.com/…` has one).
 */
export function stdlibPathOf(file: string): string | null {
  for (const pattern of GOROOT_PATTERNS) {
    const rest = pattern.exec(file)?.[1];
    // `/go/src/example.com/m/…` is a GOPATH checkout, not GOROOT.
    if (rest !== undefined && !firstElementHasDot(rest)) return rest;
  }
  if (isRelative(file) && file.includes('/') && !firstElementHasDot(file) && !file.startsWith('vendor/')) {
    return file;
  }
  return null;
}

/** Neither `/abs/…` nor a Windows drive path (`C:/…`): a `-trimpath` path or a generated file name. */
export function isRelative(file: string): boolean {
  return !file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(file);
}

function firstElementHasDot(path: string): boolean {
  const first = path.split('/', 1)[0] ?? '';
  return first.includes('.');
}

/**
 * Module cache, vendored or Bazel-fetched code: `/pkg/mod/github.com/x/y@v1.2.3/…`, `…/vendor/…`, trimpath
 * `github.com/x/y@v1.2.3/…`, Bazel's `external/com_github_x_y/…` (relative, under its output base, or
 * generated into `bazel-out/<config>/bin/external/…`).
 */
export function isDependencyFile(file: string): boolean {
  if (file.includes('/pkg/mod/') || file.includes('/vendor/') || file.startsWith('vendor/')) return true;
  if (
    file.startsWith('external/') ||
    /(?:^|\/)(?:execroot\/[^/]+|_bazel_[^/]+\/[0-9a-f]+|bazel-out\/[^/]+\/bin)\/external\//.test(file)
  ) {
    return true;
  }
  return isRelative(file) && /^[^/]+\.[^/]+\/[^@]*@v[^/]+\//.test(file);
}

/**
 * The import path a vendored package was compiled as, without the vendoring: GOPATH-era builds print
 * `k8s.io/kubernetes/vendor/k8s.io/apimachinery/pkg/util/sets`, which is `k8s.io/apimachinery/pkg/util/sets`.
 */
export function unvendoredPackage(pkg: string): string {
  if (pkg.startsWith('vendor/')) return pkg.slice('vendor/'.length);
  const at = pkg.lastIndexOf('/vendor/');
  return at < 0 ? pkg : pkg.slice(at + '/vendor/'.length);
}

/** True when the printed package path went through a `vendor/` directory. */
export function isVendoredPackage(pkg: string): boolean {
  return pkg.startsWith('vendor/') || pkg.includes('/vendor/');
}

/**
 * A kubernetes staging file, `staging/src/k8s.io/client-go/tools/cache/reflector.go` (relative as Bazel
 * and `-trimpath=$KUBE_ROOT` print it, or under an absolute checkout): the published repository it belongs
 * to (`k8s.io/client-go`) and the path inside it.
 */
export function stagingFileOf(file: string): { module: string; path: string } | null {
  const match = /(?:^|\/)staging\/src\/([^/]+\.[^/]+\/[^/]+)\/(.+)$/.exec(file);
  return match?.[1] && match[2] ? { module: match[1], path: match[2] } : null;
}

/**
 * A file of module `modulePath` itself inside another build: the module cache
 * (`…/pkg/mod/<escaped path>@v1.2.3/x.go`), a `-trimpath` build (`<path>@v1.2.3/x.go`), or a downstream
 * `vendor/` (`…/vendor/<path>/x.go`, no version). The path inside the module and the version, if printed.
 */
export function ownFileElsewhere(
  file: string,
  modulePath: string,
): { path: string; version?: string } | null {
  // Any GOMODCACHE (`~/go/pkg/mod`, `/cache/gomod`) holds `<escaped path>@<version>/`.
  const cached = `/${escapedModulePath(modulePath)}@`;
  const at = file.indexOf(cached);
  const rest =
    at >= 0
      ? file.slice(at + cached.length)
      : file.startsWith(`${modulePath}@`)
        ? file.slice(modulePath.length + 1)
        : null;
  const versioned = rest === null ? null : /^(v[^/]+)\/(.+)$/.exec(rest);
  if (versioned?.[1] && versioned[2]) return { version: versioned[1], path: versioned[2] };
  const vendored = `vendor/${modulePath}/`;
  const v = file.lastIndexOf(vendored);
  if (v === 0 || (v > 0 && file[v - 1] === '/')) return { path: file.slice(v + vendored.length) };
  return null;
}

/** The module cache spells upper-case letters as `!` + lower case (`github.com/Azure/x` → `github.com/!azure/x`). */
export function escapedModulePath(modulePath: string): string {
  return modulePath.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/**
 * The standard-library path of a file when the path itself says so from its end: a GOROOT no pattern
 * knows (Homebrew's `…/Cellar/go/1.24.1/libexec/src/`, `C:/Program Files/Go/src/`) still ends in
 * `src/<package dir>/<file>`. `pkg` is the function's package, which must be a standard-library path.
 */
export function stdlibPathBySuffix(file: string, pkg: string): string | null {
  if (!pkg || pkg === 'main' || (pkg.split('/', 1)[0] ?? '').includes('.')) return null;
  const base = file.slice(file.lastIndexOf('/') + 1);
  for (const dir of [pkg, 'runtime']) {
    if (file.endsWith(`/src/${dir}/${base}`)) return `${dir}/${base}`;
  }
  return null;
}
