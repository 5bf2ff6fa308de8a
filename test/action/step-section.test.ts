// A step's section: keyed by workflow, job, matrix leg and name, and safe to show whatever they hold.
import { describe, expect, it } from 'vitest';
import { stepSectionIdentity } from '../../src/action/step-section.js';
import { mergeSections } from '../../src/deliver/sticky-sections.js';
import type { Report } from '../../src/model.js';
import { renderSectionsComment } from '../../src/report/comment.js';
import { parseCommentState } from '../../src/report/comment-markers.js';
import { sectionFromReport } from '../../src/report/comment-sections.js';

const REPO_URL = 'https://github.com/o/r';
const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const runner = { GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'test', GITHUB_RUN_ID: '42' };
const clean: Report = { findings: [], stats: { bytes: 10, lines: 1, faults: 0, truncated: false } };

describe('stepSectionIdentity', () => {
  it('names a matrix leg by its values and links the job and its summary', () => {
    expect(stepSectionIdentity({ matrix: [['go', '1.25']], jobId: 7 }, runner, REPO_URL)).toEqual({
      key: 'step:["CI","test",[["go","1.25"]],""]',
      group: 'CI / test',
      leg: 'go 1.25',
      jobUrl: 'https://github.com/o/r/actions/runs/42/job/7',
      summaryUrl: 'https://github.com/o/r/actions/runs/42#summary-7',
    });
  });

  it('keeps legs, names and jobs apart; without a job id it links the run', () => {
    const a = stepSectionIdentity({ matrix: [['go', '1.25']] }, runner, REPO_URL);
    const b = stepSectionIdentity({ matrix: [['go', '1.26']] }, runner, REPO_URL);
    const named = stepSectionIdentity({ matrix: [['go', '1.25']], name: 'race' }, runner, REPO_URL);
    const other = stepSectionIdentity({ matrix: [] }, { ...runner, GITHUB_JOB: 'lint' }, REPO_URL);
    expect(new Set([a.key, b.key, named.key, other.key]).size).toBe(4);
    expect(named).toMatchObject({ group: 'race', leg: 'go 1.25' });
    expect(other).toMatchObject({ group: 'CI / lint', jobUrl: 'https://github.com/o/r/actions/runs/42' });
    expect(other.leg).toBeUndefined();
  });

  it('shows hostile matrix values as text and reads them back unchanged', () => {
    const leg = '1.25 --> <img src=x> @octocat [x](https://evil.example)';
    const identity = stepSectionIdentity({ matrix: [['go', leg]] }, runner, REPO_URL);
    const { data, blocks } = sectionFromReport(clean, identity, { sha: SHA, notes: [] });
    const body = renderSectionsComment(
      mergeSections({ sections: [], blocks: new Map() }, [{ data, blocks }], SHA),
      {
        headSha: SHA,
      },
    );
    const visible = body.replace(/^<!-- go-panic-triage:section [^\n]* -->$/gm, '');
    expect(visible).not.toMatch(/-->|<img|@octocat|\]\(https:\/\/evil/);
    expect(parseCommentState(body).sections[0]?.leg).toBe(`go ${leg}`);
  });
});
