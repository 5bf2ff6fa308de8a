// Job keys: derived from the work (installation, repository, run and attempt, check run, comment),
// never from the delivery, and valid BullMQ job ids (no ':', not an integer).
import { describe, expect, it } from 'vitest';
import { jobForCheckRun, jobForComment, jobForWorkflowRun } from '../../src/app/jobs.js';
import { onHelloWorld, type Payload, webhookExample } from '../support/scenario-repo.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

function workflowRun(attempt: number): Payload {
  const payload = webhookExample('workflow_run', (p) => p.action === 'completed' && onHelloWorld(p));
  payload.installation = { id: 42 };
  Object.assign(payload.workflow_run as Payload, {
    id: 501,
    run_attempt: attempt,
    conclusion: 'failure',
    head_sha: SHA,
  });
  return payload;
}

describe('job keys', () => {
  it('a workflow run: installation, repository, run, attempt and commit', () => {
    const first = jobForWorkflowRun(workflowRun(1) as never);
    const again = jobForWorkflowRun(workflowRun(1) as never);
    const rerun = jobForWorkflowRun(workflowRun(2) as never);
    expect(first?.key).toBe(`42/codertocat/hello-world/run/501/attempt/1/${SHA}`);
    expect(again?.key).toBe(first?.key);
    expect(rerun?.key).toBe(`42/codertocat/hello-world/run/501/attempt/2/${SHA}`);
    expect(first?.job).toMatchObject({ kind: 'run', runId: 501, headSha: SHA, installationId: 42 });
  });

  it('a check run: its own id (a re-run job is a new check run), with the run read from its URL', () => {
    const payload = webhookExample(
      'check_run',
      (p) => p.action === 'completed' && (p.check_run as { conclusion: string }).conclusion === 'failure',
    );
    payload.installation = { id: 42 };
    Object.assign(payload.check_run as Payload, {
      id: 5010,
      head_sha: SHA,
      details_url: 'https://github.com/Codertocat/Hello-World/actions/runs/501/job/5010',
    });
    const keyed = jobForCheckRun(payload as never);
    expect(keyed?.key).toBe(`42/codertocat/hello-world/check-run/5010/${SHA}`);
    expect(keyed?.job).toMatchObject({ runId: 501 });
  });

  it('an /analyze comment: the pull request and the comment', () => {
    const payload = webhookExample('issue_comment', (p) => p.action === 'created' && onHelloWorld(p));
    payload.installation = { id: 42 };
    const issue = payload.issue as Payload;
    issue.number = 7;
    issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/7' };
    Object.assign(payload.comment as Payload, { id: 9001, body: '/analyze' });
    Object.assign((payload.comment as Payload).user as Payload, { type: 'User' });
    expect(jobForComment(payload as never)?.key).toBe('42/codertocat/hello-world/pr/7/comment/9001');
  });
});
