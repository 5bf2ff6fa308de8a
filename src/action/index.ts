// The Action's bundle entry (dist/action.js).
import * as core from '@actions/core';
import { runAction } from './main.js';

runAction().catch((error: unknown) => {
  core.setFailed(`go-panic-triage failed: ${error instanceof Error ? error.message : String(error)}`);
});
