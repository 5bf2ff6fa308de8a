// The repository's config file for the Action. A missing file means the defaults; a broken one is
// reported as error annotations and the defaults are used, so the findings still show.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { ConfigError, parseConfig } from '../config/load.js';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';

export async function readConfigFile(root: string, path: string): Promise<Config> {
  const text = await readFile(join(root, path), 'utf8').catch(() => null);
  if (text === null) return { ...DEFAULT_CONFIG };
  try {
    return parseConfig(text, path);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) core.error(`go-panic-triage config: ${problem}`, { file: path });
    return { ...DEFAULT_CONFIG };
  }
}
