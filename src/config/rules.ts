// The config's additions to the analysis rule table (`shared-sources`), or the defaults when it has none.
import { type AnalyzeRules, defaultRules, mergeRules } from '../analyze/rules.js';
import type { Config } from './schema.js';

export function rulesFor(config: Pick<Config, 'sharedSources'>): AnalyzeRules {
  return config.sharedSources.length === 0
    ? defaultRules
    : mergeRules({ sharedSources: config.sharedSources });
}
