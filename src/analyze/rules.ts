// The knowledge of shared objects, copies, writes and fixes, as data. Code elsewhere only interprets it.
// Users extend it through config (`mergeRules`), e.g. with their company's own cache type.
import type { FixKind, ObjectSourceKind } from '../model.js';

/** A call that hands out a pointer other code also holds. Matched against the callee text (`c.podLister.Pods(ns).Get`). */
export interface SharedSourceRule {
  callee: RegExp;
  kind: ObjectSourceKind;
  /** Evidence note at the line that obtained the object. */
  note: string;
  /** The call is only shared when its whole text matches this (`client.UnsafeDisableDeepCopy`). */
  requires?: RegExp;
  /** The call is not shared when its whole text matches this (a fake client built `WithScheme`). */
  unless?: RegExp;
  /** The object is this package-level variable rather than the call's result (a fake client's default scheme). */
  variable?: string;
}

/** A call that returns a copy the caller owns. Matched against the callee text. */
export interface CopyRule {
  callee: RegExp;
  note: string;
}

/** A function that writes into the object passed as one of its arguments. */
export interface ArgumentWriterRule {
  callee: RegExp;
  argument: number;
  note: string;
}

export interface FixRule {
  /** Applies when the object came from one of these sources (any, when absent). */
  origins?: ObjectSourceKind[];
  /** Applies only to objects that look like a `runtime.Scheme` (see `schemeLike`). */
  scheme?: boolean;
  /** Applies only when the written value is a map aliased from a shared object (`labels := obj.Labels`). */
  aliasedMap?: boolean;
  /**
   * Applies only when the write has no reader of its own (src/analyze/unread-write.ts: nothing sends or
   * uses the object after it, and no code names the key); the origins listed are the ones checked for it.
   */
  unread?: boolean;
  fix: FixKind;
}

export interface AnalyzeRules {
  sharedSources: SharedSourceRule[];
  copies: CopyRule[];
  /** Out-parameter reads (`c.Get(ctx, key, &obj)`): copies unless a shared-source rule with `requires` matches first. */
  copyingReads: CopyRule[];
  /** Methods that write the receiver (`obj.SetLabels(…)`, `scheme.AddKnownTypes(…)`). */
  receiverWriters: RegExp;
  argumentWriters: ArgumentWriterRule[];
  /** Frames of client-go's cache mutation detector: it only notices a write, it never makes one. */
  mutationDetectorFrames: RegExp;
  /** Frames (above the first repo frame) of a library that registers types lazily into a scheme. */
  lazyRegistrationFrames: RegExp;
  /** Keys and functions whose function value receives informer objects (`AddFunc: func(obj interface{})`). */
  handlerKeys: RegExp;
  /** Method names of event handler types (`OnAdd`, `OnUpdate`; controller-runtime `Create`/`Update` with an event). */
  handlerMethods: RegExp;
  /** Parameter types that carry informer objects (controller-runtime `event.UpdateEvent`'s `ObjectNew`). */
  handlerParameterTypes: RegExp;
  /** Keys and calls whose function value may mutate objects in place (`TransformFunc`). */
  transformKeys: RegExp;
  /** Calls that build a method chain whose argument is the object that matters (`WithScheme(s)`). */
  followArgument: RegExp;
  /** Fields and getters that hold maps: a local bound to one aliases the object's own map. */
  mapFields: RegExp;
  /** Fields that hold `map[string]string` (a nil one is initialised with a literal). */
  stringMapFields: RegExp;
  /** Struct-valued fields a dereference chain passes through without a nil check (`svc.Spec`). */
  valueFields: RegExp;
  /** Names of objects that behave like a `runtime.Scheme` (a type registry written at registration time). */
  schemeLike: RegExp;
  /** Frames that read a whole object (serializers, copies, comparisons): the reader's description. */
  readerFrames: { func: RegExp; describe: string }[];
  /** The fix for an object by where it came from; the first matching rule wins. */
  fixes: FixRule[];
}

// The names below are the real libraries' own, read in the module cache (`go env GOMODCACHE`) for the
// oldest and newest releases the fixtures in test/fixtures/k8s-real run on: k8s.io/client-go v0.29.15 and
// v0.37.2, k8s.io/apimachinery v0.29.15 and v0.37.2, sigs.k8s.io/controller-runtime v0.17.5 and v0.25.3.
export const defaultRules: AnalyzeRules = {
  sharedSources: [
    // client-go generated listers (listers/core/v1/pod.go; v0.37 through listers.ResourceIndexer[T]):
    // `PodLister.List(selector)`, `PodLister.Pods(namespace) PodNamespaceLister`, `.Get(name)`.
    // "All objects returned here must be treated as read-only."
    {
      callee: /lister(\(\))?\.(.*\.)?(Get|List)$/i,
      kind: 'lister',
      note: 'obtained from the lister here (a pointer into the informer cache)',
    },
    {
      callee: /(indexer|GetIndexer\(\))\.(.*\.)?(GetByKey|Get|List|ByIndex|Index)$/i,
      kind: 'indexer',
      note: 'obtained from the informer indexer here (a pointer into the cache)',
    },
    {
      callee: /(store|GetStore\(\))\.(.*\.)?(GetByKey|Get|List|ByIndex)$/i,
      kind: 'store',
      note: 'obtained from the informer store here (a pointer into the cache)',
    },
    // tools/cache: GetByKey is cache.Store's (and ThreadSafeStore's), ByIndex cache.Indexer's, whatever the
    // field is called (`c.podCache.GetByKey(key)`). thread_safe_store.go: "you must not modify anything
    // returned by Get or List as it will break the indexing feature in addition to not being thread safe".
    {
      callee: /\.ByIndex$/,
      kind: 'indexer',
      note: 'obtained from a cache.Indexer here (ByIndex: pointers into the cache)',
    },
    {
      callee: /\.GetByKey$/,
      kind: 'store',
      note: 'obtained from a cache.Store here (GetByKey: a pointer into the cache)',
    },
    // controller-runtime client.Reader `Get(ctx, key, obj, opts ...GetOption)` / `List(ctx, list, opts ...ListOption)`:
    // the cache reader (pkg/cache/internal/cache_reader.go) deep-copies unless the caller passes
    // `client.UnsafeDisableDeepCopy` (an UnsafeDisableDeepCopyOption; List honours it in v0.17-v0.25, Get from v0.23 on),
    // and then hands out the cache's own object (List: shallow struct copies sharing every map).
    {
      callee: /\.(Get|List)$/,
      requires: /UnsafeDisableDeepCopy/,
      kind: 'unsafe-client-read',
      note: "read with UnsafeDisableDeepCopy here (the object is the cache's own)",
    },
    // controller-runtime's fake client without WithScheme registers lazily into client-go's global scheme.
    {
      callee: /NewClientBuilder$/,
      unless: /\.WithScheme\(/,
      kind: 'package-variable',
      variable: 'scheme.Scheme',
      note: 'fake client built without WithScheme here: it registers types into the global scheme.Scheme',
    },
  ],
  copies: [
    { callee: /\.DeepCopy$/, note: 'copied here (DeepCopy)' },
    { callee: /\.DeepCopyObject$/, note: 'copied here (DeepCopyObject)' },
    { callee: /^maps\.Clone$/, note: 'copied here (maps.Clone)' },
    { callee: /^(slices\.Clone|copyStringMap|CopyStringMap)$/, note: 'copied here' },
  ],
  copyingReads: [
    { callee: /\.(Get|List)$/, note: 'read through the (copying) controller-runtime client here' },
  ],
  receiverWriters:
    /^(SetLabels|SetAnnotations|SetFinalizers|SetOwnerReferences|SetResourceVersion|SetManagedFields|SetDeletionTimestamp|SetGeneration|SetNamespace|SetName|SetUID|AddKnownTypes|AddKnownTypeWithName|AddUnversionedTypes|AddConversionFunc|AddTypeDefaultingFunc|AddFieldLabelConversionFunc|SetVersionPriority)$/,
  argumentWriters: [
    {
      callee:
        /(^|\.)(SetNestedField|SetNestedMap|SetNestedStringMap|SetNestedSlice|SetNestedStringSlice|RemoveNestedField)$/,
      argument: 0,
      note: 'writes the unstructured object',
    },
    {
      callee: /(^|\.)(SetMetaDataAnnotation|SetMetaDataLabel|AddFinalizer|RemoveFinalizer)$/,
      argument: 0,
      note: "writes the object's metadata",
    },
    {
      callee: /(^|\.)(SetControllerReference|SetOwnerReference)$/,
      argument: 1,
      note: "writes the object's owner references",
    },
    { callee: /(^|\.)AddToScheme$/, argument: 0, note: 'registers types into the scheme' },
    // controller-runtime's fake client sets ResourceVersion on the objects it is given.
    {
      callee: /\.(WithObjects|WithRuntimeObjects|WithStatusSubresource)$/,
      argument: 0,
      note: 'the fake client writes ResourceVersion into it',
    },
  ],
  // tools/cache/mutation_detector.go: `(*defaultCacheMutationDetector).CompareObjects` panics from `Run`.
  mutationDetectorFrames: /\(\*defaultCacheMutationDetector\)\./,
  lazyRegistrationFrames: /addToSchemeIfUnknown|\(\*Scheme\)\.(AddKnownTypes?|AddKnownTypeWithName)/,
  // client-go tools/cache: ResourceEventHandlerFuncs and ResourceEventHandlerDetailedFuncs {AddFunc,
  // UpdateFunc, DeleteFunc}, FilteringResourceEventHandler{FilterFunc}, registered with AddEventHandler,
  // AddEventHandlerWithResyncPeriod or (v0.33+) AddEventHandlerWithOptions. controller-runtime: handler.Funcs
  // and predicate.Funcs (TypedFuncs since v0.19) {CreateFunc, UpdateFunc, DeleteFunc, GenericFunc},
  // handler.(Typed)EnqueueRequestsFromMapFunc, predicate.New(Typed)PredicateFuncs.
  handlerKeys:
    /^(AddFunc|UpdateFunc|DeleteFunc|FilterFunc|CreateFunc|GenericFunc|AddEventHandler|AddEventHandlerWithResyncPeriod|AddEventHandlerWithOptions|(Typed)?EnqueueRequestsFromMapFunc|New(Typed)?PredicateFuncs)$/,
  // cache.ResourceEventHandler: OnAdd(obj, isInInitialList bool) (v0.27+), OnUpdate(oldObj, newObj), OnDelete(obj).
  handlerMethods: /^(OnAdd|OnUpdate|OnDelete)$/,
  // handler.EventHandler / predicate.Predicate methods Create/Update/Delete/Generic take event.CreateEvent
  // etc.; since v0.19 these are aliases of event.TypedCreateEvent[client.Object].
  handlerParameterTypes: /\bevent\.(Typed)?(Create|Update|Delete|Generic)Event\b/,
  transformKeys: /^(Transform|TransformFunc|DefaultTransform|SetTransform)$/,
  followArgument: /^WithScheme$/,
  mapFields:
    /^(Get)?(Labels|Annotations|Finalizers|Data|StringData|BinaryData|Selector|MatchLabels|NodeSelector|Object)$/,
  stringMapFields: /^(Labels|Annotations|Data|StringData|Selector|NodeSelector|MatchLabels)$/,
  valueFields: /^(Spec|Status|ObjectMeta|TypeMeta)$/,
  schemeLike: /scheme$/i,
  readerFrames: [
    { func: /^encoding\/json\.Marshal/, describe: 'json.Marshal' },
    { func: /^encoding\/json\./, describe: 'json encoding' },
    { func: /\.\(\*\w+\)\.(Size|Marshal\w*)$/, describe: 'protobuf encoding' },
    { func: /\.\(\*\w+\)\.DeepCopy(Into|Object)?$/, describe: 'DeepCopy' },
    { func: /^reflect\.DeepEqual/, describe: 'reflect.DeepEqual' },
    { func: /^fmt\./, describe: 'fmt formatting' },
  ],
  fixes: [
    // A cached object stamped with a key nothing reads, and never sent: kubernetes#85359 removed such a
    // write rather than copying the object ("removes the need … to write to services, which is preferable").
    {
      unread: true,
      origins: ['lister', 'indexer', 'store', 'informer-handler', 'unsafe-client-read'],
      fix: 'remove-write',
    },
    {
      aliasedMap: true,
      origins: ['lister', 'indexer', 'store', 'informer-handler', 'unsafe-client-read'],
      fix: 'copy-map',
    },
    {
      origins: [
        'lister',
        'indexer',
        'store',
        'informer-handler',
        'unsafe-client-read',
        'shared-test-fixture',
      ],
      fix: 'deepcopy-before-mutate',
    },
    {
      origins: ['package-variable', 'shared-test-fixture', 'closure-capture'],
      scheme: true,
      fix: 'per-test-scheme',
    },
    // A shared map taken into a local and changed (`opts := DefaultOptions; opts.Labels[k] = v`): clone it.
    { origins: ['package-variable'], aliasedMap: true, fix: 'copy-map' },
    // One options value handed to several callers, each writing its map: each clones the map first.
    { origins: ['shared-argument'], fix: 'copy-map' },
    { origins: ['package-variable', 'closure-capture'], fix: 'lock' },
    { fix: 'other' },
  ],
};

/**
 * Extra knowledge a user adds through config (`.github/go-panic-triage.yml` `shared-sources`): calls named as
 * the Go code calls them (`GetCachedPod`, `cache.Lookup`); a call matches when its callee ends with the name.
 */
export interface UserRules {
  sharedSources?: { call: string; kind?: ObjectSourceKind; why?: string }[];
  copies?: { call: string; why?: string }[];
  /** Methods that write their receiver (`SetTeamLabel`). */
  receiverWriters?: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `cache.Lookup` → /(^|\.)cache\.Lookup$/: the name as called, after any receiver chain. */
function calledAs(call: string): RegExp {
  return new RegExp(`(^|\\.)${escapeRegExp(call)}$`);
}

/** Default rules plus the user's; the user's shared sources and copies are tried first. */
export function mergeRules(user: UserRules, base: AnalyzeRules = defaultRules): AnalyzeRules {
  const sharedSources: SharedSourceRule[] = (user.sharedSources ?? []).map((rule) => ({
    callee: calledAs(rule.call),
    kind: rule.kind ?? 'store',
    note: `obtained from ${rule.call} here (${rule.why ?? 'configured as a shared source'})`,
  }));
  const copies: CopyRule[] = (user.copies ?? []).map((rule) => ({
    callee: calledAs(rule.call),
    note: `copied here (${rule.why ?? rule.call})`,
  }));
  const writers = (user.receiverWriters ?? []).map(escapeRegExp);
  return {
    ...base,
    sharedSources: [...sharedSources, ...base.sharedSources],
    copies: [...copies, ...base.copies],
    receiverWriters: writers.length
      ? new RegExp(`${base.receiverWriters.source}|^(${writers.join('|')})$`)
      : base.receiverWriters,
  };
}
