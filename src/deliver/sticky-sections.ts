// Writing one's own sections into the pull request's shared comment without losing anyone else's.
// GitHub has no compare-and-swap on comments, so: read, merge, write, then re-read after a pause and
// repair what a concurrent writer overwrote (or merge the duplicate comment two first writers both
// created). The App serialises writers per pull request with its lock and so never needs a repair;
// Action steps (matrix legs finishing in the same second) rely on the re-read.

import { renderSectionsComment } from '../report/comment.js';
import { hasSectionMarker, parseCommentState } from '../report/comment-markers.js';
import type { CommentState, SectionData } from '../report/comment-sections.js';
import type { GitHubClient } from './octokit.js';
import {
  commentMarker,
  type StickyResult,
  type StickyTarget,
  startsWithAnyMarker,
} from './sticky-comment.js';

/** Writes per run at most: the first and up to three repairs. */
export const MAX_COMMENT_WRITES = 4;

export interface SectionUpdate {
  data: SectionData;
  blocks: Map<string, string>;
  /** Only replace a section of this key already in the comment (a job that passes, in on-findings mode). */
  onlyIfPresent?: boolean;
}

export interface SectionsTarget extends StickyTarget {
  /** The pull request's head now: sections of other commits are shown as outdated. */
  headSha: string;
  repoUrl?: string;
}

export interface UpsertSectionsOptions {
  /** May open the comment when there is none. */
  create: boolean;
  /** Pause before re-reading, in ms: a random wait in [min, max] (0 when writers are serialised). */
  settleMs?: [number, number];
  sleep?: (ms: number) => Promise<void>;
}

export interface SectionsResult extends StickyResult {
  /** Writes made: 1 when nobody interfered. */
  writes: number;
  /** False when the bound was reached with our section still missing. */
  verified: boolean;
  /** The sections as last read back (every writer's). */
  sections: SectionData[];
}

/** The comment with `updates` merged in: their sections replaced or added, the rest kept. */
export function mergeSections(
  previous: CommentState,
  updates: SectionUpdate[],
  headSha: string,
): CommentState {
  const sections = [...previous.sections];
  const blocks = new Map(previous.blocks);
  for (const update of updates) {
    const at = sections.findIndex((s) => s.key === update.data.key);
    const old = at >= 0 ? sections[at] : undefined;
    let next = update.data;
    // Unreadable logs never erase a diagnosis of the same commit: keep it (linked to the run it
    // came from), and say why it is old.
    if (next.status === 'unread' && old && old.sha === next.sha && old.causes.length > 0) {
      const { jobUrl, summaryUrl } = old;
      next = {
        ...next,
        causes: old.causes,
        kept: true,
        ...(jobUrl && { jobUrl }),
        ...(summaryUrl && { summaryUrl }),
      };
    } else {
      for (const [id, block] of update.blocks) blocks.set(id, block);
    }
    if (old) sections[at] = next;
    else if (!update.onlyIfPresent) sections.push(next);
  }
  // Blocks live as long as a section at the head names them.
  const live = new Set(sections.filter((s) => s.sha === headSha).flatMap((s) => s.causes.map((c) => c.id)));
  for (const id of blocks.keys()) if (!live.has(id)) blocks.delete(id);
  sections.sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return { sections, blocks };
}

export async function upsertSections(
  gh: GitHubClient,
  target: SectionsTarget,
  updates: SectionUpdate[],
  options: UpsertSectionsOptions,
): Promise<SectionsResult | null> {
  const marker = commentMarker(target.key);
  const repo = { owner: target.owner, repo: target.repo };
  const [minWait, maxWait] = options.settleMs ?? [0, 0];
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let result: SectionsResult | null = null;
  // The comments we wrote count as ours even if our login was guessed wrong: never a second one.
  const written = new Set<number>();
  let found = await ourComments(gh, target, marker, written);
  // No comment under our key yet: take over what an older version wrote (and fold its duplicates in).
  if (found.length === 0 && options.create) found = await legacyComments(gh, target, marker);
  for (let writes = 1; writes <= MAX_COMMENT_WRITES; writes++) {
    const [canonical, ...duplicates] = found;
    if (!canonical && !options.create) return null;
    // Two first writers may both have created a comment: the oldest keeps both's sections.
    const previous = found.reduce<CommentState>(
      (state, c) => {
        const parsed = parseCommentState(c.body);
        const keys = new Set(state.sections.map((s) => s.key));
        for (const [id, block] of parsed.blocks) if (!state.blocks.has(id)) state.blocks.set(id, block);
        return {
          sections: [...state.sections, ...parsed.sections.filter((s) => !keys.has(s.key))],
          blocks: state.blocks,
        };
      },
      { sections: [], blocks: new Map() },
    );
    // Nothing of ours to say (a passing job that never had a section): leave the comment alone.
    const applies = updates.some(
      (u) => !u.onlyIfPresent || previous.sections.some((s) => s.key === u.data.key),
    );
    if (!applies && duplicates.length === 0) return result;
    const state = mergeSections(previous, updates, target.headSha);
    const body = `${marker}\n${renderSectionsComment(state, {
      headSha: target.headSha,
      ...(target.repoUrl && { repoUrl: target.repoUrl }),
    })}`;
    if (canonical) {
      const { data } = await gh.rest.issues.updateComment({ ...repo, comment_id: canonical.id, body });
      result = {
        id: data.id,
        url: data.html_url,
        action: 'updated',
        writes,
        verified: false,
        sections: state.sections,
      };
    } else {
      const { data } = await gh.rest.issues.createComment({
        ...repo,
        issue_number: target.issueNumber,
        body,
      });
      result = {
        id: data.id,
        url: data.html_url,
        action: 'created',
        writes,
        verified: false,
        sections: state.sections,
      };
    }
    written.add(result.id);
    for (const duplicate of duplicates) {
      await gh.rest.issues.deleteComment({ ...repo, comment_id: duplicate.id }).catch(() => {});
    }
    if (maxWait > 0) await sleep(minWait + Math.random() * (maxWait - minWait));
    found = await ourComments(gh, target, marker, written);
    const [check] = found;
    const read = check && parseCommentState(check.body);
    if (found.length === 1 && check && read && holds(read, updates)) {
      return { ...result, id: check.id, url: check.html_url, verified: true, sections: read.sections };
    }
  }
  return result;
}

/** Every update that was to be written is there as written (a kept diagnosis counts). */
function holds(state: CommentState, updates: SectionUpdate[]): boolean {
  return updates.every((u) => {
    const section = state.sections.find((s) => s.key === u.data.key);
    if (!section) return u.onlyIfPresent === true;
    return section.sha === u.data.sha && section.status === u.data.status;
  });
}

interface OurComment {
  id: number;
  body: string;
  html_url: string;
}

/** Our comments with this marker, oldest first. */
async function ourComments(
  gh: GitHubClient,
  target: StickyTarget,
  marker: string,
  written: Set<number>,
): Promise<OurComment[]> {
  // The author check matters: anyone can paste our marker into a comment of their own.
  const ours = await authoredComments(
    gh,
    target,
    (c) => c.user?.login === target.ownLogin || written.has(c.id),
  );
  return ours.filter((c) => c.body.startsWith(`${marker}\n`));
}

/**
 * The comments versions before sections (v1) wrote: our marker under another key (`workflow-run`, or
 * the Action's `logs` input such as `logs-log`) and no section in the body. Every comment this version
 * writes holds at least one section, so a sectioned comment of another `comment-key` is never taken.
 */
async function legacyComments(gh: GitHubClient, target: StickyTarget, marker: string): Promise<OurComment[]> {
  const ours = await authoredComments(gh, target, (c) => c.user?.login === target.ownLogin);
  return ours.filter(
    (c) => startsWithAnyMarker(c.body) && !c.body.startsWith(`${marker}\n`) && !hasSectionMarker(c.body),
  );
}

/** The issue's comments `mine` accepts, oldest first. */
async function authoredComments(
  gh: GitHubClient,
  target: StickyTarget,
  mine: (c: { id: number; user?: { login?: string } | null }) => boolean,
): Promise<OurComment[]> {
  const ours: OurComment[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (mine(c) && c.body) ours.push({ id: c.id, body: c.body, html_url: c.html_url });
    }
  }
  return ours.sort((a, b) => a.id - b.id);
}
