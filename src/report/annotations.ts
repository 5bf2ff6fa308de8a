// File annotations for a report: an error at each finding's crash frame and a warning at its
// suspect write. Only repo files: an annotation on a path outside the repository shows nowhere.

import { ANNOTATION_TITLE_MAX_CHARS } from '../limits.js';
import type { Finding } from '../model.js';
import { KIND_TITLES } from './titles.js';

export interface Annotation {
  level: 'error' | 'warning';
  file: string;
  line: number;
  title: string;
  message: string;
}

export function annotationsFor(findings: readonly Finding[]): Annotation[] {
  const out: Annotation[] = [];
  for (const finding of findings) {
    const times = finding.occurrences > 1 ? ` (${finding.occurrences}×)` : '';
    const test = finding.test ? ` in ${finding.test}` : '';
    const frame = finding.crashFrame;
    if (frame?.repoPath) {
      out.push({
        level: 'error',
        file: frame.repoPath,
        line: frame.line,
        title: clip(`${KIND_TITLES[finding.kind]}${test}${times}`),
        message: finding.headline,
      });
    }
    const culprit = finding.culprit;
    if (culprit && !culprit.mutation.file.startsWith('/')) {
      out.push({
        level: 'warning',
        file: culprit.mutation.file,
        line: culprit.mutation.line,
        title: clip(`Suspect write to shared ${culprit.mutation.variable}`),
        message: `${culprit.suggestion} (${finding.headline})`,
      });
    }
  }
  return out;
}

function clip(title: string): string {
  return title.length <= ANNOTATION_TITLE_MAX_CHARS
    ? title
    : `${title.slice(0, ANNOTATION_TITLE_MAX_CHARS - 1)}…`;
}
