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

/** Module cache or vendored code: `/pkg/mod/github.com/x/y@v1.2.3/…`, `…/vendor/…`, trimpath `github.com/x/y@v1.2.3/…`. */
export function isDependencyFile(file: string): boolean {
  if (file.includes('/pkg/mod/') || file.includes('/vendor/') || file.startsWith('vendor/')) return true;
  return isRelative(file) && /^[^/]+\.[^/]+\/[^@]*@v[^/]+\//.test(file);
}
