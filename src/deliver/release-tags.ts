// Release tags for the repository's own code built into somebody else's binary (a frame `version`,
// `v1.2.3`): a permalink goes to the tag when the repository has it, else to the head.
import { framesOf } from '../locate/index.js';
import type { Report } from '../model.js';
import { refForVersion, tagOfVersion } from '../repo/version-ref.js';
import type { GitHubClient } from './octokit.js';
import type { RepoRef } from './pull-request.js';

/** Distinct tags asked of the API per publication: a crash names one or two versions. */
const MAX_TAGS = 10;

/** The tags among the reports' frame versions that exist in the repository (one ref lookup each). */
export async function releaseTagsOf(
  gh: GitHubClient,
  repo: RepoRef,
  reports: Report[],
): Promise<Set<string>> {
  const wanted = new Set<string>();
  for (const report of reports) {
    for (const finding of report.findings) {
      for (const frame of framesOf(finding.fault)) {
        const tag = frame.kind === 'repo' && frame.version ? tagOfVersion(frame.version) : null;
        if (tag !== null && wanted.size < MAX_TAGS) wanted.add(tag);
      }
    }
  }
  const found = new Set<string>();
  for (const tag of wanted) {
    // 404: no such tag. Any other failure also links the head, which always exists.
    const exists = await gh.rest.git
      .getRef({ owner: repo.owner, repo: repo.repo, ref: `tags/${tag}` })
      .then(() => true)
      .catch(() => false);
    if (exists) found.add(tag);
  }
  return found;
}

/** The `versionBlobBase` of the reports: `<repo>/blob/<tag>` for tags found, else `<repo>/blob/<head>`. */
export function versionBlobBaseFor(repoUrl: string, headSha: string, tags: ReadonlySet<string>) {
  return (version: string): string =>
    `${repoUrl}/blob/${refForVersion(version, (tag) => tags.has(tag), headSha)}`;
}
