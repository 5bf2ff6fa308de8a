// The side of a map fault the runtime printed when it is a reader: what it reads (object type, field) and how.
import type { Fault, Frame } from '../model.js';
import { callArguments, descendants, functionAt, rootOf } from './go-syntax.js';
import { type Site, traceVariable } from './provenance.js';
import type { AnalyzeRules } from './rules.js';
import { isRepoFrame } from './stack.js';

export interface ReaderSide {
  /** `Service`, from a serializer frame (`(*Service).Size`) or the variable the code reads. */
  objectType: string | null;
  /** The map field the code reads, when it names one: `Annotations`, `ReadyReplicas` in `ro.Status.ReadyReplicas`. */
  field: string | null;
  /** Every field the mutation detector found ALTERED, as its last name (`Phase`, `Labels`). */
  alteredFields?: string[];
  /** `json.Marshal`, `range loop`, `map read`. */
  how: string;
  /** The line's other fields, for a writer search that found nothing for `field` (at most 3). */
  otherFields?: string[];
  /** The package-level map the code reads (`range lastSeen`), with the file that declares it. */
  packageVariable?: { name: string; file: string };
  /** A plain (non-map) field a race's reader reads: `pod.Status.Phase` → [Status, Phase]. */
  fieldPath?: string[];
  /**
   * Where the writing goroutine was started, when a race report lost the write's own stack but still
   * printed its goroutine's creation site: writers in that package are likelier.
   */
  writerStartedAt?: { file: string; line: number; func: string };
}

/** `*v1.Pod` → Pod; `k8s.io/api/core/v1.(*Service).Size` → Service. */
function typeFromText(text: string): string | null {
  return /(\w+)(\[\d*\])?$/.exec(text.replace(/^\*/, ''))?.[1] ?? null;
}

const serializerMethod = /\.\(\*(\w+)\)\.(Size|Marshal\w*|DeepCopy\w*)$/;
const serializerWindow = 12;

/**
 * The object a serializer or copy walks, from its method frames: the outermost of the run of such frames
 * names the whole object (`(*Service).Size` above `(*ObjectMeta).Size`). Generated code may be repo code.
 */
function serializerFrame(frames: Frame[]): { type: string; func: string } | null {
  let found: { type: string; func: string } | null = null;
  for (const [i, frame] of frames.entries()) {
    const match = serializerMethod.exec(frame.func);
    if (match?.[1]) found = { type: match[1], func: frame.func.replace(/^.*\//, '') };
    else if (found || i >= serializerWindow) break;
  }
  return found;
}

export function describeReader(
  fault: Fault,
  frames: Frame[],
  sites: Site[],
  rules: AnalyzeRules,
): ReaderSide {
  const library = frames.slice(0, Math.max(0, frames.findIndex(isRepoFrame)));
  const described = rules.readerFrames.find((rule) => library.some((f) => rule.func.test(f.func)));
  const serializer = serializerFrame(frames);
  let how = described?.describe ?? serializer?.func ?? 'map read';
  let objectType = serializer?.type ?? null;
  let field: string | null = null;
  let packageVariable: ReaderSide['packageVariable'];
  let alteredFields: string[] | undefined;
  if (fault.cacheMutation) {
    objectType = typeFromText(fault.cacheMutation.objectType);
    // The last Go field of each path first (`Status.Phase` → Phase; a label's key is not a field name),
    // then the fields between the top level and it: `Spec.Containers.Image` also changes when a copied
    // element is stored back (`pod.Spec.Containers[i] = c`).
    const goFields = (path: string) => path.split('.').filter((p) => /^[A-Z]\w*$/.test(p));
    const paths = fault.cacheMutation.changedFields.map(goFields);
    alteredFields = [
      ...new Set([...paths.flatMap((f) => f.slice(-1)), ...paths.flatMap((f) => f.slice(1, -1))]),
    ];
    field = alteredFields[0] ?? null;
    how = 'the mutation detector';
  }
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  let leaves: string[] = [];
  if (site && fn) {
    // The expressions the line reads: a range operand, an indexed map, a call's arguments.
    const onLine = (n: { startPosition: { row: number } }) => n.startPosition.row === site.row;
    const ranged = descendants(fn, 'range_clause')
      .filter(onLine)
      .map((r) => r.childForFieldName('right'));
    const indexed = descendants(fn, 'index_expression')
      .filter(onLine)
      .map((i) => i.childForFieldName('operand'));
    const args = descendants(fn, 'call_expression').filter(onLine).flatMap(callArguments);
    if (!described && !serializer && ranged.length) how = 'range loop';
    // A call may read several fields (`fmt.Sprintf("%s %v", pod.Name, pod.Labels)`): only a map can be the one
    // iterated, so the fields known to hold maps come first.
    const roots = [...ranged, ...indexed, ...args]
      .map((expr) => expr && rootOf(expr, site.file))
      .filter((root) => !!root)
      .map((root, order) => ({ root, order, map: rules.mapFields.test(root.leaf ?? '') }))
      .sort((a, b) => Number(b.map) - Number(a.map) || a.order - b.order)
      .map(({ root }) => root);
    leaves = [...new Set(roots.flatMap((root) => (root.leaf ? [root.leaf] : [])))];
    for (const root of roots) {
      field ??= root.leaf ?? null;
      const traced = traceVariable(root.name, root.node, sites, rules);
      objectType ??= traced.objectType;
      if (!root.field && traced.origin.kind === 'package-variable' && !packageVariable)
        packageVariable = { name: traced.origin.variable, file: traced.origin.ref.file };
      if (objectType) break;
    }
  }
  const others = leaves.filter((leaf) => leaf !== field).slice(0, 3);
  return {
    objectType,
    field,
    ...(others.length && !alteredFields && { otherFields: others }),
    how,
    ...(packageVariable && { packageVariable }),
    ...(alteredFields && { alteredFields }),
  };
}
