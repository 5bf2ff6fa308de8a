// The CLI as a function: argv + io in, exit code out. main.ts only wires it to the process.

import type { DiagnoseContext } from '../analyze/index.js';
import { applyConfig } from '../config/apply.js';
import { ConfigError, parseConfig } from '../config/load.js';
import { rulesFor } from '../config/rules.js';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';
import type { Report } from '../model.js';
import { type ChangedLines, parseUnifiedDiff } from '../repo/diff.js';
import { readModulePath } from '../repo/go-mod.js';
import { LocalSourceReader } from '../repo/source-reader.js';
import { shouldColor } from '../report/color.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import { type TriageOptions, triage } from '../triage.js';
import { parseSettings, type Settings, USAGE, UsageError } from './args.js';
import { type Chunks, InputError, openLog, readTextFile, requireDirectory, stdinLog } from './input.js';
import { ProgressLine } from './progress.js';
import { VERSION } from './version.js';

export interface CliIo {
  stdin: Chunks & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The working directory: a go.mod there makes it the source root when none is given. */
  cwd?: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`go-panic-triage: ${oneLine(message)}\n`);
    return EXIT_ERROR;
  };
  let settings: Settings;
  try {
    settings = parseSettings(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message} (see --help)`);
    throw error;
  }
  if (settings.command === 'help') {
    io.stdout.write(USAGE);
    return EXIT_CLEAN;
  }
  if (settings.command === 'version') {
    io.stdout.write(`go-panic-triage ${VERSION}\n`);
    return EXIT_CLEAN;
  }
  try {
    const report = await analyze(settings, io);
    io.stdout.write(render(report, settings, io));
    return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return fail(error.message);
    return fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function analyze(settings: Settings, io: CliIo): Promise<Report> {
  const config = await readConfig(settings);
  const options = await triageOptions(settings, config, io);
  // Opened last: a usage error found above must not leave the file handle open.
  const input = await openInput(settings, io);
  const progress = io.stderr.isTTY ? new ProgressLine(io.stderr) : null;
  if (progress) options.onProgress = ({ bytes, faults }) => progress.update(bytes, faults);
  try {
    const full = await triage(input, options);
    // Without --config every finding is shown; with it, its ignore rules and max-findings apply.
    return settings.configFile === undefined ? full : applyConfig(full, config).report;
  } finally {
    progress?.clear();
  }
}

async function readConfig(settings: Settings): Promise<Config> {
  if (settings.configFile === undefined) return { ...DEFAULT_CONFIG };
  const text = await readTextFile(settings.configFile);
  try {
    return parseConfig(text, settings.configFile);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

async function triageOptions(settings: Settings, config: Config, io: CliIo): Promise<TriageOptions> {
  const options: TriageOptions = {};
  const root = settings.sourceRoot ?? (await moduleRootAt(io.cwd));
  if (root !== undefined) {
    await requireDirectory(root);
    options.diagnose = { ...(await diagnoseContext(settings, root)), rules: rulesFor(config) };
  }
  const modulePath =
    settings.modulePath ??
    config.module ??
    (root === undefined ? null : await readModulePath(new LocalSourceReader(root)));
  if (config.pathMappings.length > 0) options.pathMappings = config.pathMappings;
  if (modulePath) options.modulePath = modulePath;
  else if (root !== undefined) {
    // Not fatal: the report is still useful, only without repo-relative paths.
    io.stderr.write(
      `go-panic-triage: warning: no module line in '${root}/go.mod'; pass --module to map frames\n`,
    );
  }
  return options;
}

async function openInput(settings: Settings, io: CliIo): Promise<Chunks> {
  if (settings.input === '-' || (settings.input === null && !io.stdin.isTTY)) return stdinLog(io.stdin);
  if (settings.input === null)
    throw new UsageError('no log given: pass FILE, or pipe a log into stdin (see --help)');
  return openLog(settings.input);
}

/**
 * Run from a module's root (`go test ./... 2>&1 | go-panic-triage`), the module is right there: use it
 * as the source root, so the main job needs no flags.
 */
async function moduleRootAt(cwd: string | undefined): Promise<string | undefined> {
  if (cwd === undefined) return undefined;
  return (await new LocalSourceReader(cwd).read('go.mod')) === null ? undefined : cwd;
}

async function diagnoseContext(settings: Settings, sourceRoot: string): Promise<DiagnoseContext> {
  const context: DiagnoseContext = { sources: new LocalSourceReader(sourceRoot) };
  if (settings.diffFile !== undefined) context.changedLines = await readChangedLines(settings.diffFile);
  return context;
}

async function readChangedLines(path: string): Promise<ChangedLines> {
  return parseUnifiedDiff(await readTextFile(path));
}

function render(report: Report, settings: Settings, io: CliIo): string {
  switch (settings.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'sarif':
      return renderSarif(report, VERSION);
    case 'text':
      return renderText(report, {
        color: shouldColor({ isTTY: io.stdout.isTTY === true, env: io.env }),
        // A terminal's own width; 80 for a pipe or a file.
        ...(io.stdout.isTTY && io.stdout.columns && { width: io.stdout.columns }),
      });
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
