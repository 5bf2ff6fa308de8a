// Applies the config's ignore rules: a finding is dropped when one rule matches it on every field the rule gives.
import type { Finding } from '../model.js';
import type { IgnoreRule } from './schema.js';

export function isIgnored(finding: Finding, rules: readonly IgnoreRule[]): boolean {
  return rules.some(
    (rule) =>
      (rule.id === undefined || rule.id === finding.id) &&
      (rule.kind === undefined || rule.kind === finding.kind) &&
      (rule.test === undefined || (finding.test !== null && wildcard(rule.test).test(finding.test))) &&
      (rule.path === undefined ||
        wildcard(rule.path).test(finding.crashFrame?.repoPath ?? finding.crashFrame?.file ?? '')) &&
      (rule.headline === undefined || finding.headline.includes(rule.headline)),
  );
}

/** `*` matches any run of characters; everything else is literal. Anchored at both ends. */
function wildcard(pattern: string): RegExp {
  const literal = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${literal.join('.*')}$`);
}
