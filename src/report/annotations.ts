// File annotations for a report: an error at each finding's crash frame and one at its culprit's
// line, titled by what happened there ("Index out of range", "Write to shared legacyscheme.Scheme").
// One annotation per line: findings that land on the same line merge into it. Only repo files: an
// annotation on a path outside the repository shows nowhere.

import { ANNOTATION_TITLE_MAX_CHARS } from '../limits.js';
import type { Finding } from '../model.js';
import { accessTitle, displayFile, isOwnCode, isRepoPath, shortFunc } from './frames.js';
import { baseName, plainTitle, shortKind, writeTitle } from './titles.js';

export interface Annotation {
  level: 'error' | 'warning';
  file: string;
  line: number;
  title: string;
  message: string;
}

export function annotationsFor(findings: readonly Finding[]): Annotation[] {
  const byLine = new Map<
    string,
    Annotation & { titles: Map<string, string>; messages: Map<string, string> }
  >();
  // Titles per finding: a finding's culprit on its own crash line says more than its kind.
  const add = (a: Annotation, findingId: string) => {
    if (!isRepoPath(a.file)) return;
    const key = `${a.file}:${a.line}`;
    const there = byLine.get(key);
    if (!there) {
      byLine.set(key, {
        ...a,
        titles: new Map([[findingId, a.title]]),
        messages: new Map([[findingId, a.message]]),
      });
      return;
    }
    if (a.level === 'error') there.level = 'error';
    there.titles.set(findingId, a.title);
    // The crash frame's message (added first) already holds the headline and the fix.
    if (!there.messages.has(findingId)) there.messages.set(findingId, a.message);
  };
  for (const finding of findings) {
    const headline = plainTitle(finding);
    const frame = finding.crashFrame;
    const culprit = finding.culprit;
    const fix = culprit ? `Fix: ${culprit.suggestion.replace(/`/g, '')}` : '';
    if (frame?.repoPath) {
      const test = finding.test ? ` in ${finding.test}` : '';
      add(
        {
          level: 'error',
          file: frame.repoPath,
          line: frame.line,
          title: `${shortKind(finding)}${test}`,
          message: [
            headline,
            ...raceSides(finding),
            ...(finding.kind === 'data-race' ? [] : [finding.headline]),
            fix,
          ]
            .filter(Boolean)
            .join('\n'),
        },
        finding.id,
      );
    }
    if (culprit) {
      add(
        {
          level: 'error',
          file: culprit.mutation.file,
          line: culprit.mutation.line,
          title: writeTitle(finding) ?? shortKind(finding),
          message: [headline, fix].filter(Boolean).join('\n'),
        },
        finding.id,
      );
    }
  }
  return [...byLine.values()].map(({ titles, messages, ...a }) => ({
    ...a,
    title: clip([...new Set(titles.values())].join('; ')),
    message: [...messages.values()].join('\n\n'),
  }));
}

/** A race names both sides: `Write by goroutine 9 at scheme.go:52 in (*Scheme).AddKnownTypes`, then the read. */
function raceSides(finding: Finding): string[] {
  return (finding.fault.accesses ?? []).map((access) => {
    const top = access.frames.find(isOwnCode);
    return top
      ? `${accessTitle(access)} at ${baseName(displayFile(top))}:${top.line} in ${shortFunc(top.func)}`
      : accessTitle(access);
  });
}

function clip(title: string): string {
  return title.length <= ANNOTATION_TITLE_MAX_CHARS
    ? title
    : `${title.slice(0, ANNOTATION_TITLE_MAX_CHARS - 1)}…`;
}
