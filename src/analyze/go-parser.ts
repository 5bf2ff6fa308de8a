// Parses Go source with tree-sitter (WebAssembly): one shared, lazily started parser per process.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Language, type Node, Parser } from 'web-tree-sitter';

export type { Node as SyntaxNode } from 'web-tree-sitter';

/**
 * Where a wasm file lives: beside the running bundle (dist/, where scripts/build.mjs copies it),
 * else in node_modules (tests and development run from src/).
 */
function wasmPath(fileName: string, packageEntry: string): string {
  const beside = fileURLToPath(new URL(`./${fileName}`, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(packageEntry);
}

let parser: Promise<Parser> | undefined;

/** The Go parser, started on first use; later calls share it. */
function goParser(): Promise<Parser> {
  parser ??= (async () => {
    const runtimeWasm = wasmPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    const go = await Language.load(wasmPath('tree-sitter-go.wasm', 'tree-sitter-go/tree-sitter-go.wasm'));
    const p = new Parser();
    p.setLanguage(go);
    return p;
  })();
  return parser;
}

/** A parsed Go file: its text by line and its syntax tree. */
export interface GoFile {
  /** Repo-relative path. */
  path: string;
  lines: string[];
  root: Node;
  /** Local package names in scope (`v1`, `legacyscheme`), from the import declarations. */
  imports: Set<string>;
}

export async function parseGo(path: string, text: string): Promise<GoFile | null> {
  const tree = (await goParser()).parse(text);
  if (!tree) return null;
  return { path, lines: text.split('\n'), root: tree.rootNode, imports: importedNames(tree.rootNode) };
}

/**
 * The names a package may go by without an alias: its last path element (`k8s.io/api/core/v1` → v1); for a
 * trailing `vN` also the element before it, as a module major version (`github.com/x/y/v2` → y) looks the same.
 */
function conventionalNames(path: string): string[] {
  const parts = path.split('/');
  const last = (parts[parts.length - 1] ?? '').replace(/\.v\d+$/, ''); // gopkg.in/yaml.v3 → yaml
  const before = parts[parts.length - 2];
  return /^v\d+$/.test(last) && before && parts.length > 2 ? [last, before] : [last];
}

function importedNames(root: Node): Set<string> {
  const names = new Set<string>();
  for (const spec of root.descendantsOfType('import_spec')) {
    if (!spec) continue;
    const alias = spec.childForFieldName('name')?.text;
    const path = spec.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '');
    const candidates = alias ? [alias] : path ? conventionalNames(path) : [];
    for (const name of candidates) if (name && name !== '_' && name !== '.') names.add(name);
  }
  return names;
}
