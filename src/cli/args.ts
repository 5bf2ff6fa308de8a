// Command-line arguments → one typed settings object, read once; everything after takes the settings.
import { parseArgs } from 'node:util';

export type Format = 'text' | 'markdown' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'sarif'];

export interface Settings {
  command: 'analyze' | 'help' | 'version';
  /** A file path, or `-` for stdin; null when no FILE was given (stdin if piped). */
  input: string | null;
  format: Format;
  modulePath?: string;
  sourceRoot?: string;
  diffFile?: string;
  /** `.github/go-panic-triage.yml` or another file of that schema: ignore rules, shared sources, … */
  configFile?: string;
}

/** Bad command line: printed as one line plus a hint, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: go-panic-triage [analyze] [FILE|-] [options]

Reads a Go test or CI log (FILE, or stdin when FILE is - or stdin is piped) and reports
panics, concurrent map faults, data races, timeouts and deadlocks, grouped and located.

Options:
  --format text|markdown|json|sarif
                               output format (default: text)
  --module PATH                the repository's Go module path (default: go.mod in --source-root)
  --source-root DIR            local checkout (the directory holding go.mod): enables diagnosis
  --diff FILE                  unified diff of the change (git diff), to flag culprits it touched
  --config FILE                a go-panic-triage.yml: module, ignore rules, shared sources, max findings
  -h, --help                   show this help
  -v, --version                print the version

Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.
`;

export function parseSettings(argv: string[]): Settings {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    // parseArgs' messages are long and mention internals; keep the first sentence.
    const message = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(message ?? 'invalid arguments');
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help', input: null, format: 'text' };
  if (values.version) return { command: 'version', input: null, format: 'text' };

  const args = positionals[0] === 'analyze' ? positionals.slice(1) : positionals;
  if (args.length > 1) throw new UsageError(`expected one FILE, got ${args.length}: ${args.join(' ')}`);

  const format = values.format ?? 'text';
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')})`);
  if (values.diff !== undefined && values['source-root'] === undefined) {
    throw new UsageError('--diff needs --source-root (the diff is matched against the sources)');
  }
  const settings: Settings = { command: 'analyze', input: args[0] ?? null, format };
  if (values.module !== undefined) settings.modulePath = nonEmpty('--module', values.module);
  if (values['source-root'] !== undefined) {
    settings.sourceRoot = nonEmpty('--source-root', values['source-root']);
  }
  if (values.diff !== undefined) settings.diffFile = nonEmpty('--diff', values.diff);
  if (values.config !== undefined) settings.configFile = nonEmpty('--config', values.config);
  return settings;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      module: { type: 'string' },
      'source-root': { type: 'string' },
      diff: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}
