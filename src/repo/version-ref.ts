// Which commit a link to the repository's own code built at a version (`…/pkg/mod/M@v1.2.3/…`) should
// point at: the release tag when the repository has it, else the head the report is about.

/**
 * The git tag a module version was released as: `v1.2.3` → `v1.2.3`, `v2.0.0+incompatible` → `v2.0.0`.
 * Pseudo-versions (`v0.0.0-20240101120000-abcdef123456`, `v1.2.4-0.20240101120000-abcdef123456`) name a
 * commit, not a tag: null. Submodules tag as `dir/v1.2.3`; that prefix is the caller's to add.
 */
export function tagOfVersion(version: string): string | null {
  const plain = version.replace(/\+incompatible$/, '');
  if (!/^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(plain)) return null;
  if (/(?:^|[-.])\d{14}-[0-9a-f]{12}$/.test(plain)) return null;
  return plain;
}

/** The ref to link a frame at: its version's tag when `tagExists` says the repository has it, else `head`. */
export function refForVersion(
  version: string | undefined,
  tagExists: (tag: string) => boolean,
  head: string,
): string {
  const tag = version === undefined ? null : tagOfVersion(version);
  return tag !== null && tagExists(tag) ? tag : head;
}
