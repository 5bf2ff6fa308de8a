// GitHub Actions job logs: a runner timestamp on every line, `##[group]`/`##[error]` markers, and
// workflow commands printed by tools such as gotestsum's `github-actions` format.
import { describe, expect, it } from 'vitest';
import { fileLines, readText, runnerTimestamp, scenarioText, texts } from './helpers.js';

const COMMAND = 'go test -count=1 -v ./pkg/controller/job/';

/** The job log the runner writes for one `run:` step that printed `output` and failed. */
function jobLog(output: string[], emptyLine: 'TS ' | 'TS'): string {
  const lines = [
    `##[group]Run ${COMMAND}`,
    `\x1b[36;1m${COMMAND}\x1b[0m`,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output,
    '##[error]Process completed with exit code 1.',
  ];
  return lines
    .map((line, i) =>
      line === '' && emptyLine === 'TS' ? runnerTimestamp(i) : `${runnerTimestamp(i)} ${line}`,
    )
    .join('\n')
    .concat('\n');
}

/** `@actions/core` escaping of a workflow command's message and properties. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

describe('GitHub Actions job logs', () => {
  const output = fileLines(scenarioText('logs-go1.23', 'subtest-panic-v.log'));

  for (const emptyLine of ['TS ', 'TS'] as const) {
    it(`removes timestamps and group markers, keeps error messages (empty lines as "${emptyLine}")`, () => {
      const lines = readText(jobLog(output, emptyLine));
      expect(texts(lines)).toEqual([
        COMMAND,
        'shell: /usr/bin/bash -e {0}',
        ...output,
        'Process completed with exit code 1.',
      ]);
      // Line numbers stay those of the job log.
      expect(lines[0]?.no).toBe(2);
      expect(lines[2]?.no).toBe(5);
      expect(lines.at(-1)?.no).toBe(output.length + 5);
    });
  }

  it('drops the byte-order marks of step logs joined into one input', () => {
    const step = jobLog(output, 'TS ');
    const lines = texts(readText(`\ufeff${step}\ufeff${step}`));
    expect(lines.filter((line) => line === COMMAND)).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith('panic: '))).toHaveLength(2);
    expect(lines.some((line) => line.includes('\ufeff'))).toBe(false);
  });

  it('reads the panic line whole from a decorated race log', () => {
    const race = fileLines(scenarioText('logs', 'scheme-race-test-v.log'));
    const lines = texts(readText(jobLog(race, 'TS ')));
    expect(lines.filter((line) => line === 'WARNING: DATA RACE')).toHaveLength(3);
    expect(lines).toContain('    testing.go:1319: race detected during execution of test');
  });

  it('turns workflow commands into their messages and drops runner-only commands', () => {
    const panicAt = output.findIndex((line) => line.startsWith('panic: '));
    const dump = output.slice(panicAt, panicAt + 12);
    const file = escapeProperty('pkg/controller/job/job_controller.go');
    const title = escapeProperty('TestSyncJob/too_few_pods: panic, see the log');
    const input = [
      '::group::=== RUN   TestSyncJob',
      ...output.slice(0, panicAt),
      '::endgroup::',
      '::add-mask::s3cr3t',
      `::error file=${file},line=29,title=${title}::${escapeData(dump.join('\n'))}`,
      '::warning::1 test failed',
      '::notice title=gotestsum::DONE 3 tests, 1 failure',
    ].join('\n');
    expect(texts(readText(input))).toEqual([
      ...output.slice(0, panicAt),
      ...dump,
      '1 test failed',
      'DONE 3 tests, 1 failure',
    ]);
  });

  it('leaves lines alone that only look like markers or commands', () => {
    const lines = [
      '# example.com/triage-fixtures/pkg/controller/job',
      '::1 - - GET /healthz',
      '##[not a marker',
    ];
    expect(texts(readText(lines.join('\n')))).toEqual(lines);
  });
});
