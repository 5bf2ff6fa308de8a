// Log text is hostile: whatever a test prints must not break out of our markdown, ping people, inject
// HTML or links, or drive the terminal. Everything rendered from a log goes through one of these.

const ZWJ = '\u200D';

// C0/C1 controls (ESC starts terminal sequences) and bidi overrides (text that reads differently
// than it runs). Tab and newline are handled by the callers that allow them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of log text for the terminal: controls removed, newlines and tabs made spaces. */
export function terminalSafe(text: string): string {
  return text.replace(/[\t\n]/g, ' ').replace(CONTROL, '');
}

/** Multi-line log text (a code block's body): controls removed, line breaks and tabs kept. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** `@user` and `@org/team` must not notify anyone: a zero-width joiner after `@` breaks the mention. */
function defuseMentions(text: string): string {
  return text.replace(/@/g, `@${ZWJ}`);
}

/** GitHub autolinks bare `https://…` and `www.…`; a zero-width joiner keeps them plain text. */
function defuseAutolinks(text: string): string {
  return text.replace(/:\/\//g, `:${ZWJ}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`);
}

/** HTML's special characters as entities: for text inside HTML elements (`<summary>`) and markdown. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Log text as plain markdown prose: every markdown/HTML metacharacter escaped, mentions and autolinks
 * defused, on one line (a newline could start a heading, a list or a fence).
 */
export function escapeMarkdown(text: string): string {
  const defused = defuseAutolinks(defuseMentions(terminalSafe(text)));
  return escapeHtml(defused).replace(/[\\`*_{}[\]()#+\-.!|~]/g, (ch) => `\\${ch}`);
}

/**
 * Our own prose that quotes code between backticks (a fix suggestion naming `service`): the quoted
 * parts become inline code, the rest is escaped prose. Names come from the repository's code, which a
 * pull request controls, so nothing is trusted.
 */
export function proseWithCode(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)))
    .join('');
}

/** Log text as inline code: a backtick run longer than any inside, padded when it touches a backtick. */
export function inlineCode(text: string): string {
  const oneLine = terminalSafe(text);
  if (oneLine === '') return '` `';
  const ticks = '`'.repeat(longestBacktickRun(oneLine) + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run in the body, so it cannot be closed early. */
export function codeBlock(body: string, info = 'text'): string {
  const clean = stripControls(body).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1));
  return `${fence}${info}\n${clean}\n${fence}`;
}

/** The longest run of backticks in the text: a fence or code span must be longer to hold it. */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
