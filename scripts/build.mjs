// Bundles every front door into dist/ (committed: an Action and `npx go-panic-triage` run it as is).
// The output must be byte-for-byte reproducible: .ci/run rebuilds and fails on any difference.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const entries = { cli: 'src/cli/main.ts', action: 'src/action/index.ts', app: 'src/app/index.ts' };

mkdirSync('dist', { recursive: true });

const result = await build({
  metafile: true,
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  // Bundled CommonJS dependencies call require(); give them one in the ESM bundle.
  banner: {
    js: "import { createRequire as __gptCreateRequire } from 'node:module'; const require = __gptCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// tree-sitter runs as WebAssembly: ship the runtime and the Go grammar beside the bundle.
const wasm = [
  join(dirname(require.resolve('web-tree-sitter')), 'tree-sitter.wasm'),
  require.resolve('tree-sitter-go/tree-sitter-go.wasm'),
];
const written = new Set(Object.keys(result.metafile.outputs).map((f) => f.replace(/^dist\//, '')));
for (const file of wasm) {
  const name = file.split('/').pop();
  copyFileSync(file, join('dist', name));
  written.add(name);
}

// Stale files go, but dist/ itself is never removed: tests may be running the old bundle right now.
for (const name of readdirSync('dist'))
  if (!written.has(name)) rmSync(join('dist', name), { recursive: true });
