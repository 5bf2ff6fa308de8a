#!/usr/bin/env node
import { createRequire as __gptCreateRequire } from 'node:module'; const require = __gptCreateRequire(import.meta.url);

// src/config/ignore.ts
function isIgnored(finding, rules) {
  return rules.some(
    (rule) => (rule.id === void 0 || rule.id === finding.id) && (rule.kind === void 0 || rule.kind === finding.kind) && (rule.test === void 0 || finding.test !== null && wildcard(rule.test).test(finding.test)) && (rule.path === void 0 || wildcard(rule.path).test(finding.crashFrame?.repoPath ?? finding.crashFrame?.file ?? "")) && (rule.headline === void 0 || finding.headline.includes(rule.headline))
  );
}
function wildcard(pattern) {
  const literal = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${literal.join(".*")}$`);
}

// src/config/apply.ts
function applyConfig(report, config) {
  const kept = report.findings.filter((f) => !isIgnored(f, config.ignore));
  const shown = config.maxFindings === void 0 ? kept : kept.slice(0, config.maxFindings);
  const ignored = report.findings.length - kept.length;
  const omitted = kept.length - shown.length;
  const notes = [];
  if (ignored > 0) notes.push(`${ignored} finding(s) matched ignore rules in the config and are not shown`);
  if (omitted > 0) notes.push(`${omitted} more finding(s) beyond max-findings are not shown`);
  return { report: { ...report, findings: shown }, ignored, omitted, notes };
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$2(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$1(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result2 = 0;
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    return sign * result2;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result3 = sign * parseFloat(value);
    return Number.isFinite(result3) ? result3 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = Number(source);
  if (Number.isFinite(result2)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result2 = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    result2 *= sign;
  } else result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary2 = atob(input);
  const result2 = new Uint8Array(binary2.length);
  for (let index = 0; index < binary2.length; index++) result2[index] = binary2.charCodeAt(index);
  return result2;
}
function representYamlBinary(object) {
  let binary2 = "";
  for (let index = 0; index < object.length; index++) binary2 += String.fromCharCode(object[index]);
  return btoa(binary2);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result2 = {};
  for (const key3 of keys) if (object[key3] !== void 0) result2[key3] = object[key3];
  return result2;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key3;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key3 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key3 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key3)) return "duplicate key in ordered map";
    carrier.seen.add(key3);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key3 of Object.keys(o)) map.set(key3, o[key3]);
    return map;
  },
  addPair: (container, key3, value) => {
    if (key3 !== null && typeof key3 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key3);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key3) => {
    if (key3 !== null && typeof key3 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key3));
  },
  keys: (container) => Object.keys(container),
  get: (container, key3) => {
    const normalizedKey = String(key3);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key3 of data) map.set(key3, null);
    return map;
  },
  addPair: (container, key3, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key3);
    return "";
  },
  has: (container, key3) => container.has(key3),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result2 = [];
  for (const tag of tags) {
    let index = result2.length;
    for (let previousIndex = 0; previousIndex < result2.length; previousIndex++) {
      const previous = result2[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result2[index] = tag;
  }
  return result2;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key3 of tag.implicitFirstChars) keys.add(key3);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key3 of keys) implicitScalarByFirstChar.set(key3, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key3) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key3, value) => {
    container.set(key3, value);
    return "";
  },
  has: (container, key3) => container.has(key3),
  keys: (container) => container.keys(),
  get: (container, key3) => container.get(key3),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key3 of Object.keys(obj)) map.set(key3, obj[key3]);
    return map;
  }
});
function normalizeKey(key3) {
  if (Array.isArray(key3)) {
    const array = Array.prototype.slice.call(key3);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key3 === "object" && Object.prototype.toString.call(key3) === "[object Object]") return "[object Object]";
  return String(key3);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key3 of Object.keys(o)) map.set(key3, o[key3]);
    return map;
  },
  addPair: (container, key3, value) => {
    const normalizedKey = normalizeKey(key3);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key3) => {
    const normalizedKey = normalizeKey(key3);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key3) => {
    const normalizedKey = String(key3);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result2 = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i2 = 1; i2 <= opts.linesBefore; i2++) {
    if (foundLineNo - i2 < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i2], lineEnds[foundLineNo - i2], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i2]), maxLineLength);
    result2 = `${" ".repeat(opts.indent)}${padStart((mark.line - i2 + 1).toString(), lineNoLength)} | ${line2.str}
${result2}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result2 += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i2 = 1; i2 <= opts.linesAfter; i2++) {
    if (foundLineNo + i2 >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i2], lineEnds[foundLineNo + i2], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i2]), maxLineLength);
    result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + i2 + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result2.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i2 = 0; i2 < 256; i2++) {
  simpleEscapeCheck[i2] = simpleEscapeSequence(i2) ? 1 : 0;
  simpleEscapeMap[i2] = simpleEscapeSequence(i2);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start2, end) {
  let result2 = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start2, end) {
  let result2 = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result2 += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start2, end) {
  let result2 = "";
  let position = start2;
  let captureStart = start2;
  let captureEnd = start2;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result2 += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result2 += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result2 += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getBlockValue(input, start2, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start2, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result2 = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result2 += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result2 += " ";
      } else result2 += "\n".repeat(emptyLines);
    } else result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result2 += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result2 += "\n";
  }
  return result2;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result2 = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result2 += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result2 += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result2 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result2;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle2 = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle2] ?? DEFAULT_TAG_HANDLERS[handle2] ?? handle2) + tagPercentDecode(rawTag.slice(handle2.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result2 = scalarTag.resolve(source, true, tagName);
      if (result2 === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result2,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err2 = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err2) throwError$1(state, err2);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key3, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key3) && !frame.overridable?.has(key3)) throwError$1(state, "duplicated mapping key");
  const err2 = frame.tag.addPair(frame.value, key3, value);
  if (err2) throwError$1(state, err2);
  frame.overridable?.delete(key3);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err2 = frame.tag.addItem(frame.value, value, frame.index++);
    if (err2) throwError$1(state, err2);
  } else if (frame.hasKey) {
    const key3 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key3, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name2 = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name2);
        if (!anchor) throwError$1(state, `unidentified alias "${name2}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name2}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start2, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start: start2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start2, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start: start2,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result2 = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result2;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start2, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start2, end));
  if (match !== null) {
    state.position = start2 + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start2 = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start2;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start2) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start2;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start2 = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start2) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start2, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start2 = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start2 = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start2 = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start2) return false;
  checkPrintable(state, start2, end);
  addScalarEvent(state, start2, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start2 = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start2, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name2 = state.input.slice(nameStart, state.position);
  const args2 = [];
  if (name2.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start2 = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args2.push(state.input.slice(start2, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name2 === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args2.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args2[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args2[0]
    });
  } else if (name2 === "TAG") {
    if (args2.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle2, prefix] = args2;
    if (!PATTERN_TAG_HANDLE.test(handle2)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle2)) throwError(state, `there is a previously declared suffix for "${handle2}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle2] = prefix;
    state.directives.push({
      kind: "tag",
      handle: handle2,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input, options);
  if (iterator === null) return documents;
  for (const document2 of documents) iterator(document2);
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name2) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name2)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/config/schema.ts
var DEFAULT_CONFIG = Object.freeze({
  pathMappings: [],
  sharedSources: [],
  ignore: [],
  comment: "on-findings",
  suggestions: true
});
var FAULT_KINDS = [
  "concurrent-map-writes",
  "concurrent-map-read-write",
  "concurrent-map-iteration-write",
  "concurrent-map-clone-write",
  "data-race",
  "cache-mutation",
  "nil-map-write",
  "nil-deref",
  "test-timeout",
  "closed-channel",
  "deadlock",
  "panic"
];
var OBJECT_SOURCE_KINDS = [
  "lister",
  "indexer",
  "store",
  "informer-handler",
  "unsafe-client-read",
  "package-variable",
  "shared-test-fixture",
  "closure-capture",
  "shared-argument",
  "other"
];

// src/config/load.ts
var ConfigError = class extends Error {
  constructor(file, problems) {
    super(`${file}: ${problems.join("; ")}`);
    this.file = file;
    this.problems = problems;
    this.name = "ConfigError";
  }
  file;
  problems;
};
var MAX_CONFIG_BYTES = 64 * 1024;
var COMMENT_MODES = ["always", "on-findings", "off"];
function parseConfig(text2, file = ".github/go-panic-triage.yml") {
  if (text2.length > MAX_CONFIG_BYTES) throw new ConfigError(file, [`larger than ${MAX_CONFIG_BYTES} bytes`]);
  let data;
  let lines;
  try {
    const documents = loadAll(text2, { schema: CORE_SCHEMA, filename: file });
    if (documents.length > 1) throw new ConfigError(file, ["holds several YAML documents; keep one"]);
    data = documents[0] ?? null;
    lines = keyLines(text2);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const mark = error.mark;
    const reason = error.reason ?? String(error);
    throw new ConfigError(file, [mark ? `line ${mark.line + 1}: ${reason}` : reason]);
  }
  const problems = [];
  const config = validate(data, new Reporter(problems, lines));
  if (problems.length > 0) throw new ConfigError(file, problems);
  return config;
}
var Reporter = class {
  constructor(problems, lines) {
    this.problems = problems;
    this.lines = lines;
  }
  problems;
  lines;
  at(path, message) {
    const line = this.lines.get(path);
    this.problems.push(`${line ? `line ${line}: ` : ""}'${path}' ${message}`);
  }
};
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function validate(data, report) {
  const config = structuredClone({ ...DEFAULT_CONFIG });
  if (data === null || data === void 0) return config;
  if (!isObject(data)) {
    report.problems.push("the file must be a mapping of settings (key: value)");
    return config;
  }
  const known = [
    "module",
    "path-mappings",
    "shared-sources",
    "ignore",
    "comment",
    "comment-key",
    "suggestions",
    "max-findings"
  ];
  for (const key3 of Object.keys(data)) {
    if (!known.includes(key3)) report.at(key3, `is not a known setting${didYouMean(key3, known)}`);
  }
  if (data.module !== void 0) config.module = text(data.module, "module", report);
  if (data["path-mappings"] !== void 0) {
    config.pathMappings = list(data["path-mappings"], "path-mappings", report, pathMapping);
  }
  if (data["shared-sources"] !== void 0) {
    config.sharedSources = list(data["shared-sources"], "shared-sources", report, sharedSource);
  }
  if (data.ignore !== void 0) config.ignore = list(data.ignore, "ignore", report, ignoreRule);
  if (data.comment !== void 0) config.comment = oneOf(data.comment, "comment", COMMENT_MODES, report);
  if (data["comment-key"] !== void 0) {
    const key3 = text(data["comment-key"], "comment-key", report);
    if (key3 !== void 0) config.commentKey = key3;
  }
  if (data.suggestions !== void 0) {
    if (typeof data.suggestions === "boolean") config.suggestions = data.suggestions;
    else report.at("suggestions", `must be true or false, not ${show(data.suggestions)}`);
  }
  if (data["max-findings"] !== void 0) {
    const n = data["max-findings"];
    if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 100) config.maxFindings = n;
    else report.at("max-findings", `must be a whole number from 1 to 100, not ${show(n)}`);
  }
  return config;
}
function text(value, path, report) {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  report.at(path, `must be a non-empty string, not ${show(value)}`);
  return void 0;
}
function oneOf(value, path, allowed, report) {
  if (typeof value === "string" && allowed.includes(value)) return value;
  report.at(path, `must be one of ${allowed.join(", ")}, not ${show(value)}`);
  return allowed[0];
}
function list(value, path, report, item) {
  if (!Array.isArray(value)) {
    report.at(path, `must be a list, not ${show(value)}`);
    return [];
  }
  const out2 = [];
  for (const [i2, entry] of value.entries()) {
    const at = `${path}[${i2}]`;
    if (!isObject(entry)) {
      report.at(at, `must be a mapping, not ${show(entry)}`);
      continue;
    }
    const parsed = item(entry, at, report);
    if (parsed) out2.push(parsed);
  }
  return out2;
}
function onlyKeys(entry, path, keys, report) {
  for (const key3 of Object.keys(entry)) {
    if (!keys.includes(key3)) report.at(`${path}.${key3}`, `is not a known key${didYouMean(key3, keys)}`);
  }
}
function pathMapping(entry, path, report) {
  onlyKeys(entry, path, ["from", "to"], report);
  const from = text(entry.from, `${path}.from`, report);
  const to = typeof entry.to === "string" ? entry.to : text(entry.to, `${path}.to`, report);
  return from !== void 0 && to !== void 0 ? { from, to } : void 0;
}
function sharedSource(entry, path, report) {
  onlyKeys(entry, path, ["call", "kind", "why"], report);
  const call = text(entry.call, `${path}.call`, report);
  const kind = entry.kind === void 0 ? "store" : oneOf(entry.kind, `${path}.kind`, OBJECT_SOURCE_KINDS, report);
  const why = entry.why === void 0 ? void 0 : text(entry.why, `${path}.why`, report);
  if (call === void 0) return void 0;
  return why === void 0 ? { call, kind } : { call, kind, why };
}
function ignoreRule(entry, path, report) {
  onlyKeys(entry, path, ["id", "kind", "test", "path", "headline"], report);
  const rule = {};
  if (typeof entry.id === "number") entry.id = String(entry.id);
  if (entry.id !== void 0) rule.id = text(entry.id, `${path}.id`, report);
  if (entry.kind !== void 0) rule.kind = oneOf(entry.kind, `${path}.kind`, FAULT_KINDS, report);
  for (const key3 of ["test", "path", "headline"]) {
    if (entry[key3] !== void 0) rule[key3] = text(entry[key3], `${path}.${key3}`, report);
  }
  if (Object.keys(rule).length === 0) {
    report.at(path, "needs at least one of id, kind, test, path, headline");
    return void 0;
  }
  return rule;
}
function show(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}
function didYouMean(key3, known) {
  const close = known.find((k) => editDistance(k, key3) <= 2);
  return close ? ` (did you mean '${close}'?)` : "";
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i2 = 1; i2 <= a.length; i2++) {
    const current = [i2];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i2 - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function keyLines(source) {
  const lineStarts = [0];
  for (let i2 = 0; i2 < source.length; i2++) if (source[i2] === "\n") lineStarts.push(i2 + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = /* @__PURE__ */ new Map();
  const stack = [];
  const childPath = (level) => {
    if (!level) return void 0;
    if (level.kind === "sequence") return `${level.path}[${level.index}]`;
    return level.key === void 0 ? void 0 : level.path ? `${level.path}.${level.key}` : level.key;
  };
  const valueDone = (level) => {
    if (!level) return;
    if (level.kind === "sequence") level.index++;
    else level.key = void 0;
  };
  const events = parseEvents(source, {});
  for (const event of events) {
    const top = stack[stack.length - 1];
    if (event.type === 3 || event.type === 2) {
      const path = childPath(top) ?? "";
      if (top?.kind === "sequence") lines.set(path, lineOf(event.start));
      stack.push({ kind: event.type === 3 ? "mapping" : "sequence", path, index: 0 });
    } else if (event.type === 6) {
      if (stack.pop()) valueDone(stack[stack.length - 1]);
    } else if (event.type === 4) {
      if (top?.kind === "mapping" && top.key === void 0) {
        top.key = source.slice(event.valueStart, event.valueEnd).replace(/^['"]|['"]$/g, "");
        lines.set(top.path ? `${top.path}.${top.key}` : top.key, lineOf(event.valueStart));
      } else {
        valueDone(top);
      }
    } else if (event.type === 5) {
      valueDone(top);
    }
  }
  return lines;
}

// src/analyze/rules.ts
var defaultRules = {
  sharedSources: [
    // client-go generated listers (listers/core/v1/pod.go; v0.37 through listers.ResourceIndexer[T]):
    // `PodLister.List(selector)`, `PodLister.Pods(namespace) PodNamespaceLister`, `.Get(name)`.
    // "All objects returned here must be treated as read-only."
    {
      callee: /lister(\(\))?\.(.*\.)?(Get|List)$/i,
      kind: "lister",
      note: "obtained from the lister here (a pointer into the informer cache)"
    },
    {
      callee: /(indexer|GetIndexer\(\))\.(.*\.)?(GetByKey|Get|List|ByIndex|Index)$/i,
      kind: "indexer",
      note: "obtained from the informer indexer here (a pointer into the cache)"
    },
    {
      callee: /(store|GetStore\(\))\.(.*\.)?(GetByKey|Get|List|ByIndex)$/i,
      kind: "store",
      note: "obtained from the informer store here (a pointer into the cache)"
    },
    // tools/cache: GetByKey is cache.Store's (and ThreadSafeStore's), ByIndex cache.Indexer's, whatever the
    // field is called (`c.podCache.GetByKey(key)`). thread_safe_store.go: "you must not modify anything
    // returned by Get or List as it will break the indexing feature in addition to not being thread safe".
    {
      callee: /\.ByIndex$/,
      kind: "indexer",
      note: "obtained from a cache.Indexer here (ByIndex: pointers into the cache)"
    },
    {
      callee: /\.GetByKey$/,
      kind: "store",
      note: "obtained from a cache.Store here (GetByKey: a pointer into the cache)"
    },
    // controller-runtime client.Reader `Get(ctx, key, obj, opts ...GetOption)` / `List(ctx, list, opts ...ListOption)`:
    // the cache reader (pkg/cache/internal/cache_reader.go) deep-copies unless the caller passes
    // `client.UnsafeDisableDeepCopy` (an UnsafeDisableDeepCopyOption; List honours it in v0.17-v0.25, Get from v0.23 on),
    // and then hands out the cache's own object (List: shallow struct copies sharing every map).
    {
      callee: /\.(Get|List)$/,
      requires: /UnsafeDisableDeepCopy/,
      kind: "unsafe-client-read",
      note: "read with UnsafeDisableDeepCopy here (the object is the cache's own)"
    },
    // controller-runtime's fake client without WithScheme registers lazily into client-go's global scheme.
    {
      callee: /NewClientBuilder$/,
      unless: /\.WithScheme\(/,
      kind: "package-variable",
      variable: "scheme.Scheme",
      note: "fake client built without WithScheme here: it registers types into the global scheme.Scheme"
    }
  ],
  copies: [
    { callee: /\.DeepCopy$/, note: "copied here (DeepCopy)" },
    { callee: /\.DeepCopyObject$/, note: "copied here (DeepCopyObject)" },
    { callee: /^maps\.Clone$/, note: "copied here (maps.Clone)" },
    { callee: /^(slices\.Clone|copyStringMap|CopyStringMap)$/, note: "copied here" }
  ],
  copyingReads: [
    { callee: /\.(Get|List)$/, note: "read through the (copying) controller-runtime client here" }
  ],
  receiverWriters: /^(SetLabels|SetAnnotations|SetFinalizers|SetOwnerReferences|SetResourceVersion|SetManagedFields|SetDeletionTimestamp|SetGeneration|SetNamespace|SetName|SetUID|AddKnownTypes|AddKnownTypeWithName|AddUnversionedTypes|AddConversionFunc|AddTypeDefaultingFunc|AddFieldLabelConversionFunc|SetVersionPriority)$/,
  argumentWriters: [
    {
      callee: /(^|\.)(SetNestedField|SetNestedMap|SetNestedStringMap|SetNestedSlice|SetNestedStringSlice|RemoveNestedField)$/,
      argument: 0,
      note: "writes the unstructured object"
    },
    {
      callee: /(^|\.)(SetMetaDataAnnotation|SetMetaDataLabel|AddFinalizer|RemoveFinalizer)$/,
      argument: 0,
      note: "writes the object's metadata"
    },
    {
      callee: /(^|\.)(SetControllerReference|SetOwnerReference)$/,
      argument: 1,
      note: "writes the object's owner references"
    },
    { callee: /(^|\.)AddToScheme$/, argument: 0, note: "registers types into the scheme" },
    // controller-runtime's fake client sets ResourceVersion on the objects it is given.
    {
      callee: /\.(WithObjects|WithRuntimeObjects|WithStatusSubresource)$/,
      argument: 0,
      note: "the fake client writes ResourceVersion into it"
    }
  ],
  // tools/cache/mutation_detector.go: `(*defaultCacheMutationDetector).CompareObjects` panics from `Run`.
  mutationDetectorFrames: /\(\*defaultCacheMutationDetector\)\./,
  lazyRegistrationFrames: /addToSchemeIfUnknown|\(\*Scheme\)\.(AddKnownTypes?|AddKnownTypeWithName)/,
  // client-go tools/cache: ResourceEventHandlerFuncs and ResourceEventHandlerDetailedFuncs {AddFunc,
  // UpdateFunc, DeleteFunc}, FilteringResourceEventHandler{FilterFunc}, registered with AddEventHandler,
  // AddEventHandlerWithResyncPeriod or (v0.33+) AddEventHandlerWithOptions. controller-runtime: handler.Funcs
  // and predicate.Funcs (TypedFuncs since v0.19) {CreateFunc, UpdateFunc, DeleteFunc, GenericFunc},
  // handler.(Typed)EnqueueRequestsFromMapFunc, predicate.New(Typed)PredicateFuncs.
  handlerKeys: /^(AddFunc|UpdateFunc|DeleteFunc|FilterFunc|CreateFunc|GenericFunc|AddEventHandler|AddEventHandlerWithResyncPeriod|AddEventHandlerWithOptions|(Typed)?EnqueueRequestsFromMapFunc|New(Typed)?PredicateFuncs)$/,
  // cache.ResourceEventHandler: OnAdd(obj, isInInitialList bool) (v0.27+), OnUpdate(oldObj, newObj), OnDelete(obj).
  handlerMethods: /^(OnAdd|OnUpdate|OnDelete)$/,
  // handler.EventHandler / predicate.Predicate methods Create/Update/Delete/Generic take event.CreateEvent
  // etc.; since v0.19 these are aliases of event.TypedCreateEvent[client.Object].
  handlerParameterTypes: /\bevent\.(Typed)?(Create|Update|Delete|Generic)Event\b/,
  transformKeys: /^(Transform|TransformFunc|DefaultTransform|SetTransform)$/,
  followArgument: /^WithScheme$/,
  mapFields: /^(Get)?(Labels|Annotations|Finalizers|Data|StringData|BinaryData|Selector|MatchLabels|NodeSelector|Object)$/,
  stringMapFields: /^(Labels|Annotations|Data|StringData|Selector|NodeSelector|MatchLabels)$/,
  valueFields: /^(Spec|Status|ObjectMeta|TypeMeta)$/,
  schemeLike: /scheme$/i,
  readerFrames: [
    { func: /^encoding\/json\.Marshal/, describe: "json.Marshal" },
    { func: /^encoding\/json\./, describe: "json encoding" },
    { func: /\.\(\*\w+\)\.(Size|Marshal\w*)$/, describe: "protobuf encoding" },
    { func: /\.\(\*\w+\)\.DeepCopy(Into|Object)?$/, describe: "DeepCopy" },
    { func: /^reflect\.DeepEqual/, describe: "reflect.DeepEqual" },
    { func: /^fmt\./, describe: "fmt formatting" }
  ],
  fixes: [
    // A cached object stamped with a key nothing reads, and never sent: kubernetes#85359 removed such a
    // write rather than copying the object ("removes the need … to write to services, which is preferable").
    {
      unread: true,
      origins: ["lister", "indexer", "store", "informer-handler", "unsafe-client-read"],
      fix: "remove-write"
    },
    {
      aliasedMap: true,
      origins: ["lister", "indexer", "store", "informer-handler", "unsafe-client-read"],
      fix: "copy-map"
    },
    {
      origins: [
        "lister",
        "indexer",
        "store",
        "informer-handler",
        "unsafe-client-read",
        "shared-test-fixture"
      ],
      fix: "deepcopy-before-mutate"
    },
    {
      origins: ["package-variable", "shared-test-fixture", "closure-capture"],
      scheme: true,
      fix: "per-test-scheme"
    },
    // A shared map taken into a local and changed (`opts := DefaultOptions; opts.Labels[k] = v`): clone it.
    { origins: ["package-variable"], aliasedMap: true, fix: "copy-map" },
    // One options value handed to several callers, each writing its map: each clones the map first.
    { origins: ["shared-argument"], fix: "copy-map" },
    { origins: ["package-variable", "closure-capture"], fix: "lock" },
    { fix: "other" }
  ]
};
function escapeRegExp(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function calledAs(call) {
  return new RegExp(`(^|\\.)${escapeRegExp(call)}$`);
}
function mergeRules(user, base = defaultRules) {
  const sharedSources = (user.sharedSources ?? []).map((rule) => ({
    callee: calledAs(rule.call),
    kind: rule.kind ?? "store",
    note: `obtained from ${rule.call} here (${rule.why ?? "configured as a shared source"})`
  }));
  const copies = (user.copies ?? []).map((rule) => ({
    callee: calledAs(rule.call),
    note: `copied here (${rule.why ?? rule.call})`
  }));
  const writers = (user.receiverWriters ?? []).map(escapeRegExp);
  return {
    ...base,
    sharedSources: [...sharedSources, ...base.sharedSources],
    copies: [...copies, ...base.copies],
    receiverWriters: writers.length ? new RegExp(`${base.receiverWriters.source}|^(${writers.join("|")})$`) : base.receiverWriters
  };
}

// src/config/rules.ts
function rulesFor(config) {
  return config.sharedSources.length === 0 ? defaultRules : mergeRules({ sharedSources: config.sharedSources });
}

// src/repo/diff.ts
function diffPath(raw) {
  let path = raw.split("	")[0]?.trim() ?? "";
  if (path.startsWith('"') && path.endsWith('"') && path.length >= 2) {
    path = path.slice(1, -1).replace(/\\(["\\])/g, "$1");
  }
  if (path === "/dev/null" || path === "") return null;
  path = path.replace(/^[ab]\//, "");
  if (path.startsWith("/") || path.split("/").includes("..")) return null;
  return path;
}
var hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseUnifiedDiff(text2, path) {
  const changed = /* @__PURE__ */ new Map();
  let current = path ?? null;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  const mark = (line) => {
    if (!current) return;
    let lines = changed.get(current);
    if (!lines) {
      lines = /* @__PURE__ */ new Set();
      changed.set(current, lines);
    }
    lines.add(line);
  };
  for (const raw of text2.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith("\\")) continue;
      if (line.startsWith("+")) {
        mark(newLine++);
        newLeft--;
        continue;
      }
      if (line.startsWith("-")) {
        oldLeft--;
        continue;
      }
      if (line.startsWith(" ") || line === "") {
        newLine++;
        newLeft--;
        oldLeft--;
        continue;
      }
      oldLeft = 0;
      newLeft = 0;
    }
    const hunk = hunkHeader.exec(line);
    if (hunk) {
      const start2 = Number(hunk[3]);
      const oldCount = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      const newCount = hunk[4] === void 0 ? 1 : Number(hunk[4]);
      if (![start2, oldCount, newCount].every(Number.isSafeInteger)) continue;
      newLine = start2;
      oldLeft = oldCount;
      newLeft = newCount;
    } else if (line.startsWith("diff --git ")) {
      const b = / b\/(.*)$/.exec(line) ?? / "b\/(.*)"$/.exec(line);
      current = b?.[1] ? diffPath(b[1]) : null;
    } else if (line.startsWith("+++ ")) {
      current = diffPath(line.slice(4));
    } else if (line.startsWith("rename to ")) {
      current = diffPath(line.slice("rename to ".length));
    }
  }
  return changed;
}

// src/repo/go-mod.ts
function modulePathFromGoMod(text2) {
  for (const raw of text2.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    const match = /^module\s+("([^"]+)"|`([^`]+)`|(\S+))\s*$/.exec(line);
    if (match) return match[2] ?? match[3] ?? match[4] ?? null;
  }
  return null;
}
async function readModulePath(sources) {
  const text2 = await sources.read("go.mod");
  return text2 === null ? null : modulePathFromGoMod(text2);
}

// src/repo/source-reader.ts
import { readdir as readdir2, readFile, realpath } from "node:fs/promises";
import { join as join2, normalize, sep } from "node:path";

// src/repo/list-files.ts
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
var defaultListLimits = {
  maxFiles: 2e4,
  maxDirectories: 2e4,
  maxFileBytes: 1024 * 1024,
  maxWalkMs: 3e3
};
var skippedDirectories = /^(vendor|testdata|third_party|node_modules)$|^[._]/;
function plural(unit) {
  return unit.endsWith("y") ? `${unit.slice(0, -1)}ies` : `${unit}s`;
}
var SkipTally = class {
  counts = /* @__PURE__ */ new Map();
  add(reason, n = 1) {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }
  notes(unit) {
    return [...this.counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([reason, n]) => `${reason} (${n} ${n === 1 ? unit : plural(unit)})`);
  }
};
async function walkGoFiles(root, limits = defaultListLimits) {
  const files = [];
  const dirs = new SkipTally();
  let symlinks = 0;
  let truncated = false;
  let visited = 0;
  const queue = [""];
  const started = Date.now();
  let timedOut = false;
  const visit = async (rel) => {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const here = [];
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) symlinks++;
      else if (entry.isDirectory()) {
        if (skippedDirectories.test(entry.name)) dirs.add(`${entry.name}/`);
        else queue.push(path);
      } else if (entry.isFile() && entry.name.endsWith(".go")) {
        if (files.length >= limits.maxFiles) {
          truncated = true;
          queue.length = 0;
          break;
        }
        const file = { path };
        files.push(file);
        here.push(file);
      }
    }
    await Promise.all(
      here.map(async (f) => {
        f.size = await stat(join(root, f.path)).then(
          (s) => s.size,
          () => 0
        );
      })
    );
  };
  let busy = 0;
  const worker = async () => {
    for (; ; ) {
      const rel = queue.shift();
      if (rel === void 0) {
        if (busy === 0) return;
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (++visited > limits.maxDirectories) {
        truncated = true;
        queue.length = 0;
        return;
      }
      if (Date.now() - started > limits.maxWalkMs) {
        truncated = timedOut = true;
        queue.length = 0;
        return;
      }
      busy++;
      await visit(rel);
      busy--;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const skipped = dirs.notes("directory");
  if (symlinks) skipped.push(`symbolic links, not followed (${symlinks})`);
  if (timedOut) skipped.push(`the walk stopped after ${limits.maxWalkMs / 1e3} s`);
  else if (truncated)
    skipped.push(
      `the walk stopped at ${limits.maxFiles.toLocaleString("en-US")} Go files or ${limits.maxDirectories.toLocaleString("en-US")} directories`
    );
  return { files, skipped, truncated };
}

// src/repo/source-reader.ts
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var LocalSourceReader = class {
  constructor(root) {
    this.root = root;
  }
  root;
  cache = /* @__PURE__ */ new Map();
  rootReal;
  listing;
  listFiles() {
    this.listing ??= walkGoFiles(this.root);
    return this.listing;
  }
  async listDirectory(dir) {
    const clean = normalize(dir || ".");
    if (clean.startsWith("..") || clean.startsWith("/")) return [];
    const entries = await readdir2(join2(this.root, clean), { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile() && e.name.endsWith(".go")).map((e) => clean === "." ? e.name : `${clean}/${e.name}`).sort();
  }
  scan(repoPath) {
    const clean = normalize(repoPath);
    if (clean.startsWith("..") || clean.startsWith("/")) return Promise.resolve(null);
    return this.cache.get(clean) ?? this.load(clean);
  }
  read(repoPath) {
    const clean = normalize(repoPath);
    if (clean.startsWith("..") || clean.startsWith("/")) return Promise.resolve(null);
    let text2 = this.cache.get(clean);
    if (!text2) {
      text2 = this.load(clean);
      this.cache.set(clean, text2);
    }
    return text2;
  }
  /** A checkout may hold symlinks (a pull request's code is not ours): follow none that lead outside it. */
  async load(clean) {
    this.rootReal ??= realpath(this.root).catch(() => null);
    const root = await this.rootReal;
    const file = await realpath(join2(this.root, clean)).catch(() => null);
    if (root === null || file === null || !file.startsWith(root + sep)) return null;
    const text2 = await readFile(file, "utf8").catch(() => null);
    return text2 !== null && text2.length <= MAX_FILE_BYTES ? text2 : null;
  }
};

// src/report/color.ts
function shouldColor({ isTTY, env }) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force !== "false";
  if (env.NO_COLOR) return false;
  return isTTY;
}
var CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  magenta: [35, 39],
  cyan: [36, 39]
};
function painter(enabled) {
  if (!enabled) return (_style, text2) => text2;
  return (style, text2) => {
    const [open2, close] = CODES[style];
    return `\x1B[${open2}m${text2}\x1B[${close}m`;
  };
}

// src/report/frames.ts
function displayFile(frame) {
  return frame.repoPath ?? frame.file;
}
function shortPath(frame) {
  if (frame.repoPath) return frame.repoPath;
  const { file } = frame;
  if (frame.kind === "runtime" || frame.kind === "stdlib") {
    const src = file.lastIndexOf("/src/");
    if (src >= 0) return file.slice(src + 5);
  }
  if (frame.kind === "dependency") {
    const mod = file.lastIndexOf("/pkg/mod/");
    if (mod >= 0) return file.slice(mod + 9);
    const vendor = file.lastIndexOf("/vendor/");
    if (vendor >= 0) return file.slice(vendor + 8);
  }
  return file;
}
function shortFunc(func2) {
  const bracket = func2.indexOf("[");
  const head = bracket < 0 ? func2 : func2.slice(0, bracket);
  return func2.slice(head.lastIndexOf("/") + 1);
}
function isRepoPath(file) {
  return file !== "" && !file.startsWith("/") && !file.includes("..") && !/^[A-Za-z]:/.test(file);
}
function isOwnCode(frame) {
  return frame.kind === "repo" || frame.kind === void 0;
}
function accessTitle(access) {
  const op = `${access.atomic ? "atomic " : ""}${access.op}`;
  const lost = access.stackUnavailable ? " (stack lost: the race detector could not restore it)" : "";
  const title = `${access.previous ? "Previous " : ""}${op} by goroutine ${access.goroutineId}${lost}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
function creationSite(access) {
  const at = access.createdAt ?? [];
  return at.find(isOwnCode) ?? at[0];
}
function counted(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/report/waits.ts
var MAX_IDS = 10;
function blamedGoroutine(finding) {
  return [finding.fault.crashing, ...finding.fault.others].find((g) => g?.frames === finding.frames);
}
function blockedGroups(finding) {
  const blamed = blamedGoroutine(finding);
  const groups = /* @__PURE__ */ new Map();
  for (const g of [finding.fault.crashing, ...finding.fault.others]) {
    if (!g || g === blamed || g.state === "running") continue;
    const at = g.frames.findIndex(isWaitingCode);
    const frame = g.frames[at];
    if (!frame) continue;
    const key3 = `${g.state}\0${frame.func}\0${frame.file}\0${frame.line}`;
    const group = groups.get(key3);
    if (group) {
      group.count += g.count;
      if (g.waitMinutes !== void 0) group.minutes = Math.max(group.minutes ?? 0, g.waitMinutes);
      for (const id of g.ids ?? [g.id]) if (group.ids.length < MAX_IDS) group.ids.push(id);
      continue;
    }
    const inner = at > 0 ? g.frames[at - 1] : void 0;
    groups.set(key3, {
      state: g.state,
      ...g.waitMinutes !== void 0 && { minutes: g.waitMinutes },
      count: g.count,
      ids: (g.ids ?? [g.id]).slice(0, MAX_IDS),
      frame,
      ...inner && !inner.func.startsWith("runtime.") && { waitsIn: inner.func },
      ...g.createdBy && { createdBy: g.createdBy }
    });
  }
  return [...groups.values()];
}
function isWaitingCode(frame) {
  return isOwnCode(frame) && !frame.file.endsWith("_testmain.go");
}
function waitText(group) {
  return group.minutes !== void 0 ? `${group.state}, ${group.minutes} minute${group.minutes === 1 ? "" : "s"}` : group.state;
}

// src/report/titles.ts
var KIND_TITLES = {
  "concurrent-map-writes": "Concurrent map writes",
  "concurrent-map-read-write": "Concurrent map read and write",
  "concurrent-map-iteration-write": "Map written while being iterated",
  "concurrent-map-clone-write": "Map written while being cloned",
  "data-race": "Data race",
  "cache-mutation": "Informer cache object mutated",
  "nil-map-write": "Write to a nil map",
  "nil-deref": "Nil dereference",
  "test-timeout": "Test timed out",
  "closed-channel": "Send on a closed channel",
  deadlock: "Deadlock",
  panic: "Panic"
};
function isSharedWrite(kind) {
  return [
    "concurrent-map-writes",
    "concurrent-map-read-write",
    "concurrent-map-iteration-write",
    "concurrent-map-clone-write",
    "data-race",
    "cache-mutation"
  ].includes(kind);
}
function isHang(kind) {
  return kind === "test-timeout" || kind === "deadlock";
}
function culpritVerb(kind) {
  return ["nil-deref", "panic", "closed-channel", "deadlock", "test-timeout"].includes(kind) ? "fails on" : "writes";
}
function panicMessage(headline) {
  return headline.replace(/^(panic|fatal error):\s*/, "").replace(/^runtime error:\s*/, "").replace(/(\s*\[recovered(, repanicked)?\])+\s*$/, "").replace(/\s*\[signal [^\]]*\]\s*$/, "").trim();
}
function shortKind(finding) {
  if (finding.kind !== "panic") return KIND_TITLES[finding.kind];
  const message = panicMessage(finding.headline);
  const runtime = /^(index out of range|slice bounds out of range|integer divide by zero|hash of unhashable type|comparing uncomparable type|makeslice: len out of range|invalid memory address)/.exec(
    message
  );
  if (runtime?.[1]) return capitalize(runtime[1]);
  if (/^interface conversion/.test(message)) return "Interface conversion";
  return "Panic";
}
function code(text2) {
  return `\`${text2.replace(/`/g, "'")}\``;
}
var MAX_MESSAGE_CHARS = 80;
function titleParts(finding) {
  const { culprit } = finding;
  const tail = finding.occurrences > 1 ? `, ${finding.occurrences} times` : "";
  const crash = finding.crashFrame ? { file: displayFile(finding.crashFrame), line: finding.crashFrame.line } : null;
  const write2 = culprit ? { file: culprit.mutation.file, line: culprit.mutation.line } : null;
  const base = { test: finding.test, tail };
  const kind = finding.kind;
  if (isSharedWrite(kind)) {
    const what = kind === "cache-mutation" ? cacheWhat(finding) : KIND_TITLES[kind];
    if (culprit)
      return { ...base, what, detail: `${code(culprit.mutation.variable)} written at`, place: write2 };
    if (kind === "data-race") {
      const [first, second] = finding.fault.accesses ?? [];
      const other = second?.frames.find((f) => f.kind === "repo" || f.kind === void 0);
      const detail = first && other ? `${first.op} at` : "at";
      const against = second && other ? ` races with ${second.op} at ${code(`${baseName(displayFile(other))}:${other.line}`)}` : "";
      return { ...base, what, detail, place: crash, tail: `${against}${tail}` };
    }
    return { ...base, what, detail: "at", place: kind === "cache-mutation" ? null : crash };
  }
  if (kind === "nil-deref" && culprit) {
    return {
      ...base,
      what: `Nil dereference of ${code(culprit.mutation.variable)}`,
      detail: "at",
      place: write2
    };
  }
  if (kind === "nil-map-write" && culprit) {
    return {
      ...base,
      what: `Write to nil map ${code(culprit.mutation.variable)}`,
      detail: "at",
      place: write2
    };
  }
  if (kind === "test-timeout") {
    const after = /after (\S+)/.exec(finding.headline)?.[1];
    const state = waitState(finding);
    return {
      ...base,
      what: `Test timed out${after ? ` after ${after}` : ""}`,
      detail: state ? `waits (${state}) at` : "at",
      place: crash
    };
  }
  if (kind === "deadlock") {
    const state = waitState(finding);
    return {
      ...base,
      what: "Deadlock",
      detail: state ? `${deadlockWho(finding)} waits (${state}) at` : "at",
      place: crash
    };
  }
  if (kind === "panic") {
    const short = shortKind(finding);
    if (short !== "Panic") return { ...base, what: short, detail: "at", place: write2 ?? crash };
    const message = panicMessage(finding.headline);
    const clipped = message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026` : message;
    return {
      ...base,
      what: message ? `Panic ${code(clipped)}` : "Panic",
      detail: "at",
      place: write2 ?? crash
    };
  }
  return { ...base, what: KIND_TITLES[kind], detail: "at", place: write2 ?? crash };
}
function deadlockWho(finding) {
  const id = blamedGoroutine(finding)?.id;
  return id === void 0 ? "the first goroutine" : `goroutine ${id}`;
}
function cacheWhat(finding) {
  const type = finding.fault.cacheMutation?.objectType;
  return type ? `Informer cache ${code(type)} mutated` : KIND_TITLES["cache-mutation"];
}
function waitState(finding) {
  const g = blamedGoroutine(finding);
  return g && g.state !== "running" ? waitText({ state: g.state, ...g.waitMinutes !== void 0 && { minutes: g.waitMinutes } }) : void 0;
}
function baseName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function findingTitle(finding, place) {
  const parts2 = titleParts(finding);
  const shown = parts2.place ? place ? place(parts2.place) : code(`${baseName(parts2.place.file)}:${parts2.place.line}`) : "";
  const where = !shown ? "" : parts2.detail === "at" ? ` at ${shown}` : `: ${parts2.detail} ${shown}`;
  const test = parts2.test ? ` in ${code(parts2.test)}` : "";
  return `${parts2.what}${test}${where}${parts2.tail}`;
}
function plainTitle(finding) {
  return findingTitle(finding).replace(/`/g, "");
}
var SOURCE_WORDS = {
  lister: "an informer lister (a pointer into the shared cache)",
  indexer: "an informer indexer (a pointer into the shared cache)",
  store: "a cache store (a pointer into the shared cache)",
  "informer-handler": "an informer event handler (the cache\u2019s own object)",
  "unsafe-client-read": "a cache-backed client read that does not copy",
  "package-variable": "a package-level variable every test shares",
  "shared-test-fixture": "a fixture shared by parallel subtests",
  "closure-capture": "a variable captured by a goroutine\u2019s closure",
  "shared-argument": "one value handed to several callers (copies of a struct share its maps)",
  other: "a value the code shares"
};
function sourceWords(kind) {
  return SOURCE_WORDS[kind];
}
function confidenceLevel(confidence) {
  return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
}
function confidenceText(culprit, kind, options = {}) {
  const level = confidenceLevel(culprit.confidence);
  const reasons = [];
  const source = culprit.objectSource;
  if (culprit.confidence < 0.5) reasons.push("this is a guess from the code around the crash");
  else if (!isSharedWrite(kind)) reasons.push("the crashing line reads it");
  else if (source && source.kind !== "other")
    reasons.push(`the object comes from ${sourceWords(source.kind)}`);
  else reasons.push("where the object comes from is not certain");
  if (culprit.inDiff && options.diff !== false) reasons.push("this change touches the line");
  return `${level} confidence: ${reasons.join("; ")}`;
}
function writeTitle(finding) {
  const culprit = finding.culprit;
  if (!culprit) return null;
  const variable = culprit.mutation.variable;
  switch (finding.kind) {
    case "nil-deref":
      return `Nil dereference of ${variable}`;
    case "nil-map-write":
      return `Write to nil map ${variable}`;
    case "panic":
    case "closed-channel":
    case "test-timeout":
    case "deadlock":
      return `${shortKind(finding)} on ${variable}`;
    default:
      return `Write to shared ${variable}`;
  }
}
var PARTIAL_NOTE = "partial: the log holds only part of this crash";
function orderNote(stats) {
  if (stats.outOfOrder) return "the log looks out of order (newest first?)";
  return stats.reordered ? "newest-first log put back in order" : void 0;
}
var CLEAN_TITLE = "go-panic-triage: no Go crashes";
function findingsSummary(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const group = severityGroup(f.kind);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const parts2 = ["crash", "race", "hang"].filter((g) => counts.has(g)).map((g) => {
    const n = counts.get(g) ?? 0;
    return `${n} ${g === "crash" ? n === 1 ? "crash" : "crashes" : n === 1 ? g : `${g}s`}`;
  });
  const noun = findings.length === 1 ? "finding" : "findings";
  return `go-panic-triage: ${findings.length} ${noun} (${parts2.join(", ")})`;
}
function severityGroup(kind) {
  if (kind === "data-race") return "race";
  if (isHang(kind)) return "hang";
  return "crash";
}
function capitalize(text2) {
  return text2.charAt(0).toUpperCase() + text2.slice(1);
}

// src/report/json.ts
function renderJson(report) {
  const doc = {
    version: 1,
    findings: report.findings.map(findingJson),
    stats: report.stats
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
function findingJson(finding) {
  const { fault } = finding;
  return {
    id: finding.id,
    kind: finding.kind,
    occurrences: finding.occurrences,
    headline: finding.headline,
    test: finding.test,
    crashFrame: finding.crashFrame ? frameRef(finding.crashFrame) : null,
    culprit: finding.culprit ? culpritJson(finding.culprit, finding.kind) : null,
    ...finding.culpritReason !== void 0 && { culpritReason: finding.culpritReason },
    title: plainTitle(finding),
    ...finding.package !== void 0 && { package: finding.package },
    ...fault.partial && { partial: true },
    ...fault.panicChain && { panicChain: fault.panicChain },
    frames: finding.frames.map(frameJson),
    ...fault.accesses && {
      accesses: fault.accesses.map((a) => ({
        title: accessTitle(a),
        op: a.op,
        previous: a.previous,
        goroutine: a.goroutineId,
        frames: a.frames.map(frameJson),
        createdAt: (a.createdAt ?? []).map(frameJson)
      }))
    }
  };
}
function frameRef(frame) {
  return {
    func: frame.func,
    file: displayFile(frame),
    line: frame.line,
    ...frame.version && { version: frame.version }
  };
}
function frameJson(frame) {
  return { ...frameRef(frame), kind: frame.kind ?? null };
}
function culpritJson(culprit, kind) {
  const { mutation, objectSource } = culprit;
  return {
    mutation: { file: mutation.file, line: mutation.line, code: mutation.code, variable: mutation.variable },
    objectSource: objectSource ? { file: objectSource.file, line: objectSource.line, code: objectSource.code, kind: objectSource.kind } : null,
    fixKind: culprit.fixKind,
    suggestion: culprit.suggestion,
    confidence: culprit.confidence,
    confidenceText: confidenceText(culprit, kind),
    evidence: culprit.evidence.map((e) => ({ file: e.file, line: e.line, code: e.code, note: e.note })),
    ...culprit.edit && { edit: culprit.edit },
    ...culprit.excerpt && { excerpt: culprit.excerpt },
    ...culprit.inDiff !== void 0 && { inDiff: culprit.inDiff },
    ...culprit.writerCandidates && { writerCandidates: culprit.writerCandidates },
    ...culprit.writerSearch && { writerSearch: culprit.writerSearch }
  };
}

// src/limits.ts
var COMMENT_MAX_CHARS = 6e4;
var JOB_SUMMARY_MAX_BYTES = 1024 * 1024;
var LOG_MAX_BYTES_DEFAULT = 256 * 1024 * 1024;

// src/report/escape.ts
var ZWJ = "\u200D";
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function terminalSafe(text2) {
  return text2.replace(/[\t\n]/g, " ").replace(CONTROL, "");
}
function stripControls(text2) {
  return text2.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}
function defuseMentions(text2) {
  return text2.replace(/@/g, `@${ZWJ}`);
}
function defuseAutolinks(text2) {
  return text2.replace(/:\/\//g, `:${ZWJ}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWJ}.`);
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function escapeMarkdown(text2) {
  const defused = defuseAutolinks(defuseMentions(terminalSafe(text2)));
  return escapeHtml(defused).replace(/[\\`*_{}[\]()#+\-.!|~]/g, (ch) => `\\${ch}`);
}
function proseWithCode(text2) {
  return text2.split("`").map((part, i2) => i2 % 2 === 1 ? inlineCode(part) : escapeMarkdown(part)).join("");
}
function inlineCode(text2) {
  const oneLine2 = terminalSafe(text2);
  if (oneLine2 === "") return "` `";
  const ticks = "`".repeat(longestBacktickRun(oneLine2) + 1);
  const pad = oneLine2.startsWith("`") || oneLine2.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine2}${pad}${ticks}`;
}
function codeBlock(body2, info2 = "text") {
  const clean = stripControls(body2).replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(3, longestBacktickRun(clean) + 1));
  return `${fence}${info2}
${clean}
${fence}`;
}
function longestBacktickRun(text2) {
  let longest = 0;
  for (const run3 of text2.match(/`+/g) ?? []) longest = Math.max(longest, run3.length);
  return longest;
}

// src/report/markdown.ts
var MAX_STACK_FRAMES = 60;
var FOLDED_NAMED = 2;
function renderMarkdown(report, options = {}) {
  const maxChars = options.maxChars ?? COMMENT_MAX_CHARS;
  const { findings } = report;
  let out2 = `### ${findings.length === 0 ? CLEAN_TITLE : findingsSummary(findings)}
`;
  const order = orderNote(report.stats);
  if (order !== void 0) out2 += `
_${escapeMarkdown(order.charAt(0).toUpperCase() + order.slice(1))}._
`;
  if (findings.length === 0) return out2;
  const reserve = 200;
  const link = linker(options.blobBase, options.versionBlobBase);
  for (const [i2, finding] of findings.entries()) {
    const section = `
${findingSection(finding, i2 + 1, link)}
`;
    if (out2.length + section.length > maxChars - reserve) {
      const left = findings.length - i2;
      out2 += `
_${counted(left, "more finding")} not shown (comment size limit)._
`;
      break;
    }
    out2 += section;
  }
  return out2;
}
function proseTitle(finding, link) {
  const marker = "\0PLACE\0";
  let place = "";
  const title = findingTitle(finding, (p) => {
    const crash = finding.crashFrame;
    const atCrash = crash && p.file === displayFile(crash) && p.line === crash.line;
    place = link(p.file, p.line, `${baseName(p.file)}:${p.line}`, atCrash ? crash.version : void 0);
    return marker;
  });
  return proseWithCode(title).replace(escapeMarkdown(marker), place);
}
function linker(headBlobBase, versionBlobBase) {
  return (file, line, shown, version) => {
    const blobBase = version && versionBlobBase?.(version) || headBlobBase;
    const text2 = inlineCode(shown ?? `${file}:${line}`);
    if (!blobBase || !isRepoPath(file) || !Number.isSafeInteger(line)) return text2;
    const path = file.split("/").map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => c === "(" ? "%28" : "%29")).join("/");
    return `[${text2}](${blobBase}/${path}#L${line})`;
  };
}
var key = (file, line) => `${file}:${line}`;
function findingSection(finding, n, link) {
  const lines = [`#### ${n}. ${proseTitle(finding, link)}`, ""];
  const { culprit, fault } = finding;
  const shown = /* @__PURE__ */ new Set();
  if (culprit) {
    shown.add(key(culprit.mutation.file, culprit.mutation.line));
    if (culprit.objectSource) shown.add(key(culprit.objectSource.file, culprit.objectSource.line));
  }
  if (fault.partial) lines.push(`- **Partial:** ${escapeMarkdown(PARTIAL_NOTE.replace(/^partial: /, ""))}`);
  if (finding.kind !== "data-race") lines.push(`- **Log:** ${inlineCode(finding.headline)}`);
  const altered = fault.cacheMutation?.changedFields ?? [];
  if (altered.length > 0) lines.push(`- **Altered fields:** ${altered.map((f) => inlineCode(f)).join(", ")}`);
  const frame = finding.crashFrame;
  if (finding.kind === "data-race" && fault.accesses) {
    lines.push(...accessLines(fault.accesses, link, shown));
  } else if (frame) {
    const at = key(displayFile(frame), frame.line);
    const label = isHang(finding.kind) ? waitLabel(finding) : finding.kind === "cache-mutation" ? "Noticed by the mutation detector" : "Crashed";
    if (!shown.has(at)) {
      shown.add(at);
      const version = frame.version ? `, at ${inlineCode(frame.version)}` : "";
      lines.push(
        `- **${label}** at ${link(displayFile(frame), frame.line, void 0, frame.version)} in ${inlineCode(shortFunc(frame.func))}${version}`
      );
    } else lines.push(`- **${label}** in ${inlineCode(shortFunc(frame.func))} (the line below)`);
  } else {
    lines.push("- **Crashed** outside the repository\u2019s code (see the stack)");
  }
  if (isHang(finding.kind)) lines.push(...blockedLines(finding, link));
  if (culprit) lines.push("", ...culpritLines(finding, culprit, link, shown));
  else if (finding.culpritReason && isSharedWrite(finding.kind)) {
    lines.push(`- **No culprit found:** ${escapeMarkdown(finding.culpritReason)}.`);
  }
  lines.push("", ...stackDetails(finding, link));
  return lines.join("\n");
}
function waitLabel(finding) {
  const g = blamedGoroutine(finding);
  if (!g || g.state === "running") return "Stuck";
  const who = finding.kind === "test-timeout" ? "The test waits" : `Goroutine ${g.id} waits`;
  return `${who} (${escapeMarkdown(waitText({ state: g.state, ...g.waitMinutes !== void 0 && { minutes: g.waitMinutes } }))})`;
}
function blockedLines(finding, link) {
  const groups = blockedGroups(finding);
  if (groups.length === 0) return [];
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  const title = finding.kind === "test-timeout" ? "Blocked goroutines of the repository" : "Every other blocked goroutine of the repository";
  const out2 = [`- **${title}** (${total}):`];
  for (const g of groups) {
    const who = g.count > 1 ? `${g.count} goroutines (${g.ids.join(", ")}${g.count > g.ids.length ? ", \u2026" : ""})` : `goroutine ${g.ids[0]}`;
    const inside = g.waitsIn ? ` in ${inlineCode(shortFunc(g.waitsIn))}` : "";
    const started = g.createdBy ? `, started by ${inlineCode(shortFunc(g.createdBy.func))}` : "";
    out2.push(
      `  - ${who}: ${escapeMarkdown(waitText(g))}${inside} at ${link(displayFile(g.frame), g.frame.line)} in ${inlineCode(
        shortFunc(g.frame.func)
      )}${started}`
    );
  }
  return out2;
}
function accessLines(accesses, link, shown) {
  const out2 = [];
  let firstSite;
  for (const access of accesses) {
    const top = access.frames.find(isOwnCode);
    let at = "";
    if (top) {
      const k = key(displayFile(top), top.line);
      at = shown.has(k) ? ` in ${inlineCode(shortFunc(top.func))} (the culprit below)` : ` at ${link(displayFile(top), top.line)} in ${inlineCode(shortFunc(top.func))}`;
      shown.add(k);
    }
    const site = creationSite(access);
    let created = "";
    if (site) {
      const k = key(displayFile(site), site.line);
      created = k === firstSite ? ", started at the same place" : shown.has(k) ? "" : `, goroutine started at ${link(displayFile(site), site.line)}`;
      firstSite ??= k;
      shown.add(k);
    }
    out2.push(`- **${accessTitle(access)}**${at}${created}`);
  }
  return out2;
}
function culpritLines(finding, culprit, link, shown) {
  const { mutation, objectSource } = culprit;
  const changed = culprit.inDiff ? " **This change touches that line.**" : "";
  const confidence = escapeMarkdown(confidenceText(culprit, finding.kind, { diff: false }));
  const verb = culpritVerb(finding.kind);
  const lines = [
    `**Culprit** (${confidence}): ${inlineCode(mutation.code)} at ${link(mutation.file, mutation.line)} ${verb} ${inlineCode(
      mutation.variable
    )}.${changed}`
  ];
  if (culprit.excerpt) lines.push("", codeBlock(excerptText(culprit.excerpt, mutation.line)));
  if (objectSource && key(objectSource.file, objectSource.line) !== key(mutation.file, mutation.line)) {
    const words = objectSource.kind === "other" ? "" : ` ${escapeMarkdown(sourceWords(objectSource.kind))}:`;
    lines.push(
      "",
      `**Where ${inlineCode(mutation.variable)} comes from:**${words} ${inlineCode(objectSource.code)} at ${link(
        objectSource.file,
        objectSource.line
      )}`
    );
  }
  const others = new Set((culprit.otherWriters ?? []).map((o) => key(o.mutation.file, o.mutation.line)));
  const evidence = culprit.evidence.filter(
    (e) => !shown.has(key(e.file, e.line)) && !others.has(key(e.file, e.line))
  );
  if (evidence.length > 0) {
    lines.push("", "**How it gets there:**", "");
    for (const e of evidence) {
      shown.add(key(e.file, e.line));
      const code2 = e.code ? ` ${inlineCode(e.code)}` : "";
      lines.push(`- ${link(e.file, e.line)}${code2}: ${escapeMarkdown(e.note)}`);
    }
  }
  lines.push(...writerSearchLines(culprit, link));
  lines.push("", `**Fix:** ${proseWithCode(culprit.suggestion)}`);
  const edit = editExcerpt(culprit, link, shown);
  if (edit) lines.push("", edit);
  for (const other of culprit.otherWriters ?? []) lines.push(...otherWriterLines(other, link, shown));
  return lines;
}
function otherWriterLines(other, link, shown) {
  const { mutation, objectSource } = other;
  const changed = other.inDiff ? " **This change touches that line.**" : "";
  const source = objectSource && key(objectSource.file, objectSource.line) !== key(mutation.file, mutation.line) ? ` (${inlineCode(mutation.variable)} from ${inlineCode(objectSource.code)} at ${link(objectSource.file, objectSource.line)})` : "";
  shown.add(key(mutation.file, mutation.line));
  if (objectSource) shown.add(key(objectSource.file, objectSource.line));
  const lines = [
    "",
    `**Also fix the other writer:** ${inlineCode(mutation.code)} at ${link(mutation.file, mutation.line)}${source}.${changed} ${proseWithCode(other.suggestion)}`
  ];
  const edit = editExcerpt(other, link, shown);
  if (edit) lines.push("", edit);
  return lines;
}
function writerSearchLines(culprit, link) {
  const others = culprit.writerCandidates?.slice(1) ?? [];
  const search = culprit.writerSearch;
  if (!search) return [];
  const lines = ["", "**Inferred:** no printed stack shows this write; a search of the repository found it."];
  if (others.length > 0) {
    lines.push("", "**Other candidate writers:**", "");
    for (const c of others) {
      lines.push(
        `- ${link(c.mutation.file, c.mutation.line)} ${inlineCode(c.mutation.code)} (${escapeMarkdown(
          `${confidenceLevel(c.confidence)} confidence: ${c.why.join("; ")}`
        )})`
      );
    }
  }
  const read = `${search.filesListed} Go files listed, ${search.filesScanned} scanned, ${search.filesParsed} parsed`;
  const skipped = search.skipped.length ? `; skipped: ${search.skipped.join(", ")}` : "";
  lines.push("", `<sub>${escapeMarkdown(`Search: ${read}${skipped}`)}.</sub>`);
  return lines;
}
function excerptText(excerpt, mark) {
  const width = String(excerpt.startLine + excerpt.lines.length - 1).length;
  return excerpt.lines.map((line, i2) => {
    const n = excerpt.startLine + i2;
    return `${n === mark ? ">" : " "}${String(n).padStart(width)}  ${line}`;
  }).join("\n");
}
function editDiff(culprit) {
  const { edit } = culprit;
  if (!edit || edit.insert.length === 0 && !edit.remove?.length) return null;
  const evidence = "evidence" in culprit ? culprit.evidence : [];
  const anchor = edit.remove?.length ? void 0 : [culprit.objectSource, culprit.mutation, ...evidence].find(
    (ref) => ref && ref.file === edit.file && ref.line === edit.afterLine
  );
  const indent = (line) => line.replace(/^\t+/, (tabs) => "    ".repeat(tabs.length - 1));
  return [
    ...anchor ? [`  ${anchor.code}`] : [],
    ...(edit.remove ?? []).map((line) => `- ${indent(line)}`),
    ...edit.insert.map((line) => `+ ${indent(line)}`)
  ].join("\n");
}
function editLine(edit) {
  return edit.remove?.length ? edit.afterLine + 1 : edit.afterLine;
}
function editExcerpt(culprit, link, shown) {
  const { edit } = culprit;
  const body2 = editDiff(culprit);
  if (!edit || body2 === null) return null;
  const line = editLine(edit);
  const where = edit.remove?.length ? "at" : "after";
  const label = shown.has(key(edit.file, line)) ? "The change:" : `The change, ${where} ${link(edit.file, line)}:`;
  return `${label}

${codeBlock(body2, "diff")}`;
}
function stackDetails(finding, link) {
  const { fault } = finding;
  const parts2 = [];
  if (fault.panicChain && fault.panicChain.length > 1) {
    parts2.push("Panic chain (first raised first):", "", codeBlock(fault.panicChain.join("\n")), "");
  }
  if (finding.kind === "data-race" && fault.accesses) {
    for (const a of fault.accesses) {
      parts2.push(
        `${escapeMarkdown(accessTitle(a))}:`,
        "",
        ...stackList(a.frames, finding.crashFrame, link, creationSite(a)),
        ""
      );
    }
  } else {
    const g = blamedGoroutine(finding);
    const who = g ? `Goroutine ${g.id} ${escapeMarkdown(`[${g.state}]`)}:` : "Stack:";
    parts2.push(who, "", ...stackList(finding.frames, finding.crashFrame, link, g?.createdBy), "");
  }
  parts2.push(
    `Silence this finding with ${inlineCode(`ignore: [{id: "${finding.id}"}]`)} in ${inlineCode(".github/go-panic-triage.yml")}.`
  );
  const summary = finding.kind === "data-race" ? "Stacks of both accesses" : "Stack";
  return [`<details><summary>${summary}</summary>`, "", ...parts2, "", "</details>"];
}
function stackList(frames, crash, link, createdBy) {
  const out2 = [];
  const capped = frames.slice(0, MAX_STACK_FRAMES);
  let run3 = [];
  const flush = () => {
    if (run3.length === 0) return;
    const named = run3.slice(0, FOLDED_NAMED).map((f) => `${inlineCode(shortFunc(f.func))} ${inlineCode(`${shortPath(f)}:${f.line}`)}`).join(" \xB7 ");
    const more = run3.length > FOLDED_NAMED ? ` \xB7 ${counted(run3.length - FOLDED_NAMED, "more frame")}` : "";
    out2.push(`- _library:_ ${named}${more}`);
    run3 = [];
  };
  for (const f of capped) {
    if (!isOwnCode(f)) {
      run3.push(f);
      continue;
    }
    flush();
    const mark = crash && f.func === crash.func && f.file === crash.file && f.line === crash.line ? " \u2190 **crash**" : "";
    out2.push(
      `- ${inlineCode(shortFunc(f.func))} at ${link(displayFile(f), f.line, void 0, f.version)}${mark}`
    );
  }
  flush();
  if (frames.length > capped.length)
    out2.push(`- _${counted(frames.length - capped.length, "more frame")} in the log_`);
  if (createdBy) {
    const at = isOwnCode(createdBy) ? link(displayFile(createdBy), createdBy.line) : inlineCode(`${shortPath(createdBy)}:${createdBy.line}`);
    out2.push(`- started by ${inlineCode(shortFunc(createdBy.func))} at ${at}`);
  }
  return out2;
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/go-panic-triage/go-panic-triage";
function renderSarif(report, version, context2 = {}) {
  const located = report.findings.filter((f) => primaryLocation(f) !== null);
  const kinds = [...new Set(located.map((f) => f.kind))];
  const sha = context2.headSha && /^[0-9a-f]{7,64}$/i.test(context2.headSha) ? context2.headSha : void 0;
  const doc = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "go-panic-triage",
            informationUri: INFORMATION_URI,
            semanticVersion: version,
            rules: kinds.map((kind) => ({
              id: kind,
              name: kind.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: KIND_TITLES[kind] },
              defaultConfiguration: { level: "error" }
            }))
          }
        },
        ...context2.repoUrl && sha && { versionControlProvenance: [{ repositoryUri: context2.repoUrl, revisionId: sha }] },
        results: located.map((finding) => result(finding)),
        properties: {
          unlocatedFindings: report.findings.length - located.length,
          ...context2.runUrl && { runUrl: context2.runUrl }
        }
      }
    ]
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}
function primaryLocation(finding) {
  const write2 = finding.culprit?.mutation;
  if (write2 && isRepoPath(write2.file)) {
    return { file: write2.file, line: write2.line, message: writeTitle(finding) ?? "culprit" };
  }
  const frame = finding.crashFrame;
  if (frame?.repoPath)
    return { file: frame.repoPath, line: frame.line, message: `${shortKind(finding)} here` };
  return null;
}
function result(finding) {
  const primary = primaryLocation(finding);
  const related = [];
  const seen = /* @__PURE__ */ new Set([`${primary.file}:${primary.line}`]);
  const add = (loc) => {
    const key3 = `${loc.file}:${loc.line}`;
    if (!isRepoPath(loc.file) || seen.has(key3)) return;
    seen.add(key3);
    related.push(loc);
  };
  const frame = finding.crashFrame;
  if (frame?.repoPath) add({ file: frame.repoPath, line: frame.line, message: `${shortKind(finding)} here` });
  for (const access of finding.fault.accesses ?? []) {
    const top = access.frames.find(isOwnCode);
    if (top) add({ file: displayFile(top), line: top.line, message: accessTitle(access) });
  }
  for (const e of finding.culprit?.evidence ?? []) add({ file: e.file, line: e.line, message: e.note });
  const culprit = finding.culprit;
  const text2 = [
    plainTitle(finding),
    finding.kind === "data-race" ? "" : `Log: ${finding.headline}`,
    culprit ? `Fix: ${culprit.suggestion.replace(/`/g, "")}` : "",
    culprit ? `Culprit with ${confidenceText(culprit, finding.kind)}` : ""
  ].filter(Boolean).map((part) => part.replace(/\.$/, "")).join(". ");
  return {
    ruleId: finding.kind,
    level: "error",
    message: { text: text2 },
    locations: [physical(primary)],
    ...related.length > 0 && {
      relatedLocations: related.map((loc, i2) => ({ id: i2 + 1, ...physical(loc) }))
    },
    partialFingerprints: { "goPanicTriage/v1": finding.id },
    properties: {
      occurrences: finding.occurrences,
      title: plainTitle(finding),
      ...culprit && { confidence: culprit.confidence }
    }
  };
}
function physical(loc) {
  return {
    physicalLocation: {
      // A URI reference: a space, `#` or `%` in a file name must be percent-encoded.
      artifactLocation: {
        uri: loc.file.split("/").map(encodeURIComponent).join("/"),
        uriBaseId: "%SRCROOT%"
      },
      region: { startLine: loc.line }
    },
    message: { text: loc.message }
  };
}

// src/report/text.ts
var MAX_LISTED_FRAMES = 12;
var LONG_REPORT_LINES = 40;
var DEFAULT_WIDTH = 80;
var MIN_TEXT_COLUMNS = 20;
function renderText(report, options) {
  const paint = painter(options.color);
  const width = Math.max(MIN_TEXT_COLUMNS * 2, options.width ?? DEFAULT_WIDTH);
  const { findings, stats } = report;
  const size = `${stats.bytes} bytes, ${counted(stats.lines, "line")}`;
  if (findings.length === 0) {
    return `${paint("green", CLEAN_TITLE)} (${size}${orderText(stats)})
`;
  }
  const truncated = `${stats.truncated ? ", log truncated" : ""}${orderText(stats)}`;
  const summary = findingsSummary(findings);
  const out2 = [`${paint("bold", summary)} in ${size}${truncated}`];
  findings.forEach((finding, i2) => {
    out2.push("", ...findingBlock(finding, i2 + 1, paint));
  });
  const lines = out2.flatMap((line) => wrap(line, width));
  if (lines.length > LONG_REPORT_LINES) lines.push("", paint("bold", summary));
  return `${lines.join("\n")}
`;
}
var LABEL = 13;
function labelled(label, value, paint, style = "bold") {
  const text2 = `${label}:`.padEnd(LABEL - 3);
  return `   ${paint(style, text2)}${value}`;
}
function orderText(stats) {
  const note = orderNote(stats);
  return note === void 0 ? "" : `, ${note}`;
}
function findingBlock(finding, n, paint) {
  const lines = [`${paint("bold", `${n}.`)} ${paint("red", terminalSafe(plainTitle(finding)))}`];
  if (finding.kind !== "data-race") lines.push(labelled("log", terminalSafe(finding.headline), paint));
  const altered = finding.fault.cacheMutation?.changedFields ?? [];
  if (altered.length > 0) lines.push(labelled("altered", terminalSafe(altered.join(", ")), paint));
  if (finding.fault.partial) lines.push(`   ${paint("yellow", PARTIAL_NOTE)}`);
  const accesses = finding.fault.accesses;
  if (finding.kind === "data-race" && accesses) {
    for (const access of accesses) lines.push(...accessBlock(access, paint));
  } else {
    const crash = finding.crashFrame;
    const label = isHang(finding.kind) ? "waits" : finding.kind === "cache-mutation" ? "noticed" : "crashed";
    const g = isHang(finding.kind) ? blamedGoroutine(finding) : void 0;
    const state = g && g.state !== "running" ? `  ${paint("dim", `[${terminalSafe(waitText(stateOf(g)))}]`)}` : "";
    lines.push(
      labelled(
        label,
        crash ? `${frameLine(crash, paint)}${state}` : paint("dim", "outside your code"),
        paint
      )
    );
    const below = crash ? finding.frames.slice(finding.frames.indexOf(crash) + 1) : finding.frames;
    const skipped = crash ? finding.frames.indexOf(crash) : 0;
    lines.push(...stackLines("stack", below, paint, Math.max(0, skipped)));
  }
  if (isHang(finding.kind)) lines.push(...blockedBlock(finding, paint));
  const shown = /* @__PURE__ */ new Set();
  for (const access of accesses ?? []) {
    const top = access.frames.find(isOwnCode);
    const site = creationSite(access);
    for (const f of [top, site]) if (f) shown.add(`${displayFile(f)}:${f.line}`);
  }
  if (finding.culprit) lines.push(...culpritLines2(finding, finding.culprit, paint, shown));
  else if (finding.culpritReason && isSharedWrite(finding.kind)) {
    lines.push(labelled("culprit", paint("dim", terminalSafe(finding.culpritReason)), paint, "magenta"));
  }
  lines.push(
    labelled("id", `${finding.id}  ${paint("dim", `(silence it: ignore: [{id: "${finding.id}"}])`)}`, paint)
  );
  return lines;
}
function stateOf(g) {
  return { state: g.state, ...g.waitMinutes !== void 0 && { minutes: g.waitMinutes } };
}
function blockedBlock(finding, paint) {
  const groups = blockedGroups(finding);
  if (groups.length === 0) return [];
  const out2 = [
    labelled("blocked", `${groups.reduce((s, g) => s + g.count, 0)} goroutines of the repository:`, paint)
  ];
  for (const g of groups) {
    const who = g.count > 1 ? `${g.count}\xD7` : `#${g.ids[0]}`;
    const inside = g.waitsIn ? ` in ${terminalSafe(shortFunc(g.waitsIn))}` : "";
    out2.push(
      `     ${who} ${paint("dim", `[${terminalSafe(waitText(g))}]`)}${inside} at ${frameLine(g.frame, paint)}`
    );
  }
  return out2;
}
function accessBlock(access, paint) {
  const lines = [`   ${paint("yellow", accessTitle(access))}:`];
  lines.push(...stackLines("", access.frames, paint, 0));
  const site = creationSite(access);
  if (site) lines.push(`     ${paint("dim", "goroutine created at")} ${frameLine(site, paint)}`);
  return lines;
}
function stackLines(label, frames, paint, skipped) {
  const own = frames.filter(isOwnCode);
  const listed = own.slice(0, MAX_LISTED_FRAMES);
  const first = label ? labelled(label, "", paint) : "     ";
  const indent = label ? " ".repeat(LABEL) : "     ";
  const lines = listed.map((f, i2) => `${i2 === 0 ? first : indent}${frameLine(f, paint)}`);
  const folded = frames.length - listed.length + skipped;
  if (folded > 0) {
    const note = `+ ${counted(folded, "library frame")}${own.length > listed.length ? " and more of yours" : ""}`;
    lines.push(`${lines.length === 0 ? first : indent}${paint("dim", note)}`);
  }
  return lines;
}
function frameLine(frame, paint) {
  const version = frame.version ? ` at ${terminalSafe(frame.version)}` : "";
  return `${paint("cyan", `${terminalSafe(displayFile(frame))}:${frame.line}`)}${version}  ${terminalSafe(shortFunc(frame.func))}`;
}
function culpritLines2(finding, culprit, paint, shown) {
  const { mutation, objectSource } = culprit;
  const changed = culprit.inDiff ? paint("bold", "  (this change touches that line)") : "";
  const lines = [
    labelled(
      "culprit",
      `${paint("cyan", `${terminalSafe(mutation.file)}:${mutation.line}`)}  ${culpritVerb(finding.kind)} ${terminalSafe(
        mutation.variable
      )}${changed}`,
      paint,
      "magenta"
    ),
    `${" ".repeat(LABEL)}${paint("dim", terminalSafe(confidenceText(culprit, finding.kind, { diff: false })))}`
  ];
  if (culprit.excerpt) {
    const { startLine, lines: code2 } = culprit.excerpt;
    const width = String(startLine + code2.length - 1).length;
    code2.forEach((text2, i2) => {
      const n = startLine + i2;
      const number = paint("dim", String(n).padStart(width));
      const marker = n === mutation.line ? paint("magenta", ">") : " ";
      lines.push(`${" ".repeat(LABEL)}${marker}${number}  ${terminalSafe(text2.replace(/\t/g, "    "))}`);
    });
  } else lines.push(`${" ".repeat(LABEL)}${terminalSafe(mutation.code)}`);
  shown.add(`${mutation.file}:${mutation.line}`);
  if (objectSource && !shown.has(`${objectSource.file}:${objectSource.line}`)) {
    shown.add(`${objectSource.file}:${objectSource.line}`);
    const words = objectSource.kind === "other" ? "" : `  ${paint("dim", `\u2190 ${sourceWords(objectSource.kind)}`)}`;
    lines.push(
      labelled(
        "from",
        `${paint("cyan", `${terminalSafe(objectSource.file)}:${objectSource.line}`)}  ${terminalSafe(objectSource.code)}${words}`,
        paint
      )
    );
  }
  for (const o of culprit.otherWriters ?? []) shown.add(`${o.mutation.file}:${o.mutation.line}`);
  const evidence = culprit.evidence.filter((e) => !shown.has(`${e.file}:${e.line}`));
  evidence.forEach((e, i2) => {
    const code2 = e.code ? `  ${terminalSafe(e.code)}` : "";
    const value = `${paint("cyan", `${terminalSafe(e.file)}:${e.line}`)}${code2}  ${paint("dim", `\u2190 ${terminalSafe(e.note)}`)}`;
    lines.push(i2 === 0 ? labelled("evidence", value, paint) : `${" ".repeat(LABEL)}${value}`);
  });
  for (const c of culprit.writerCandidates?.slice(1) ?? []) {
    lines.push(
      labelled(
        "also",
        `${paint("cyan", `${terminalSafe(c.mutation.file)}:${c.mutation.line}`)}  ${terminalSafe(c.mutation.code)}  ${paint(
          "dim",
          `(${terminalSafe(c.why.join("; "))})`
        )}`,
        paint
      )
    );
  }
  if (culprit.writerSearch) {
    const s = culprit.writerSearch;
    const skipped = s.skipped.length ? `; skipped: ${s.skipped.join(", ")}` : "";
    lines.push(
      labelled(
        "search",
        paint(
          "dim",
          terminalSafe(
            `inferred by searching the repository: ${s.filesListed} Go files listed, ${s.filesScanned} scanned, ${s.filesParsed} parsed${skipped}`
          )
        ),
        paint
      )
    );
  }
  lines.push(labelled("fix", terminalSafe(culprit.suggestion.replace(/`/g, "")), paint, "green"));
  lines.push(...fixDiff(culprit, paint));
  for (const other of culprit.otherWriters ?? []) {
    const { mutation: m } = other;
    lines.push(
      labelled("also", `${paint("cyan", `${terminalSafe(m.file)}:${m.line}`)}  ${terminalSafe(m.code)}`, paint),
      labelled("fix", terminalSafe(other.suggestion.replace(/`/g, "")), paint, "green"),
      ...fixDiff(other, paint)
    );
  }
  return lines;
}
function fixDiff(fix, paint) {
  const diff = editDiff(fix);
  if (!diff || !fix.edit) return [];
  const lines = [`${" ".repeat(LABEL)}${paint("dim", `${terminalSafe(fix.edit.file)}:${editLine(fix.edit)}`)}`];
  for (const line of diff.split("\n")) {
    const text2 = terminalSafe(line);
    const styled = line.startsWith("+") ? paint("green", text2) : line.startsWith("-") ? paint("red", text2) : text2;
    lines.push(`${" ".repeat(LABEL)}${styled}`);
  }
  return lines;
}
var ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text2) {
  return text2.replace(ANSI, "").length;
}
function wrap(line, width) {
  if (visibleLength(line) <= width) return [line];
  const plain = line.replace(ANSI, "");
  const label = /^(\s*(?:\d+\.\s|[a-z]+:\s+))/.exec(plain)?.[1] ?? /^\s*/.exec(plain)?.[0] ?? "";
  const hang = label.length <= width - MIN_TEXT_COLUMNS ? " ".repeat(label.length) : "";
  const out2 = [];
  let current = "";
  let currentWidth = 0;
  const limit = () => width - (out2.length === 0 ? 0 : hang.length);
  for (const token of line.match(/\u001b\[[0-9;]*m|[ ]+|[^ \u001b]+/g) ?? []) {
    const w = token.startsWith("\x1B") ? 0 : token.length;
    const labelOnly = out2.length === 0 && currentWidth <= label.length && token.trim() !== "";
    if (currentWidth + w <= limit() || w === 0 || labelOnly) {
      current += token;
      currentWidth += w;
      continue;
    }
    if (token.trim() === "") {
      out2.push(current);
      current = "";
      currentWidth = 0;
      continue;
    }
    if (currentWidth > 0) out2.push(current.trimEnd());
    current = token;
    currentWidth = w;
  }
  if (current.trim() !== "" || out2.length === 0) out2.push(current);
  return out2.map((l, i2) => i2 === 0 ? l : `${hang}${l.replace(/^ +/, "")}`);
}

// src/locate/go-paths.ts
function packagePathOf(func2) {
  const name2 = withoutTypeArguments(func2);
  const lastSlash = name2.lastIndexOf("/");
  const dot = name2.indexOf(".", lastSlash + 1);
  return dot < 0 ? "" : name2.slice(0, dot);
}
var RUNTIME_HELPER_PACKAGES = /* @__PURE__ */ new Set(["iter", "unique", "weak", "maps", "sync", "sync/atomic"]);
function isRuntimeHelperFunc(func2) {
  const pkg = packagePathOf(func2);
  return RUNTIME_HELPER_PACKAGES.has(pkg) || pkg.startsWith("internal/") || pkg.startsWith("runtime/");
}
function localNameOf(func2) {
  const pkg = packagePathOf(func2);
  return pkg ? withoutTypeArguments(func2).slice(pkg.length + 1) : func2;
}
function withoutTypeArguments(func2) {
  if (!func2.includes("[")) return func2;
  let depth = 0;
  let out2 = "";
  for (const ch of func2) {
    if (ch === "[") depth++;
    else if (ch === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) out2 += ch;
  }
  return out2;
}
var GOROOT_PATTERNS = [
  /^GOROOT\/src\/(.+)$/,
  /\/pkg\/mod\/golang\.org\/toolchain@[^/]+\/src\/(.+)$/,
  /\/hostedtoolcache\/go\/[^/]+\/[^/]+\/src\/(.+)$/,
  /(?:^|\/)(?:go|golang|go-?\d[^/]*)\/src\/(.+)$/
];
function stdlibPathOf(file) {
  for (const pattern of GOROOT_PATTERNS) {
    const rest = pattern.exec(file)?.[1];
    if (rest !== void 0 && !firstElementHasDot(rest)) return rest;
  }
  if (isRelative(file) && file.includes("/") && !firstElementHasDot(file) && !file.startsWith("vendor/")) {
    return file;
  }
  return null;
}
function isRelative(file) {
  return !file.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(file);
}
function firstElementHasDot(path) {
  const first = path.split("/", 1)[0] ?? "";
  return first.includes(".");
}
function isDependencyFile(file) {
  if (file.includes("/pkg/mod/") || file.includes("/vendor/") || file.startsWith("vendor/")) return true;
  if (file.startsWith("external/") || /(?:^|\/)(?:execroot\/[^/]+|_bazel_[^/]+\/[0-9a-f]+|bazel-out\/[^/]+\/bin)\/external\//.test(file)) {
    return true;
  }
  return isRelative(file) && /^[^/]+\.[^/]+\/[^@]*@v[^/]+\//.test(file);
}
function unvendoredPackage(pkg) {
  if (pkg.startsWith("vendor/")) return pkg.slice("vendor/".length);
  const at = pkg.lastIndexOf("/vendor/");
  return at < 0 ? pkg : pkg.slice(at + "/vendor/".length);
}
function isVendoredPackage(pkg) {
  return pkg.startsWith("vendor/") || pkg.includes("/vendor/");
}
function stagingFileOf(file) {
  const match = /(?:^|\/)staging\/src\/([^/]+\.[^/]+\/[^/]+)\/(.+)$/.exec(file);
  return match?.[1] && match[2] ? { module: match[1], path: match[2] } : null;
}
function ownFileElsewhere(file, modulePath) {
  const cached = `/${escapedModulePath(modulePath)}@`;
  const at = file.indexOf(cached);
  const rest = at >= 0 ? file.slice(at + cached.length) : file.startsWith(`${modulePath}@`) ? file.slice(modulePath.length + 1) : null;
  const versioned = rest === null ? null : /^(v[^/]+)\/(.+)$/.exec(rest);
  if (versioned?.[1] && versioned[2]) return { version: versioned[1], path: versioned[2] };
  const vendored = `vendor/${modulePath}/`;
  const v = file.lastIndexOf(vendored);
  if (v === 0 || v > 0 && file[v - 1] === "/") return { path: file.slice(v + vendored.length) };
  return null;
}
function escapedModulePath(modulePath) {
  return modulePath.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
function stdlibPathBySuffix(file, pkg) {
  if (!pkg || pkg === "main" || (pkg.split("/", 1)[0] ?? "").includes(".")) return null;
  const base = file.slice(file.lastIndexOf("/") + 1);
  for (const dir of [pkg, "runtime"]) {
    if (file.endsWith(`/src/${dir}/${base}`)) return `${dir}/${base}`;
  }
  return null;
}

// src/locate/crash-frame.ts
function pickCrashFrame(fault, options) {
  const frames = belowLastPanic(crashStackOf(fault));
  if (options.modulePath) return frames.find((f) => f.kind === "repo") ?? null;
  return frames.find((f) => f.kind === void 0) ?? frames.find((f) => f.kind !== "runtime" && !isRuntimeHelperFunc(f.func)) ?? null;
}
function crashStackOf(fault) {
  if (fault.kind === "data-race") return fault.accesses?.[0]?.frames ?? [];
  return crashGoroutineOf(fault)?.frames ?? [];
}
function crashGoroutineOf(fault) {
  if (fault.kind === "test-timeout") return testGoroutineOf(fault) ?? fault.crashing;
  if (fault.kind === "deadlock") return fault.crashing ?? fault.others[0];
  return fault.crashing;
}
function belowLastPanic(frames) {
  let last = -1;
  frames.forEach((f, i2) => {
    if (f.func === "panic" || f.func === "runtime.gopanic") last = i2;
  });
  return last >= 0 && last < frames.length - 1 ? frames.slice(last + 1) : frames;
}
function testGoroutineOf(fault) {
  const goroutines = fault.crashing ? [fault.crashing, ...fault.others] : fault.others;
  const running = fault.runningTests?.[0]?.name ?? fault.test;
  const candidates = goroutines.flatMap((g) => {
    const testFunc = testFunctionOf(g);
    return testFunc ? [{ g, local: localNameOf(testFunc.func) }] : [];
  });
  if (running === void 0) return candidates[0]?.g;
  const top = running.split("/")[0] ?? running;
  const isSubtest = running.includes("/");
  const matches = candidates.filter((c) => c.local === top || c.local.startsWith(`${top}.`));
  const preferred = matches.find((c) => c.local === top !== isSubtest);
  return (preferred ?? matches[0] ?? candidates[0])?.g;
}
function testOfTimeout(fault) {
  const g = testGoroutineOf(fault);
  const func2 = g && testFunctionOf(g)?.func;
  if (!func2) return void 0;
  const name2 = localNameOf(func2).split(".")[0];
  return name2 && /^(Test|Example|Fuzz)/.test(name2) ? name2 : void 0;
}
function testFunctionOf(g) {
  const runner = g.frames.findIndex((f) => f.func === "testing.tRunner");
  const caller = runner > 0 ? g.frames[runner - 1] : void 0;
  if (!caller || caller.kind === "runtime" || caller.kind === "stdlib") return void 0;
  return caller;
}

// src/analyze/fix.ts
function indentOf(text2) {
  return /^\s*/.exec(text2 ?? "")?.[0] ?? "";
}
function chooseFixKind(input, rules) {
  if (input.faultKind === "nil-map-write" || input.write.kind === "faulting-read") return "other";
  const { origin, objectType, aliasedMap } = input.provenance;
  const scheme = input.write.kind === "registration" || objectType === "Scheme" || rules.schemeLike.test(origin.variable);
  if (isStructMap(input, rules)) return "lock";
  for (const rule of rules.fixes) {
    if (rule.origins && !rule.origins.some((kind) => kind === origin.kind)) continue;
    if (rule.scheme !== void 0 && rule.scheme !== scheme) continue;
    if (rule.aliasedMap !== void 0 && rule.aliasedMap !== aliasedMap) continue;
    if (rule.unread && !input.unread) continue;
    return cacheCopy(input, rule.fix);
  }
  return cacheCopy(input, "other");
}
function cacheCopy(input, fix) {
  return input.faultKind === "cache-mutation" && (fix === "other" || fix === "lock") ? "deepcopy-before-mutate" : fix;
}
function isStructMap(input, rules) {
  const { write: write2, provenance, faultKind } = input;
  const field = write2.root.field;
  return faultKind === "concurrent-map-writes" && (write2.kind === "map-index" || write2.kind === "map-delete" || write2.kind === "map-clear") && !!field && !rules.mapFields.test(field) && (provenance.origin.kind === "other" || provenance.origin.kind === "unknown");
}
function proposeFix(input, rules) {
  const fixKind = chooseFixKind(input, rules);
  const { origin } = input.provenance;
  const v = origin.variable;
  const written = input.write.root.name;
  switch (fixKind) {
    case "remove-write":
      if (input.unread) return removeWriteFix(input.unread, input);
      return otherFix(input, fixKind, rules);
    case "deepcopy-before-mutate": {
      const v2 = input.provenance.derived ? written : origin.variable;
      const copy = /^[\w.]+$/.test(v2) ? `\`${v2} = ${v2}.DeepCopy()\`` : `\`${v2}.DeepCopy()\``;
      const why = {
        "shared-test-fixture": `Each parallel subtest must use its own copy of \`${v2}\`: \`${v2} := ${v2}.DeepCopy()\` at the top of the subtest, or build the object inside it.`,
        "informer-handler": `Event handlers must not modify the objects they receive: copy \`${v2}\` first (${copy}), then change and send the copy.`,
        "unsafe-client-read": `\`${v2}\` was read with UnsafeDisableDeepCopy, so it is the cache's own object: copy it first (${copy}) or drop UnsafeDisableDeepCopy.`
      };
      const type = `\`${input.cachedType ?? "object"}\``;
      const detected = `DeepCopy the ${type} before changing it: \`${v2}\` is the informer cache's own ${type} (the mutation detector found it altered). Copy it where it is obtained (${copy}), then change and send the copy (or use a Patch).`;
      const suggestion = (input.faultKind === "cache-mutation" ? detected : void 0) ?? why[origin.kind] ?? `\`${v2}\` is the cache's own object (${origin.kind}); copy it before changing it: ${copy} right after it is obtained, then mutate and send the copy (or use a Patch).`;
      return { fixKind, suggestion, edit: copyEdit(input, (name2) => `${name2} = ${name2}.DeepCopy()`) };
    }
    case "copy-map": {
      const field = input.write.root.field;
      const map = (name2) => field && name2 === written ? `${name2}.${field}` : name2;
      const m = map(written);
      const by = origin.sharedBy;
      const suggestion = by ? `\`${m}\` is one map shared by the ${by.calls} ${by.calls === 1 ? "call" : "calls"} of ${by.callee} that receive \`${v}\` (copies of a struct share its maps); clone it at the top of ${by.callee} before writing: \`${m} = maps.Clone(${m})\`.` : `\`${m}\` is a map owned by a shared object; clone it before writing: \`${m} = maps.Clone(${m})\` (and do not write it back into the shared object).`;
      return {
        fixKind,
        suggestion,
        edit: copyEdit(input, (name2) => `${map(name2)} = maps.Clone(${map(name2)})`)
      };
    }
    case "per-test-scheme":
      return {
        fixKind,
        suggestion: `\`${v}\` is shared by every test in the binary and is written here while other tests read it. Give each test (and each parallel subtest) its own scheme: \`scheme := runtime.NewScheme()\`, register what it needs (\`AddToScheme(scheme)\`), and pass \`scheme\` instead of \`${v}\` (for a controller-runtime fake client: \`fake.NewClientBuilder().WithScheme(scheme)\`). Or register everything once in \`init()\` before any test runs.`
      };
    case "lock": {
      const field = input.write.root.field;
      const m = origin.kind === "package-variable" || !field ? v : `${written}.${field}`;
      return {
        fixKind,
        suggestion: `\`${m}\` is shared between goroutines and written without synchronisation: guard every read and write with a \`sync.Mutex\` (or \`sync.RWMutex\`), or give each goroutine its own copy.`
      };
    }
    default:
      return otherFix(input, fixKind, rules);
  }
}
function copyEdit(input, statement) {
  const { origin, localBinding } = input.provenance;
  if (origin.kind === "shared-test-fixture" || origin.kind === "closure-capture") return void 0;
  const insertable = (b) => b.binding === "assignment" || b.binding === "range";
  const local = localBinding && (insertable(localBinding) || localBinding.binding === "parameter") ? localBinding : null;
  const at = input.provenance.derived ? local : insertable(origin) ? origin : local;
  if (!at) return void 0;
  const raw = input.lineText(at.ref.file, at.ref.line);
  if (raw === void 0) return void 0;
  if (at.binding === "assignment") {
    return {
      file: at.ref.file,
      afterLine: at.endLine,
      insert: [`${indentOf(raw)}${statement(at.variable)}`]
    };
  }
  if (raw.trimEnd().endsWith("{")) {
    return {
      file: at.ref.file,
      afterLine: at.ref.line,
      insert: [`${indentOf(raw)}	${statement(at.variable)}`]
    };
  }
  return void 0;
}
function otherFix(input, fixKind, rules) {
  const { write: write2 } = input;
  const target = write2.root.field ? `${write2.root.name}.${write2.root.field}` : write2.root.name;
  if (write2.kind === "faulting-read") return { fixKind, suggestion: faultingReadAdvice(input, rules) };
  if (input.faultKind === "nil-map-write" && write2.kind === "map-index") {
    const raw = input.lineText(input.writeFile, write2.row + 1);
    const indent = indentOf(raw);
    return {
      fixKind,
      suggestion: `\`${target}\` is nil here: initialise it before writing (\`if ${target} == nil { ${target} = map[\u2026]\u2026{} }\`). If the object comes from an informer cache, DeepCopy it first.`,
      edit: raw !== void 0 && rules.stringMapFields.test(write2.root.field ?? "") ? {
        file: input.writeFile,
        afterLine: write2.row,
        insert: [
          `${indent}if ${target} == nil {`,
          `${indent}	${target} = map[string]string{}`,
          `${indent}}`
        ]
      } : void 0
    };
  }
  return {
    fixKind,
    suggestion: `\`${input.provenance.origin.variable}\` reaches this write from ${input.provenance.origin.note}; make sure no other goroutine uses it at the same time (copy it, or synchronise).`
  };
}
function faultingReadAdvice(input, rules) {
  const expression = input.write.node.text.replace(/\s+/g, "");
  if (input.faultKind === "nil-deref") {
    const parts2 = expression.replace(/^\*/, "").split(".");
    const optional = parts2.flatMap(
      (part, i2) => i2 >= 1 && !rules.valueFields.test(part) ? [`\`${parts2.slice(0, i2 + 1).join(".")}\``] : []
    );
    const list2 = optional.length ? optional.join(", ") : `\`${expression}\``;
    return `\`${expression}\` dereferences optional pointers that can be nil: check ${list2} before use and fall back to a default.`;
  }
  return `\`${expression}\` indexes past the end: bound the index by \`len(${input.write.root.name})\` (and handle the empty case) before indexing.`;
}
function removeWriteFix(unread, input) {
  const { variable, key: key3, keyConstant, map } = unread;
  const field = input.write.root.field;
  const what = field === "Annotations" ? `the \`${key3}\` annotation` : field === "Labels" ? `the \`${key3}\` label` : `the \`${key3}\` key of \`${map}\``;
  const named = keyConstant ? ` (\`${keyConstant}\`)` : "";
  const where = unread.functionName ? ` in ${unread.functionName}` : "";
  const cache = input.provenance.origin.kind === "unsafe-client-read" ? "client cache's" : "informer cache's";
  const type = input.provenance.objectType ?? "object";
  const lines = unread.withGuard ? "Remove the write and the nil check that only serves it" : "Remove the line";
  const unused = unread.leftUnused.length ? `, and then ${unread.leftUnused.join(" and ")}, which only it uses` : "";
  const suggestion = `Nothing reads this write: \`${variable}\` is not sent to the API server or used after it${where}, and no code in the repository reads ${what}${named}; its only effect is changing the ${cache} own ${type}. ${lines}${unused} (if the value must be stored, DeepCopy the object and Update or Patch the copy).`;
  return { fixKind: "remove-write", suggestion, ...unread.edit && { edit: unread.edit } };
}

// src/analyze/go-syntax.ts
var functionTypes = /* @__PURE__ */ new Set(["function_declaration", "method_declaration", "func_literal"]);
function isFunction(node) {
  return functionTypes.has(node.type);
}
function sameNode(a, b) {
  return !!a && !!b && a.id === b.id;
}
function rowOf(node) {
  return node.startPosition.row;
}
function containsRow(node, row) {
  return node.startPosition.row <= row && row <= node.endPosition.row;
}
function within(inner, outer) {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
function namedChildren(node) {
  return node.namedChildren.filter((child) => child !== null);
}
function descendants(node, types) {
  return node.descendantsOfType(types).filter((child) => child !== null);
}
var functionsOf = /* @__PURE__ */ new WeakMap();
function functionAt(file, row) {
  let functions = functionsOf.get(file);
  if (!functions) {
    functions = descendants(file.root, [...functionTypes]);
    functionsOf.set(file, functions);
  }
  let best = null;
  for (const fn of functions) {
    if (containsRow(fn, row) && (!best || within(fn, best))) best = fn;
  }
  return best;
}
function enclosingFunction(node) {
  for (let up = node.parent; up; up = up.parent) if (isFunction(up)) return up;
  return null;
}
function functionName(fn) {
  return fn.type === "func_literal" ? null : fn.childForFieldName("name")?.text ?? null;
}
function parameters(fn) {
  const list2 = fn.childForFieldName("parameters");
  if (!list2) return [];
  const out2 = [];
  for (const decl of namedChildren(list2)) {
    const type = decl.childForFieldName("type");
    for (const name2 of decl.childrenForFieldName("name"))
      if (name2) out2.push({ name: name2.text, node: name2, type });
  }
  return out2;
}
function receiver(fn) {
  if (fn.type !== "method_declaration") return null;
  const decl = namedChildren(fn.childForFieldName("receiver") ?? fn).find(
    (c) => c.type === "parameter_declaration"
  );
  const name2 = decl?.childForFieldName("name");
  return decl && name2 ? { name: name2.text, node: name2, type: decl.childForFieldName("type") } : null;
}
function calleeText(call) {
  return (call.childForFieldName("function")?.text ?? "").replace(/\s+/g, "");
}
function calleeName(call) {
  const fn = call.childForFieldName("function");
  if (!fn) return "";
  if (fn.type === "selector_expression") return fn.childForFieldName("field")?.text ?? "";
  return fn.text;
}
function callArguments(call) {
  const args2 = call.childForFieldName("arguments");
  return args2 ? namedChildren(args2) : [];
}
function callReceiver(call) {
  const fn = call.childForFieldName("function");
  return fn?.type === "selector_expression" ? fn.childForFieldName("operand") : null;
}
var localBindings = ["short_var_declaration", "var_spec", "range_clause", "type_switch_statement"];
function declaredLocally(name2, use) {
  for (let fn = enclosingFunction(use); fn; fn = enclosingFunction(fn)) {
    if (receiver(fn)?.name === name2 || parameters(fn).some((p) => p.name === name2)) return true;
    const body2 = fn.childForFieldName("body");
    if (!body2) continue;
    for (const node of descendants(body2, localBindings)) {
      if (node.startIndex >= use.startIndex) continue;
      const left = node.childForFieldName("left") ?? node.childForFieldName("alias") ?? node.childForFieldName("name");
      if (left && descendants(left, "identifier").concat(left).some((id) => id.text === name2))
        return true;
    }
  }
  return false;
}
function rootOf(expression, file) {
  let node = expression;
  let field;
  let leaf;
  const fields = () => ({ ...field && { field }, ...leaf && { leaf } });
  while (node) {
    switch (node.type) {
      case "identifier":
        return { name: node.text, node, qualified: false, ...fields() };
      case "selector_expression": {
        const operand = node.childForFieldName("operand");
        const name2 = node.childForFieldName("field")?.text;
        if (operand?.type === "identifier" && file.imports.has(operand.text) && name2 && !declaredLocally(operand.text, operand)) {
          return { name: `${operand.text}.${name2}`, node, qualified: true, ...fields() };
        }
        field = name2 ?? field;
        leaf ??= name2;
        node = operand;
        break;
      }
      case "index_expression":
      case "slice_expression":
      case "type_assertion_expression":
      case "unary_expression":
        node = node.childForFieldName("operand");
        break;
      case "parenthesized_expression":
        node = namedChildren(node)[0] ?? null;
        break;
      case "call_expression":
        node = callReceiver(node);
        if (node?.type === "identifier" && file.imports.has(node.text) && !declaredLocally(node.text, node))
          return null;
        break;
      default:
        return null;
    }
  }
  return null;
}
function selectorPath(expression) {
  const path = [];
  let node = expression;
  while (node) {
    if (node.type === "selector_expression") {
      const field = node.childForFieldName("field")?.text;
      if (field) path.unshift(field);
      node = node.childForFieldName("operand");
    } else if (node.type === "parenthesized_expression") node = namedChildren(node)[0] ?? null;
    else if (["index_expression", "slice_expression", "unary_expression"].includes(node.type))
      node = node.childForFieldName("operand");
    else break;
  }
  return path;
}
function lineCode(file, row) {
  return (file.lines[row] ?? "").trim();
}
function codeRef(file, row) {
  return { file: file.path, line: row + 1, code: lineCode(file, row) };
}
function baseTypeName(type) {
  if (!type) return null;
  const text2 = type.text.replace(/\s+/g, "");
  const match = /([A-Za-z_]\w*)(\[[^\]]*\])?$/.exec(
    text2.replace(/^[[\]*&]+/, "").replace(/^map\[[^\]]*\]/, "")
  );
  return match?.[1] ?? null;
}

// src/analyze/culprit.ts
function isUnshared(candidate2) {
  return ["copy", "local", "transform"].includes(candidate2.provenance.origin.kind);
}
function sourceKind(kind) {
  return kind === "unknown" || kind === "copy" || kind === "local" || kind === "transform" ? null : kind;
}
function isKnownShared(candidate2) {
  return !["copy", "local", "transform", "unknown", "other"].includes(candidate2.provenance.origin.kind);
}
function touchedByDiff(candidate2, changed) {
  const site = candidate2.sites[0];
  return !!site && !!changed?.get(site.file.path)?.has(candidate2.write.row + 1);
}
function merge(evidence) {
  const out2 = [];
  for (const e of evidence) {
    const same = out2.find((o) => o.file === e.file && o.line === e.line);
    if (same) {
      if (!same.note.includes(e.note)) same.note = `${same.note}; ${e.note}`;
    } else out2.push({ ...e });
  }
  return out2;
}
var EXCERPT_CONTEXT = 2;
function excerptAround(file, lines, row) {
  const start2 = Math.max(0, row - EXCERPT_CONTEXT);
  const end = Math.min(lines.length, row + EXCERPT_CONTEXT + 1);
  return { file, startLine: start2 + 1, lines: lines.slice(start2, end).map((l) => l.replace(/\r$/, "")) };
}
function buildCulprit({
  candidate: candidate2,
  faultKind,
  confidence,
  context: context2,
  changedLines,
  rules,
  cachedType,
  unread
}) {
  const { write: write2, provenance } = candidate2;
  const site = candidate2.sites[0];
  if (!site) throw new Error("candidate without a site");
  const { origin } = provenance;
  const variable = origin.kind === "package-variable" ? origin.variable : write2.root.name;
  const files = new Map(candidate2.sites.map((s) => [s.file.path, s.file]));
  const fix = proposeFix(
    {
      write: write2,
      writeFile: site.file.path,
      provenance,
      faultKind,
      lineText: (file, line) => files.get(file)?.lines[line - 1],
      ...cachedType && { cachedType },
      ...unread && { unread }
    },
    rules
  );
  const hops = provenance.steps.slice(0, -1).reverse();
  const via = candidate2.via ? [
    {
      ...codeRef(candidate2.via.file, candidate2.via.row),
      note: `calls ${candidate2.via.callee}, which writes`
    }
  ] : [];
  const happened = write2.kind === "faulting-read" ? "faults here" : "written here";
  const written = { ...codeRef(site.file, write2.row), note: `${happened} (${write2.what})` };
  const originEvidence = provenance.steps[provenance.steps.length - 1];
  const inDiff = touchedByDiff(candidate2, changedLines);
  const kind = sourceKind(origin.kind);
  const unreadEvidence = fix.fixKind === "remove-write" && unread ? [unread.evidence] : [];
  return {
    mutation: { ...codeRef(site.file, write2.row), variable },
    excerpt: excerptAround(site.file.path, site.file.lines, write2.row),
    objectSource: kind ? { ...origin.ref, kind } : null,
    fixKind: fix.fixKind,
    suggestion: fix.suggestion,
    ...fix.edit ? { edit: fix.edit } : {},
    evidence: merge([
      ...originEvidence ? [originEvidence] : [],
      ...hops,
      ...via,
      written,
      ...unreadEvidence,
      ...context2
    ]),
    confidence: Math.round(Math.min(1, confidence + (inDiff ? 0.05 : 0)) * 100) / 100,
    ...changedLines ? { inDiff } : {}
  };
}

// src/analyze/definitions.ts
var scopeTypes = /* @__PURE__ */ new Set([
  "block",
  "for_statement",
  "if_statement",
  "expression_switch_statement",
  "type_switch_statement",
  "select_statement",
  "expression_case",
  "type_case",
  "communication_case",
  "default_case"
]);
function nearest(node, types) {
  for (let up = node.parent; up; up = up.parent) if (types.has(up.type) || isFunction(up)) return up;
  return null;
}
var blockTypes = /* @__PURE__ */ new Set(["block"]);
function packageVariable(file, name2) {
  for (const decl of namedChildren(file.root)) {
    if (decl.type !== "var_declaration") continue;
    for (const spec of descendants(decl, "var_spec")) {
      if (spec.childrenForFieldName("name").some((n) => n?.text === name2)) return spec;
    }
  }
  return null;
}
function identifiersOf(list2) {
  if (!list2) return [];
  return list2.type === "expression_list" ? namedChildren(list2) : [list2];
}
function latestDefinition(name2, fn, use, rules) {
  const found = [];
  const body2 = fn.childForFieldName("body");
  if (body2) {
    for (const node of descendants(body2, [
      "short_var_declaration",
      "assignment_statement",
      "var_spec",
      "range_clause",
      "receive_statement",
      "call_expression"
    ])) {
      if (node.startIndex >= use.startIndex || !sameNode(enclosingFunction(node), fn)) continue;
      const def = definitionIn(node, name2, rules);
      if (!def) continue;
      if (node.type === "assignment_statement" || node.type === "call_expression") {
        const block = nearest(node, blockTypes);
        if (block && !within(use, block)) continue;
      } else {
        const scope = node.type === "range_clause" ? node.parent : nearest(node, scopeTypes);
        if (scope && !within(use, scope)) continue;
      }
      found.push(def);
    }
  }
  const latest = found.sort((a, b) => b.node.startIndex - a.node.startIndex)[0];
  if (latest) return latest;
  const recv = receiver(fn);
  if (recv?.name === name2)
    return { node: recv.node, kind: "receiver", value: null, index: -1, type: recv.type };
  const params = parameters(fn);
  const index = params.findIndex((p) => p.name === name2);
  const param = params[index];
  return param ? { node: param.node, kind: "parameter", value: null, index, type: param.type } : null;
}
function definitionIn(node, name2, rules) {
  switch (node.type) {
    case "short_var_declaration":
    case "receive_statement":
    case "assignment_statement": {
      if (node.type === "assignment_statement" && node.childForFieldName("operator")?.text !== "=")
        return null;
      const left = identifiersOf(node.childForFieldName("left"));
      const index = left.findIndex((n) => n.type === "identifier" && n.text === name2);
      if (index < 0) return null;
      const right = identifiersOf(node.childForFieldName("right"));
      const value = right.length === left.length ? right[index] : right[0];
      return { node, kind: "value", value: value ?? null, index, type: null };
    }
    case "var_spec": {
      if (!node.childrenForFieldName("name").some((n) => n?.text === name2)) return null;
      const names = node.childrenForFieldName("name").filter((n) => n !== null);
      const values = identifiersOf(node.childForFieldName("value"));
      const index = names.findIndex((n) => n.text === name2);
      const value = values.length === names.length ? values[index] : values[0];
      return { node, kind: "value", value: value ?? null, index, type: node.childForFieldName("type") };
    }
    case "range_clause": {
      const left = identifiersOf(node.childForFieldName("left"));
      const index = left.findIndex((n) => n.text === name2);
      if (index < 0) return null;
      return {
        node,
        kind: "range",
        value: index === 0 && left.length > 1 ? null : node.childForFieldName("right"),
        index,
        type: null
      };
    }
    case "call_expression": {
      const callee = calleeText(node);
      const reads = [...rules.sharedSources, ...rules.copyingReads].some((rule) => rule.callee.test(callee));
      const filled = reads && callArguments(node).some(
        (arg, i2) => arg.type === "unary_expression" && arg.childForFieldName("operand")?.text === name2 && arg.text.startsWith("&") || i2 > 0 && arg.type === "identifier" && arg.text === name2
      );
      return filled ? { node, kind: "out-parameter", value: node, index: -1, type: null } : null;
    }
    default:
      return null;
  }
}

// src/repo/go-index.ts
var defaultIndexLimits = {
  maxFileBytes: 1024 * 1024,
  maxScanBytes: 256 * 1024 * 1024,
  maxScanMs: 5e3,
  concurrency: 16
};
var generatedHeader = /^\/\/ Code generated .* DO NOT EDIT\.\s*$/m;
var indexedWrite = /\b([A-Za-z_]\w*)\s*(?:\[[^\]\n]*\]\s*)+(?:[-+*/|&^]?=(?!=)|\+\+|--)/g;
var fieldWrite = /\.([A-Za-z_][\w.]*)\s*(?:[-+*/|&^]?=(?!=)|\+\+|--)/g;
var mapCall = /\b(?:delete|clear)\(\s*([\w.]+?)\s*[,)]/g;
var setter = /\b(Set(Labels|Annotations|Finalizers|OwnerReferences)|AddFinalizer|RemoveFinalizer|SetMetaDataAnnotation|SetMetaDataLabel)\(/g;
var setterField = {
  AddFinalizer: "Finalizers",
  RemoveFinalizer: "Finalizers",
  SetMetaDataAnnotation: "Annotations",
  SetMetaDataLabel: "Labels"
};
var qualifiedUse = /\.\s*([A-Z]\w*)\s*[({]/g;
function usedNames(text2) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text2.matchAll(qualifiedUse)) if (m[1]) names.add(m[1]);
  return names;
}
function writtenNames(text2) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text2.matchAll(indexedWrite)) if (m[1]) names.add(m[1]);
  for (const m of text2.matchAll(fieldWrite)) for (const part of m[1]?.split(".") ?? []) names.add(part);
  for (const m of text2.matchAll(mapCall)) {
    const last = m[1]?.split(".").pop();
    if (last) names.add(last);
  }
  for (const m of text2.matchAll(setter)) {
    const name2 = m[2] ?? (m[1] ? setterField[m[1]] : void 0);
    if (name2) names.add(name2);
  }
  return names;
}
var RepoIndex = class {
  constructor(reader, limits = defaultIndexLimits) {
    this.reader = reader;
    this.limits = limits;
  }
  reader;
  limits;
  listingPromise;
  built;
  /** name → files writing it. */
  writers = /* @__PURE__ */ new Map();
  /** name → files calling or building it through a package qualifier. */
  users = /* @__PURE__ */ new Map();
  scannedPaths = /* @__PURE__ */ new Set();
  tally = new SkipTally();
  bytes = 0;
  stopped = null;
  /** The listing, or null when the reader cannot list. */
  listing() {
    this.listingPromise ??= this.reader.listFiles ? this.reader.listFiles().catch(() => null) : Promise.resolve(null);
    return this.listingPromise;
  }
  /** Go files of one directory (a package), from the listing. */
  async packageFiles(dir) {
    const listing = await this.listing();
    if (!listing) return [];
    return listing.files.filter((f) => dirOf(f.path) === dir).map((f) => f.path);
  }
  writersOf(query) {
    return this.filesNaming(this.writers, query);
  }
  /** Files that call or build one of the names from another package (`pkg.NewController(`). */
  usersOf(query) {
    return this.filesNaming(this.users, query);
  }
  async filesNaming(byName, query) {
    const listing = await this.listing();
    if (!listing) return { paths: [], stats: this.stats(0, ["the source reader cannot list files"]) };
    if (this.reader.scan) {
      this.built ??= this.scanAll(listing.files);
      await this.built;
    } else {
      const order = listing.files.filter((f) => !this.scannedPaths.has(f.path)).map((f) => ({ f, r: query.rank(f.path) })).sort((a, b) => a.r - b.r || (a.f.path < b.f.path ? -1 : 1)).slice(0, Math.min(query.maxFetch, this.reader.remainingRequests ?? query.maxFetch)).map(({ f }) => f);
      await this.scanEach(order, (path) => this.reader.read(path));
    }
    const found = /* @__PURE__ */ new Set();
    for (const name2 of query.names) for (const path of byName.get(name2) ?? []) found.add(path);
    const paths = [...found].sort((a, b) => query.rank(a) - query.rank(b) || (a < b ? -1 : 1));
    const notFetched = this.reader.scan ? 0 : listing.files.length - this.scannedPaths.size;
    const extra = notFetched > 0 ? [`${notFetched} files not fetched (API request budget)`] : [];
    return { paths, stats: this.stats(listing.files.length, [...listing.skipped, ...extra]) };
  }
  stats(listed, more) {
    const skipped = [...more, ...this.tally.notes("file")];
    if (this.stopped) skipped.push(this.stopped);
    return { listed, scanned: this.scannedPaths.size, bytes: this.bytes, skipped };
  }
  scanAll(files) {
    const scan = this.reader.scan?.bind(this.reader);
    return scan ? this.scanEach(files, scan) : Promise.resolve();
  }
  /** Reads and scans files, a few at a time, until the bytes or time budget is spent. */
  async scanEach(files, read) {
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < files.length && !this.stopped) {
        const file = files[next++];
        if (!file || this.scannedPaths.has(file.path)) continue;
        if (file.size !== void 0 && file.size > this.limits.maxFileBytes) {
          this.tally.add(`files over ${this.limits.maxFileBytes / 1024 / 1024} MiB`);
          continue;
        }
        const text2 = await read(file.path).catch(() => null);
        this.scannedPaths.add(file.path);
        if (text2 === null) {
          this.tally.add("unreadable files");
          continue;
        }
        this.bytes += text2.length;
        if (text2.length > this.limits.maxFileBytes) {
          this.tally.add(`files over ${this.limits.maxFileBytes / 1024 / 1024} MiB`);
        } else if (generatedHeader.test(text2.slice(0, 2048))) {
          this.tally.add("generated files (Code generated \u2026 DO NOT EDIT)");
        } else {
          for (const name2 of writtenNames(text2)) addTo(this.writers, name2, file.path);
          for (const name2 of usedNames(text2)) addTo(this.users, name2, file.path);
        }
        if (this.bytes > this.limits.maxScanBytes) {
          this.stopped = `the scan stopped after ${Math.round(this.bytes / 1048576)} MiB`;
        } else if (Date.now() - started > this.limits.maxScanMs) {
          this.stopped = `the scan stopped after ${this.limits.maxScanMs / 1e3} s`;
        }
      }
    };
    await Promise.all(Array.from({ length: this.limits.concurrency }, worker));
  }
};
function addTo(byName, name2, path) {
  let set = byName.get(name2);
  if (!set) {
    set = /* @__PURE__ */ new Set();
    byName.set(name2, set);
  }
  set.add(path);
}
function dirOf(path) {
  const i2 = path.lastIndexOf("/");
  return i2 < 0 ? "" : path.slice(0, i2);
}
var byRevision = /* @__PURE__ */ new Map();
var byReader = /* @__PURE__ */ new WeakMap();
var MAX_CACHED_REVISIONS = 8;
function repoIndexFor(reader) {
  const cached = byReader.get(reader);
  if (cached) return cached;
  const key3 = reader.revision;
  let index = key3 ? byRevision.get(key3) : void 0;
  if (!index) {
    index = new RepoIndex(reader);
    if (key3) {
      byRevision.set(key3, index);
      const oldest = byRevision.keys().next().value;
      if (byRevision.size > MAX_CACHED_REVISIONS && oldest !== void 0) byRevision.delete(oldest);
    }
  }
  index.reader = reader;
  byReader.set(reader, index);
  return index;
}

// src/analyze/go-parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result2 = tree.textCallback(startIndex, startPosition);
  if (result2) {
    startIndex += result2.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result2 += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result2 = result2.slice(0, length);
    }
  }
  return result2 ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result2;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result2;
  }
};
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result2 = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result2 = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result2 = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result2 = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result2 = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result2 = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result2 = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result2 === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result2;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result2[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result2;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result2 = C.AsciiToString(address);
    C._free(address);
    return result2;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result2) {
  for (let i2 = 0, n = result2.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result2[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result2 = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result2;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result2 = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result2;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result2 = {};
  result2.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result2.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result2.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result2.endIndex = C.getValue(address, "i32") >>> 0;
  return result2;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text2, positive) => {
      return positive ? regex.test(text2) : !regex.test(text2);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text2) => test(text2, isPositive)) : nodes.some((text2) => test(text2, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text2) => values.includes(text2)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result2 = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result2[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result2[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result2[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result2[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result2.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result2;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result2 = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result2.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result2;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result2 = this.fields.indexOf(fieldName);
    return result2 !== -1 ? result2 : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result2 = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result2 || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result2;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result2;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await import("fs/promises");
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName2 = symbolNames.find((key3) => LANGUAGE_FUNCTION_REGEX.test(key3) && !key3.includes("external_scanner_"));
    if (!functionName2) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName2]();
    return new _Language(INTERNAL, languageAddress);
  }
};
var Module2 = (() => {
  var _scriptName = import.meta.url;
  return async function(moduleArg = {}) {
    var moduleRtn;
    var Module = moduleArg;
    var readyPromiseResolve, readyPromiseReject;
    var readyPromise = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
    var ENVIRONMENT_IS_WEB = typeof window == "object";
    var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
    var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
    var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
    if (ENVIRONMENT_IS_NODE) {
      const { createRequire: createRequire2 } = await import("module");
      var require = createRequire2(import.meta.url);
    }
    Module.currentQueryProgressCallback = null;
    Module.currentProgressCallback = null;
    Module.currentLogCallback = null;
    Module.currentParseCallback = null;
    var moduleOverrides = Object.assign({}, Module);
    var arguments_ = [];
    var thisProgram = "./this.program";
    var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      throw toThrow;
    }, "quit_");
    var scriptDirectory = "";
    function locateFile(path) {
      if (Module["locateFile"]) {
        return Module["locateFile"](path, scriptDirectory);
      }
      return scriptDirectory + path;
    }
    __name(locateFile, "locateFile");
    var readAsync, readBinary;
    if (ENVIRONMENT_IS_NODE) {
      var fs = require("fs");
      var nodePath = require("path");
      if (!import.meta.url.startsWith("data:")) {
        scriptDirectory = nodePath.dirname(require("url").fileURLToPath(import.meta.url)) + "/";
      }
      readBinary = /* @__PURE__ */ __name((filename) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename);
        return ret;
      }, "readBinary");
      readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
        filename = isFileURI(filename) ? new URL(filename) : filename;
        var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
        return ret;
      }, "readAsync");
      if (!Module["thisProgram"] && process.argv.length > 1) {
        thisProgram = process.argv[1].replace(/\\/g, "/");
      }
      arguments_ = process.argv.slice(2);
      quit_ = /* @__PURE__ */ __name((status, toThrow) => {
        process.exitCode = status;
        throw toThrow;
      }, "quit_");
    } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
      if (ENVIRONMENT_IS_WORKER) {
        scriptDirectory = self.location.href;
      } else if (typeof document != "undefined" && document.currentScript) {
        scriptDirectory = document.currentScript.src;
      }
      if (_scriptName) {
        scriptDirectory = _scriptName;
      }
      if (scriptDirectory.startsWith("blob:")) {
        scriptDirectory = "";
      } else {
        scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
      }
      {
        if (ENVIRONMENT_IS_WORKER) {
          readBinary = /* @__PURE__ */ __name((url) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, false);
            xhr.responseType = "arraybuffer";
            xhr.send(null);
            return new Uint8Array(
              /** @type{!ArrayBuffer} */
              xhr.response
            );
          }, "readBinary");
        }
        readAsync = /* @__PURE__ */ __name(async (url) => {
          if (isFileURI(url)) {
            return new Promise((resolve, reject) => {
              var xhr = new XMLHttpRequest();
              xhr.open("GET", url, true);
              xhr.responseType = "arraybuffer";
              xhr.onload = () => {
                if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                  resolve(xhr.response);
                  return;
                }
                reject(xhr.status);
              };
              xhr.onerror = reject;
              xhr.send(null);
            });
          }
          var response = await fetch(url, {
            credentials: "same-origin"
          });
          if (response.ok) {
            return response.arrayBuffer();
          }
          throw new Error(response.status + " : " + response.url);
        }, "readAsync");
      }
    } else {
    }
    var out = Module["print"] || console.log.bind(console);
    var err = Module["printErr"] || console.error.bind(console);
    Object.assign(Module, moduleOverrides);
    moduleOverrides = null;
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    var dynamicLibraries = Module["dynamicLibraries"] || [];
    var wasmBinary = Module["wasmBinary"];
    var wasmMemory;
    var ABORT = false;
    var EXITSTATUS;
    function assert(condition, text2) {
      if (!condition) {
        abort(text2);
      }
    }
    __name(assert, "assert");
    var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
    var HEAP_DATA_VIEW;
    var runtimeInitialized = false;
    var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
    function updateMemoryViews() {
      var b = wasmMemory.buffer;
      Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
      Module["HEAP8"] = HEAP8 = new Int8Array(b);
      Module["HEAP16"] = HEAP16 = new Int16Array(b);
      Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
      Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
      Module["HEAP32"] = HEAP32 = new Int32Array(b);
      Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
      Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
      Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
      Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
      Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    }
    __name(updateMemoryViews, "updateMemoryViews");
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
    var __RELOC_FUNCS__ = [];
    function preRun() {
      if (Module["preRun"]) {
        if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
        while (Module["preRun"].length) {
          addOnPreRun(Module["preRun"].shift());
        }
      }
      callRuntimeCallbacks(onPreRuns);
    }
    __name(preRun, "preRun");
    function initRuntime() {
      runtimeInitialized = true;
      callRuntimeCallbacks(__RELOC_FUNCS__);
      wasmExports["__wasm_call_ctors"]();
      callRuntimeCallbacks(onPostCtors);
    }
    __name(initRuntime, "initRuntime");
    function preMain() {
    }
    __name(preMain, "preMain");
    function postRun() {
      if (Module["postRun"]) {
        if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
        while (Module["postRun"].length) {
          addOnPostRun(Module["postRun"].shift());
        }
      }
      callRuntimeCallbacks(onPostRuns);
    }
    __name(postRun, "postRun");
    var runDependencies = 0;
    var dependenciesFulfilled = null;
    function getUniqueRunDependency(id) {
      return id;
    }
    __name(getUniqueRunDependency, "getUniqueRunDependency");
    function addRunDependency(id) {
      runDependencies++;
      Module["monitorRunDependencies"]?.(runDependencies);
    }
    __name(addRunDependency, "addRunDependency");
    function removeRunDependency(id) {
      runDependencies--;
      Module["monitorRunDependencies"]?.(runDependencies);
      if (runDependencies == 0) {
        if (dependenciesFulfilled) {
          var callback = dependenciesFulfilled;
          dependenciesFulfilled = null;
          callback();
        }
      }
    }
    __name(removeRunDependency, "removeRunDependency");
    function abort(what) {
      Module["onAbort"]?.(what);
      what = "Aborted(" + what + ")";
      err(what);
      ABORT = true;
      what += ". Build with -sASSERTIONS for more info.";
      var e = new WebAssembly.RuntimeError(what);
      readyPromiseReject(e);
      throw e;
    }
    __name(abort, "abort");
    var wasmBinaryFile;
    function findWasmBinary() {
      if (Module["locateFile"]) {
        return locateFile("tree-sitter.wasm");
      }
      return new URL("tree-sitter.wasm", import.meta.url).href;
    }
    __name(findWasmBinary, "findWasmBinary");
    function getBinarySync(file) {
      if (file == wasmBinaryFile && wasmBinary) {
        return new Uint8Array(wasmBinary);
      }
      if (readBinary) {
        return readBinary(file);
      }
      throw "both async and sync fetching of the wasm failed";
    }
    __name(getBinarySync, "getBinarySync");
    async function getWasmBinary(binaryFile) {
      if (!wasmBinary) {
        try {
          var response = await readAsync(binaryFile);
          return new Uint8Array(response);
        } catch {
        }
      }
      return getBinarySync(binaryFile);
    }
    __name(getWasmBinary, "getWasmBinary");
    async function instantiateArrayBuffer(binaryFile, imports) {
      try {
        var binary2 = await getWasmBinary(binaryFile);
        var instance2 = await WebAssembly.instantiate(binary2, imports);
        return instance2;
      } catch (reason) {
        err(`failed to asynchronously prepare wasm: ${reason}`);
        abort(reason);
      }
    }
    __name(instantiateArrayBuffer, "instantiateArrayBuffer");
    async function instantiateAsync(binary2, binaryFile, imports) {
      if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
        try {
          var response = fetch(binaryFile, {
            credentials: "same-origin"
          });
          var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
          return instantiationResult;
        } catch (reason) {
          err(`wasm streaming compile failed: ${reason}`);
          err("falling back to ArrayBuffer instantiation");
        }
      }
      return instantiateArrayBuffer(binaryFile, imports);
    }
    __name(instantiateAsync, "instantiateAsync");
    function getWasmImports() {
      return {
        "env": wasmImports,
        "wasi_snapshot_preview1": wasmImports,
        "GOT.mem": new Proxy(wasmImports, GOTHandler),
        "GOT.func": new Proxy(wasmImports, GOTHandler)
      };
    }
    __name(getWasmImports, "getWasmImports");
    async function createWasm() {
      function receiveInstance(instance2, module2) {
        wasmExports = instance2.exports;
        wasmExports = relocateExports(wasmExports, 1024);
        var metadata2 = getDylinkMetadata(module2);
        if (metadata2.neededDynlibs) {
          dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
        }
        mergeLibSymbols(wasmExports, "main");
        LDSO.init();
        loadDylibs();
        __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
        removeRunDependency("wasm-instantiate");
        return wasmExports;
      }
      __name(receiveInstance, "receiveInstance");
      addRunDependency("wasm-instantiate");
      function receiveInstantiationResult(result22) {
        return receiveInstance(result22["instance"], result22["module"]);
      }
      __name(receiveInstantiationResult, "receiveInstantiationResult");
      var info2 = getWasmImports();
      if (Module["instantiateWasm"]) {
        return new Promise((resolve, reject) => {
          Module["instantiateWasm"](info2, (mod, inst) => {
            receiveInstance(mod, inst);
            resolve(mod.exports);
          });
        });
      }
      wasmBinaryFile ??= findWasmBinary();
      try {
        var result2 = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
        var exports = receiveInstantiationResult(result2);
        return exports;
      } catch (e) {
        readyPromiseReject(e);
        return Promise.reject(e);
      }
    }
    __name(createWasm, "createWasm");
    var ASM_CONSTS = {};
    class ExitStatus {
      static {
        __name(this, "ExitStatus");
      }
      name = "ExitStatus";
      constructor(status) {
        this.message = `Program terminated with exit(${status})`;
        this.status = status;
      }
    }
    var GOT = {};
    var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
    var GOTHandler = {
      get(obj, symName) {
        var rtn = GOT[symName];
        if (!rtn) {
          rtn = GOT[symName] = new WebAssembly.Global({
            "value": "i32",
            "mutable": true
          });
        }
        if (!currentModuleWeakSymbols.has(symName)) {
          rtn.required = true;
        }
        return rtn;
      }
    };
    var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
    var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
    var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
    var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
    var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
    var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
    var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
    var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
    var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
    var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
    var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
    var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
    var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
      while (callbacks.length > 0) {
        callbacks.shift()(Module);
      }
    }, "callRuntimeCallbacks");
    var onPostRuns = [];
    var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
    var onPreRuns = [];
    var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
    var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
    var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
      var endIdx = idx + maxBytesToRead;
      var endPtr = idx;
      while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
      if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
        return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
      }
      var str = "";
      while (idx < endPtr) {
        var u0 = heapOrArray[idx++];
        if (!(u0 & 128)) {
          str += String.fromCharCode(u0);
          continue;
        }
        var u1 = heapOrArray[idx++] & 63;
        if ((u0 & 224) == 192) {
          str += String.fromCharCode((u0 & 31) << 6 | u1);
          continue;
        }
        var u2 = heapOrArray[idx++] & 63;
        if ((u0 & 240) == 224) {
          u0 = (u0 & 15) << 12 | u1 << 6 | u2;
        } else {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
        }
        if (u0 < 65536) {
          str += String.fromCharCode(u0);
        } else {
          var ch = u0 - 65536;
          str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
        }
      }
      return str;
    }, "UTF8ArrayToString");
    var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
      var offset = 0;
      var end = 0;
      function getU8() {
        return binary2[offset++];
      }
      __name(getU8, "getU8");
      function getLEB() {
        var ret = 0;
        var mul = 1;
        while (1) {
          var byte = binary2[offset++];
          ret += (byte & 127) * mul;
          mul *= 128;
          if (!(byte & 128)) break;
        }
        return ret;
      }
      __name(getLEB, "getLEB");
      function getString() {
        var len = getLEB();
        offset += len;
        return UTF8ArrayToString(binary2, offset - len, len);
      }
      __name(getString, "getString");
      function failIf(condition, message) {
        if (condition) throw new Error(message);
      }
      __name(failIf, "failIf");
      var name2 = "dylink.0";
      if (binary2 instanceof WebAssembly.Module) {
        var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        if (dylinkSection.length === 0) {
          name2 = "dylink";
          dylinkSection = WebAssembly.Module.customSections(binary2, name2);
        }
        failIf(dylinkSection.length === 0, "need dylink section");
        binary2 = new Uint8Array(dylinkSection[0]);
        end = binary2.length;
      } else {
        var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
        var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
        failIf(!magicNumberFound, "need to see wasm magic number");
        failIf(binary2[8] !== 0, "need the dylink section to be first");
        offset = 9;
        var section_size = getLEB();
        end = offset + section_size;
        name2 = getString();
      }
      var customSection = {
        neededDynlibs: [],
        tlsExports: /* @__PURE__ */ new Set(),
        weakImports: /* @__PURE__ */ new Set()
      };
      if (name2 == "dylink") {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
        var neededDynlibsCount = getLEB();
        for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
          var libname = getString();
          customSection.neededDynlibs.push(libname);
        }
      } else {
        failIf(name2 !== "dylink.0");
        var WASM_DYLINK_MEM_INFO = 1;
        var WASM_DYLINK_NEEDED = 2;
        var WASM_DYLINK_EXPORT_INFO = 3;
        var WASM_DYLINK_IMPORT_INFO = 4;
        var WASM_SYMBOL_TLS = 256;
        var WASM_SYMBOL_BINDING_MASK = 3;
        var WASM_SYMBOL_BINDING_WEAK = 1;
        while (offset < end) {
          var subsectionType = getU8();
          var subsectionSize = getLEB();
          if (subsectionType === WASM_DYLINK_MEM_INFO) {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
          } else if (subsectionType === WASM_DYLINK_NEEDED) {
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var symname = getString();
              var flags2 = getLEB();
              if (flags2 & WASM_SYMBOL_TLS) {
                customSection.tlsExports.add(symname);
              }
            }
          } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
            var count = getLEB();
            while (count--) {
              var modname = getString();
              var symname = getString();
              var flags2 = getLEB();
              if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                customSection.weakImports.add(symname);
              }
            }
          } else {
            offset += subsectionSize;
          }
        }
      }
      return customSection;
    }, "getDylinkMetadata");
    function getValue(ptr, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          return HEAP8[ptr];
        case "i8":
          return HEAP8[ptr];
        case "i16":
          return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
        case "i32":
          return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
        case "i64":
          return HEAP64[ptr >> 3];
        case "float":
          return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
        case "double":
          return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
        case "*":
          return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
        default:
          abort(`invalid type for getValue: ${type}`);
      }
    }
    __name(getValue, "getValue");
    var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
      var dso = {
        refcount: Infinity,
        name: name2,
        exports: syms,
        global: true
      };
      LDSO.loadedLibsByName[name2] = dso;
      if (handle2 != void 0) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return dso;
    }, "newDSO");
    var LDSO = {
      loadedLibsByName: {},
      loadedLibsByHandle: {},
      init() {
        newDSO("__main__", 0, wasmImports);
      }
    };
    var ___heap_base = 78224;
    var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
    var getMemory = /* @__PURE__ */ __name((size) => {
      if (runtimeInitialized) {
        return _calloc(size, 1);
      }
      var ret = ___heap_base;
      var end = ret + alignMemory(size, 16);
      ___heap_base = end;
      GOT["__heap_base"].value = end;
      return ret;
    }, "getMemory");
    var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
    var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
      if (n < 128) {
        target.push(n);
      } else {
        target.push(n % 128 | 128, n >> 7);
      }
    }, "uleb128Encode");
    var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
      var typeNames = {
        "i": "i32",
        "j": "i64",
        "f": "f32",
        "d": "f64",
        "e": "externref",
        "p": "i32"
      };
      var type = {
        parameters: [],
        results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
      };
      for (var i2 = 1; i2 < sig.length; ++i2) {
        type.parameters.push(typeNames[sig[i2]]);
      }
      return type;
    }, "sigToWasmTypes");
    var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
      var sigRet = sig.slice(0, 1);
      var sigParam = sig.slice(1);
      var typeCodes = {
        "i": 127,
        // i32
        "p": 127,
        // i32
        "j": 126,
        // i64
        "f": 125,
        // f32
        "d": 124,
        // f64
        "e": 111
      };
      target.push(96);
      uleb128Encode(sigParam.length, target);
      for (var i2 = 0; i2 < sigParam.length; ++i2) {
        target.push(typeCodes[sigParam[i2]]);
      }
      if (sigRet == "v") {
        target.push(0);
      } else {
        target.push(1, typeCodes[sigRet]);
      }
    }, "generateFuncType");
    var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
      if (typeof WebAssembly.Function == "function") {
        return new WebAssembly.Function(sigToWasmTypes(sig), func2);
      }
      var typeSectionBody = [1];
      generateFuncType(sig, typeSectionBody);
      var bytes = [
        0,
        97,
        115,
        109,
        // magic ("\0asm")
        1,
        0,
        0,
        0,
        // version: 1
        1
      ];
      uleb128Encode(typeSectionBody.length, bytes);
      bytes.push(...typeSectionBody);
      bytes.push(
        2,
        7,
        // import section
        // (import "e" "f" (func 0 (type 0)))
        1,
        1,
        101,
        1,
        102,
        0,
        0,
        7,
        5,
        // export section
        // (export "f" (func 0 (type 0)))
        1,
        1,
        102,
        0,
        0
      );
      var module2 = new WebAssembly.Module(new Uint8Array(bytes));
      var instance2 = new WebAssembly.Instance(module2, {
        "e": {
          "f": func2
        }
      });
      var wrappedFunc = instance2.exports["f"];
      return wrappedFunc;
    }, "convertJsFunctionToWasm");
    var wasmTableMirror = [];
    var wasmTable = new WebAssembly.Table({
      "initial": 31,
      "element": "anyfunc"
    });
    var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
      var func2 = wasmTableMirror[funcPtr];
      if (!func2) {
        if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
        wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
      }
      return func2;
    }, "getWasmTableEntry");
    var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
      if (functionsInTableMap) {
        for (var i2 = offset; i2 < offset + count; i2++) {
          var item = getWasmTableEntry(i2);
          if (item) {
            functionsInTableMap.set(item, i2);
          }
        }
      }
    }, "updateTableMap");
    var functionsInTableMap;
    var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
      if (!functionsInTableMap) {
        functionsInTableMap = /* @__PURE__ */ new WeakMap();
        updateTableMap(0, wasmTable.length);
      }
      return functionsInTableMap.get(func2) || 0;
    }, "getFunctionAddress");
    var freeTableIndexes = [];
    var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
      if (freeTableIndexes.length) {
        return freeTableIndexes.pop();
      }
      try {
        wasmTable.grow(1);
      } catch (err2) {
        if (!(err2 instanceof RangeError)) {
          throw err2;
        }
        throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
      }
      return wasmTable.length - 1;
    }, "getEmptyTableSlot");
    var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
      wasmTable.set(idx, func2);
      wasmTableMirror[idx] = wasmTable.get(idx);
    }, "setWasmTableEntry");
    var addFunction = /* @__PURE__ */ __name((func2, sig) => {
      var rtn = getFunctionAddress(func2);
      if (rtn) {
        return rtn;
      }
      var ret = getEmptyTableSlot();
      try {
        setWasmTableEntry(ret, func2);
      } catch (err2) {
        if (!(err2 instanceof TypeError)) {
          throw err2;
        }
        var wrapped = convertJsFunctionToWasm(func2, sig);
        setWasmTableEntry(ret, wrapped);
      }
      functionsInTableMap.set(func2, ret);
      return ret;
    }, "addFunction");
    var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
      for (var symName in exports) {
        if (isInternalSym(symName)) {
          continue;
        }
        var value = exports[symName];
        GOT[symName] ||= new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
        if (replace || GOT[symName].value == 0) {
          if (typeof value == "function") {
            GOT[symName].value = addFunction(value);
          } else if (typeof value == "number") {
            GOT[symName].value = value;
          } else {
            err(`unhandled export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "updateGOT");
    var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
      var relocated = {};
      for (var e in exports) {
        var value = exports[e];
        if (typeof value == "object") {
          value = value.value;
        }
        if (typeof value == "number") {
          value += memoryBase2;
        }
        relocated[e] = value;
      }
      updateGOT(relocated, replace);
      return relocated;
    }, "relocateExports");
    var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
      var existing = wasmImports[symName];
      if (!existing || existing.stub) {
        return false;
      }
      return true;
    }, "isSymbolDefined");
    var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
      var rtn = getWasmTableEntry(ptr)(...args2);
      return rtn;
    }, "dynCall");
    var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
    var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
    var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
      var sp = stackSave();
      try {
        return dynCall(sig, ptr, args2);
      } catch (e) {
        stackRestore(sp);
        if (e !== e + 0) throw e;
        _setThrew(1, 0);
        if (sig[0] == "j") return 0n;
      }
    }, "createInvokeFunction");
    var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
      var sym;
      if (isSymbolDefined(symName)) {
        sym = wasmImports[symName];
      } else if (symName.startsWith("invoke_")) {
        sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
      }
      return {
        sym,
        name: symName
      };
    }, "resolveGlobalSymbol");
    var onPostCtors = [];
    var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
    var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
    var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
      var metadata = getDylinkMetadata(binary);
      currentModuleWeakSymbols = metadata.weakImports;
      function loadModule() {
        var memAlign = Math.pow(2, metadata.memoryAlign);
        var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
        var tableBase = metadata.tableSize ? wasmTable.length : 0;
        if (handle) {
          HEAP8[handle + 8] = 1;
          LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
          LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
          LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
          LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
        }
        if (metadata.tableSize) {
          wasmTable.grow(metadata.tableSize);
        }
        var moduleExports;
        function resolveSymbol(sym) {
          var resolved = resolveGlobalSymbol(sym).sym;
          if (!resolved && localScope) {
            resolved = localScope[sym];
          }
          if (!resolved) {
            resolved = moduleExports[sym];
          }
          return resolved;
        }
        __name(resolveSymbol, "resolveSymbol");
        var proxyHandler = {
          get(stubs, prop) {
            switch (prop) {
              case "__memory_base":
                return memoryBase;
              case "__table_base":
                return tableBase;
            }
            if (prop in wasmImports && !wasmImports[prop].stub) {
              var res = wasmImports[prop];
              return res;
            }
            if (!(prop in stubs)) {
              var resolved;
              stubs[prop] = (...args2) => {
                resolved ||= resolveSymbol(prop);
                return resolved(...args2);
              };
            }
            return stubs[prop];
          }
        };
        var proxy = new Proxy({}, proxyHandler);
        var info = {
          "GOT.mem": new Proxy({}, GOTHandler),
          "GOT.func": new Proxy({}, GOTHandler),
          "env": proxy,
          "wasi_snapshot_preview1": proxy
        };
        function postInstantiation(module, instance) {
          updateTableMap(tableBase, metadata.tableSize);
          moduleExports = relocateExports(instance.exports, memoryBase);
          if (!flags.allowUndefined) {
            reportUndefinedSymbols();
          }
          function addEmAsm(addr, body) {
            var args = [];
            var arity = 0;
            for (; arity < 16; arity++) {
              if (body.indexOf("$" + arity) != -1) {
                args.push("$" + arity);
              } else {
                break;
              }
            }
            args = args.join(",");
            var func = `(${args}) => { ${body} };`;
            ASM_CONSTS[start] = eval(func);
          }
          __name(addEmAsm, "addEmAsm");
          if ("__start_em_asm" in moduleExports) {
            var start = moduleExports["__start_em_asm"];
            var stop = moduleExports["__stop_em_asm"];
            while (start < stop) {
              var jsString = UTF8ToString(start);
              addEmAsm(start, jsString);
              start = HEAPU8.indexOf(0, start) + 1;
            }
          }
          function addEmJs(name, cSig, body) {
            var jsArgs = [];
            cSig = cSig.slice(1, -1);
            if (cSig != "void") {
              cSig = cSig.split(",");
              for (var i in cSig) {
                var jsArg = cSig[i].split(" ").pop();
                jsArgs.push(jsArg.replace("*", ""));
              }
            }
            var func = `(${jsArgs}) => ${body};`;
            moduleExports[name] = eval(func);
          }
          __name(addEmJs, "addEmJs");
          for (var name in moduleExports) {
            if (name.startsWith("__em_js__")) {
              var start = moduleExports[name];
              var jsString = UTF8ToString(start);
              var parts = jsString.split("<::>");
              addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
              delete moduleExports[name];
            }
          }
          var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
          if (applyRelocs) {
            if (runtimeInitialized) {
              applyRelocs();
            } else {
              __RELOC_FUNCS__.push(applyRelocs);
            }
          }
          var init = moduleExports["__wasm_call_ctors"];
          if (init) {
            if (runtimeInitialized) {
              init();
            } else {
              addOnPostCtor(init);
            }
          }
          return moduleExports;
        }
        __name(postInstantiation, "postInstantiation");
        if (flags.loadAsync) {
          if (binary instanceof WebAssembly.Module) {
            var instance = new WebAssembly.Instance(binary, info);
            return Promise.resolve(postInstantiation(binary, instance));
          }
          return WebAssembly.instantiate(binary, info).then((result2) => postInstantiation(result2.module, result2.instance));
        }
        var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
        var instance = new WebAssembly.Instance(module, info);
        return postInstantiation(module, instance);
      }
      __name(loadModule, "loadModule");
      if (flags.loadAsync) {
        return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
      }
      metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
      return loadModule();
    }, "loadWebAssemblyModule");
    var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
      for (var [sym, exp] of Object.entries(exports)) {
        const setImport = /* @__PURE__ */ __name((target) => {
          if (!isSymbolDefined(target)) {
            wasmImports[target] = exp;
          }
        }, "setImport");
        setImport(sym);
        const main_alias = "__main_argc_argv";
        if (sym == "main") {
          setImport(main_alias);
        }
        if (sym == main_alias) {
          setImport("main");
        }
      }
    }, "mergeLibSymbols");
    var asyncLoad = /* @__PURE__ */ __name(async (url) => {
      var arrayBuffer = await readAsync(url);
      return new Uint8Array(arrayBuffer);
    }, "asyncLoad");
    function loadDynamicLibrary(libName2, flags2 = {
      global: true,
      nodelete: true
    }, localScope2, handle2) {
      var dso = LDSO.loadedLibsByName[libName2];
      if (dso) {
        if (!flags2.global) {
          if (localScope2) {
            Object.assign(localScope2, dso.exports);
          }
        } else if (!dso.global) {
          dso.global = true;
          mergeLibSymbols(dso.exports, libName2);
        }
        if (flags2.nodelete && dso.refcount !== Infinity) {
          dso.refcount = Infinity;
        }
        dso.refcount++;
        if (handle2) {
          LDSO.loadedLibsByHandle[handle2] = dso;
        }
        return flags2.loadAsync ? Promise.resolve(true) : true;
      }
      dso = newDSO(libName2, handle2, "loading");
      dso.refcount = flags2.nodelete ? Infinity : 1;
      dso.global = flags2.global;
      function loadLibData() {
        if (handle2) {
          var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
          var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
          if (data && dataSize) {
            var libData = HEAP8.slice(data, data + dataSize);
            return flags2.loadAsync ? Promise.resolve(libData) : libData;
          }
        }
        var libFile = locateFile(libName2);
        if (flags2.loadAsync) {
          return asyncLoad(libFile);
        }
        if (!readBinary) {
          throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
        }
        return readBinary(libFile);
      }
      __name(loadLibData, "loadLibData");
      function getExports() {
        if (flags2.loadAsync) {
          return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
        }
        return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
      }
      __name(getExports, "getExports");
      function moduleLoaded(exports) {
        if (dso.global) {
          mergeLibSymbols(exports, libName2);
        } else if (localScope2) {
          Object.assign(localScope2, exports);
        }
        dso.exports = exports;
      }
      __name(moduleLoaded, "moduleLoaded");
      if (flags2.loadAsync) {
        return getExports().then((exports) => {
          moduleLoaded(exports);
          return true;
        });
      }
      moduleLoaded(getExports());
      return true;
    }
    __name(loadDynamicLibrary, "loadDynamicLibrary");
    var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
      for (var [symName, entry] of Object.entries(GOT)) {
        if (entry.value == 0) {
          var value = resolveGlobalSymbol(symName, true).sym;
          if (!value && !entry.required) {
            continue;
          }
          if (typeof value == "function") {
            entry.value = addFunction(value, value.sig);
          } else if (typeof value == "number") {
            entry.value = value;
          } else {
            throw new Error(`bad export type for '${symName}': ${typeof value}`);
          }
        }
      }
    }, "reportUndefinedSymbols");
    var loadDylibs = /* @__PURE__ */ __name(() => {
      if (!dynamicLibraries.length) {
        reportUndefinedSymbols();
        return;
      }
      addRunDependency("loadDylibs");
      dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      })), Promise.resolve()).then(() => {
        reportUndefinedSymbols();
        removeRunDependency("loadDylibs");
      });
    }, "loadDylibs");
    var noExitRuntime = Module["noExitRuntime"] || true;
    function setValue(ptr, value, type = "i8") {
      if (type.endsWith("*")) type = "*";
      switch (type) {
        case "i1":
          HEAP8[ptr] = value;
          break;
        case "i8":
          HEAP8[ptr] = value;
          break;
        case "i16":
          LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
          break;
        case "i32":
          LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
          break;
        case "i64":
          HEAP64[ptr >> 3] = BigInt(value);
          break;
        case "float":
          LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
          break;
        case "double":
          LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
          break;
        case "*":
          LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
          break;
        default:
          abort(`invalid type for setValue: ${type}`);
      }
    }
    __name(setValue, "setValue");
    var ___memory_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1024);
    var ___stack_pointer = new WebAssembly.Global({
      "value": "i32",
      "mutable": true
    }, 78224);
    var ___table_base = new WebAssembly.Global({
      "value": "i32",
      "mutable": false
    }, 1);
    var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
    __abort_js.sig = "v";
    var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
    _emscripten_get_now.sig = "d";
    var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
    _emscripten_date_now.sig = "d";
    var nowIsMonotonic = 1;
    var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
    var INT53_MAX = 9007199254740992;
    var INT53_MIN = -9007199254740992;
    var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
    function _clock_time_get(clk_id, ignored_precision, ptime) {
      ignored_precision = bigintToI53Checked(ignored_precision);
      if (!checkWasiClock(clk_id)) {
        return 28;
      }
      var now;
      if (clk_id === 0) {
        now = _emscripten_date_now();
      } else if (nowIsMonotonic) {
        now = _emscripten_get_now();
      } else {
        return 52;
      }
      var nsec = Math.round(now * 1e3 * 1e3);
      HEAP64[ptime >> 3] = BigInt(nsec);
      return 0;
    }
    __name(_clock_time_get, "_clock_time_get");
    _clock_time_get.sig = "iijp";
    var getHeapMax = /* @__PURE__ */ __name(() => (
      // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
      // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
      // for any code that deals with heap sizes, which would require special
      // casing all heap size related code to treat 0 specially.
      2147483648
    ), "getHeapMax");
    var growMemory = /* @__PURE__ */ __name((size) => {
      var b = wasmMemory.buffer;
      var pages = (size - b.byteLength + 65535) / 65536 | 0;
      try {
        wasmMemory.grow(pages);
        updateMemoryViews();
        return 1;
      } catch (e) {
      }
    }, "growMemory");
    var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
      var oldSize = HEAPU8.length;
      requestedSize >>>= 0;
      var maxHeapSize = getHeapMax();
      if (requestedSize > maxHeapSize) {
        return false;
      }
      for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
        var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
        overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
        var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
        var replacement = growMemory(newSize);
        if (replacement) {
          return true;
        }
      }
      return false;
    }, "_emscripten_resize_heap");
    _emscripten_resize_heap.sig = "ip";
    var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
    _fd_close.sig = "ii";
    function _fd_seek(fd, offset, whence, newOffset) {
      offset = bigintToI53Checked(offset);
      return 70;
    }
    __name(_fd_seek, "_fd_seek");
    _fd_seek.sig = "iijip";
    var printCharBuffers = [null, [], []];
    var printChar = /* @__PURE__ */ __name((stream, curr) => {
      var buffer = printCharBuffers[stream];
      if (curr === 0 || curr === 10) {
        (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
        buffer.length = 0;
      } else {
        buffer.push(curr);
      }
    }, "printChar");
    var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
      if (printCharBuffers[1].length) printChar(1, 10);
      if (printCharBuffers[2].length) printChar(2, 10);
    }, "flush_NO_FILESYSTEM");
    var SYSCALLS = {
      varargs: void 0,
      getStr(ptr) {
        var ret = UTF8ToString(ptr);
        return ret;
      }
    };
    var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
      var num = 0;
      for (var i2 = 0; i2 < iovcnt; i2++) {
        var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
        var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
        iov += 8;
        for (var j = 0; j < len; j++) {
          printChar(fd, HEAPU8[ptr + j]);
        }
        num += len;
      }
      LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
      return 0;
    }, "_fd_write");
    _fd_write.sig = "iippp";
    function _tree_sitter_log_callback(isLexMessage, messageAddress) {
      if (Module.currentLogCallback) {
        const message = UTF8ToString(messageAddress);
        Module.currentLogCallback(message, isLexMessage !== 0);
      }
    }
    __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
    function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
      const INPUT_BUFFER_SIZE = 10 * 1024;
      const string = Module.currentParseCallback(index, {
        row,
        column
      });
      if (typeof string === "string") {
        setValue(lengthAddress, string.length, "i32");
        stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
      } else {
        setValue(lengthAddress, 0, "i32");
      }
    }
    __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
    function _tree_sitter_progress_callback(currentOffset, hasError) {
      if (Module.currentProgressCallback) {
        return Module.currentProgressCallback({
          currentOffset,
          hasError
        });
      }
      return false;
    }
    __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
    function _tree_sitter_query_progress_callback(currentOffset) {
      if (Module.currentQueryProgressCallback) {
        return Module.currentQueryProgressCallback({
          currentOffset
        });
      }
      return false;
    }
    __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
    var runtimeKeepaliveCounter = 0;
    var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
    var _proc_exit = /* @__PURE__ */ __name((code2) => {
      EXITSTATUS = code2;
      if (!keepRuntimeAlive()) {
        Module["onExit"]?.(code2);
        ABORT = true;
      }
      quit_(code2, new ExitStatus(code2));
    }, "_proc_exit");
    _proc_exit.sig = "vi";
    var exitJS = /* @__PURE__ */ __name((status, implicit) => {
      EXITSTATUS = status;
      _proc_exit(status);
    }, "exitJS");
    var handleException = /* @__PURE__ */ __name((e) => {
      if (e instanceof ExitStatus || e == "unwind") {
        return EXITSTATUS;
      }
      quit_(1, e);
    }, "handleException");
    var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
      var len = 0;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var c = str.charCodeAt(i2);
        if (c <= 127) {
          len++;
        } else if (c <= 2047) {
          len += 2;
        } else if (c >= 55296 && c <= 57343) {
          len += 4;
          ++i2;
        } else {
          len += 3;
        }
      }
      return len;
    }, "lengthBytesUTF8");
    var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
      if (!(maxBytesToWrite > 0)) return 0;
      var startIdx = outIdx;
      var endIdx = outIdx + maxBytesToWrite - 1;
      for (var i2 = 0; i2 < str.length; ++i2) {
        var u = str.charCodeAt(i2);
        if (u >= 55296 && u <= 57343) {
          var u1 = str.charCodeAt(++i2);
          u = 65536 + ((u & 1023) << 10) | u1 & 1023;
        }
        if (u <= 127) {
          if (outIdx >= endIdx) break;
          heap[outIdx++] = u;
        } else if (u <= 2047) {
          if (outIdx + 1 >= endIdx) break;
          heap[outIdx++] = 192 | u >> 6;
          heap[outIdx++] = 128 | u & 63;
        } else if (u <= 65535) {
          if (outIdx + 2 >= endIdx) break;
          heap[outIdx++] = 224 | u >> 12;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        } else {
          if (outIdx + 3 >= endIdx) break;
          heap[outIdx++] = 240 | u >> 18;
          heap[outIdx++] = 128 | u >> 12 & 63;
          heap[outIdx++] = 128 | u >> 6 & 63;
          heap[outIdx++] = 128 | u & 63;
        }
      }
      heap[outIdx] = 0;
      return outIdx - startIdx;
    }, "stringToUTF8Array");
    var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
    var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
    var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
      var size = lengthBytesUTF8(str) + 1;
      var ret = stackAlloc(size);
      stringToUTF8(str, ret, size);
      return ret;
    }, "stringToUTF8OnStack");
    var AsciiToString = /* @__PURE__ */ __name((ptr) => {
      var str = "";
      while (1) {
        var ch = HEAPU8[ptr++];
        if (!ch) return str;
        str += String.fromCharCode(ch);
      }
    }, "AsciiToString");
    var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
      maxBytesToWrite ??= 2147483647;
      if (maxBytesToWrite < 2) return 0;
      maxBytesToWrite -= 2;
      var startPtr = outPtr;
      var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
      for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
        var codeUnit = str.charCodeAt(i2);
        LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
        outPtr += 2;
      }
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
      return outPtr - startPtr;
    }, "stringToUTF16");
    var wasmImports = {
      /** @export */
      __heap_base: ___heap_base,
      /** @export */
      __indirect_function_table: wasmTable,
      /** @export */
      __memory_base: ___memory_base,
      /** @export */
      __stack_pointer: ___stack_pointer,
      /** @export */
      __table_base: ___table_base,
      /** @export */
      _abort_js: __abort_js,
      /** @export */
      clock_time_get: _clock_time_get,
      /** @export */
      emscripten_resize_heap: _emscripten_resize_heap,
      /** @export */
      fd_close: _fd_close,
      /** @export */
      fd_seek: _fd_seek,
      /** @export */
      fd_write: _fd_write,
      /** @export */
      memory: wasmMemory,
      /** @export */
      tree_sitter_log_callback: _tree_sitter_log_callback,
      /** @export */
      tree_sitter_parse_callback: _tree_sitter_parse_callback,
      /** @export */
      tree_sitter_progress_callback: _tree_sitter_progress_callback,
      /** @export */
      tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
    };
    var wasmExports = await createWasm();
    var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
    var _malloc = Module["_malloc"] = wasmExports["malloc"];
    var _calloc = Module["_calloc"] = wasmExports["calloc"];
    var _realloc = Module["_realloc"] = wasmExports["realloc"];
    var _free = Module["_free"] = wasmExports["free"];
    var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
    var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
    var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
    var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
    var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
    var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
    var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
    var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
    var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
    var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
    var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
    var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
    var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
    var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
    var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
    var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
    var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
    var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
    var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
    var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
    var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
    var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
    var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
    var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
    var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
    var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
    var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
    var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
    var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
    var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
    var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
    var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
    var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
    var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
    var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
    var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
    var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
    var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
    var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
    var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
    var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
    var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
    var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
    var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
    var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
    var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
    var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
    var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
    var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
    var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
    var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
    var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
    var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
    var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
    var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
    var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
    var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
    var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
    var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
    var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
    var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
    var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
    var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
    var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
    var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
    var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
    var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
    var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
    var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
    var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
    var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
    var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
    var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
    var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
    var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
    var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
    var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
    var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
    var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
    var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
    var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
    var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
    var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
    var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
    var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
    var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
    var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
    var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
    var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
    var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
    var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
    var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
    var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
    var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
    var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
    var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
    var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
    var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
    var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
    var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
    var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
    var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
    var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
    var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
    var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
    var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
    var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
    var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
    var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
    var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
    var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
    var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
    var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
    var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
    var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
    var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
    var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
    var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
    var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
    var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
    var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
    var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
    var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
    var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
    var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
    var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
    var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
    var _memset = Module["_memset"] = wasmExports["memset"];
    var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
    var _memmove = Module["_memmove"] = wasmExports["memmove"];
    var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
    var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
    var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
    var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
    var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
    var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
    var _memchr = Module["_memchr"] = wasmExports["memchr"];
    var _strlen = Module["_strlen"] = wasmExports["strlen"];
    var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
    var _strncat = Module["_strncat"] = wasmExports["strncat"];
    var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
    var _towlower = Module["_towlower"] = wasmExports["towlower"];
    var _towupper = Module["_towupper"] = wasmExports["towupper"];
    var _setThrew = wasmExports["setThrew"];
    var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
    var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
    var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
    var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
    Module["setValue"] = setValue;
    Module["getValue"] = getValue;
    Module["UTF8ToString"] = UTF8ToString;
    Module["stringToUTF8"] = stringToUTF8;
    Module["lengthBytesUTF8"] = lengthBytesUTF8;
    Module["AsciiToString"] = AsciiToString;
    Module["stringToUTF16"] = stringToUTF16;
    Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
    function callMain(args2 = []) {
      var entryFunction = resolveGlobalSymbol("main").sym;
      if (!entryFunction) return;
      args2.unshift(thisProgram);
      var argc = args2.length;
      var argv = stackAlloc((argc + 1) * 4);
      var argv_ptr = argv;
      args2.forEach((arg) => {
        LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
        argv_ptr += 4;
      });
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
      try {
        var ret = entryFunction(argc, argv);
        exitJS(
          ret,
          /* implicit = */
          true
        );
        return ret;
      } catch (e) {
        return handleException(e);
      }
    }
    __name(callMain, "callMain");
    function run(args2 = arguments_) {
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      preRun();
      if (runDependencies > 0) {
        dependenciesFulfilled = run;
        return;
      }
      function doRun() {
        Module["calledRun"] = true;
        if (ABORT) return;
        initRuntime();
        preMain();
        readyPromiseResolve(Module);
        Module["onRuntimeInitialized"]?.();
        var noInitialRun = Module["noInitialRun"];
        if (!noInitialRun) callMain(args2);
        postRun();
      }
      __name(doRun, "doRun");
      if (Module["setStatus"]) {
        Module["setStatus"]("Running...");
        setTimeout(() => {
          setTimeout(() => Module["setStatus"](""), 1);
          doRun();
        }, 1);
      } else {
        doRun();
      }
    }
    __name(run, "run");
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].pop()();
      }
    }
    run();
    moduleRtn = readyPromise;
    return moduleRtn;
  };
})();
var tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  if (!Module3) {
    Module3 = await tree_sitter_default(moduleOptions);
  }
  return Module3;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result2 = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result2;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result2 = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result2[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result2;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};

// src/analyze/go-parser.ts
function wasmPath(fileName, packageEntry) {
  const beside2 = fileURLToPath(new URL(`./${fileName}`, import.meta.url));
  if (existsSync(beside2)) return beside2;
  return createRequire(import.meta.url).resolve(packageEntry);
}
var parser;
function goParser() {
  parser ??= (async () => {
    const runtimeWasm = wasmPath("tree-sitter.wasm", "web-tree-sitter/tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtimeWasm });
    const go = await Language.load(wasmPath("tree-sitter-go.wasm", "tree-sitter-go/tree-sitter-go.wasm"));
    const p = new Parser();
    p.setLanguage(go);
    return p;
  })();
  return parser;
}
async function parseGo(path, text2) {
  const tree = (await goParser()).parse(text2);
  if (!tree) return null;
  return { path, lines: text2.split("\n"), root: tree.rootNode, imports: importedNames(tree.rootNode) };
}
function conventionalNames(path) {
  const parts2 = path.split("/");
  const last = (parts2[parts2.length - 1] ?? "").replace(/\.v\d+$/, "");
  const before = parts2[parts2.length - 2];
  return /^v\d+$/.test(last) && before && parts2.length > 2 ? [last, before] : [last];
}
function importedNames(root) {
  const names = /* @__PURE__ */ new Set();
  for (const spec of root.descendantsOfType("import_spec")) {
    if (!spec) continue;
    const alias = spec.childForFieldName("name")?.text;
    const path = spec.childForFieldName("path")?.text.replace(/^["`]|["`]$/g, "");
    const candidates = alias ? [alias] : path ? conventionalNames(path) : [];
    for (const name2 of candidates) if (name2 && name2 !== "_" && name2 !== ".") names.add(name2);
  }
  return names;
}

// src/analyze/go-sources.ts
var MAX_PACKAGE_FILES = { local: 80, api: 12 };
var MAX_PACKAGE_FETCHES = 48;
var packageOfFile = /* @__PURE__ */ new WeakMap();
function packageFiles(file) {
  return packageOfFile.get(file) ?? [file];
}
var GoSources = class {
  constructor(reader) {
    this.reader = reader;
  }
  reader;
  files = /* @__PURE__ */ new Map();
  /** Paths asked for that could not be read: reasons name them. */
  missing = /* @__PURE__ */ new Set();
  packages = /* @__PURE__ */ new Map();
  packageFetches = 0;
  /**
   * Parses the other files of `repoPath`'s package (its directory), bounded, so provenance can follow a
   * struct field or a package-level variable there. Only where the reader can list files.
   */
  packageOf(repoPath) {
    const dir = dirOf(repoPath);
    let pkg = this.packages.get(dir);
    if (!pkg) {
      pkg = this.loadPackage(dir);
      this.packages.set(dir, pkg);
    }
    return pkg;
  }
  async loadPackage(dir) {
    const local = !!this.reader.scan;
    const listed = this.reader.listDirectory ? await this.reader.listDirectory(dir) : await repoIndexFor(this.reader).packageFiles(dir);
    const paths = listed.slice(0, local ? MAX_PACKAGE_FILES.local : MAX_PACKAGE_FILES.api);
    const files = [];
    for (const path of paths) {
      if (!local && !this.files.has(path) && this.packageFetches++ >= MAX_PACKAGE_FETCHES) break;
      const file = await this.file(path);
      if (file) files.push(file);
    }
    for (const file of files) packageOfFile.set(file, files);
    return files;
  }
  file(repoPath) {
    let file = this.files.get(repoPath);
    if (!file) {
      file = this.load(repoPath);
      this.files.set(repoPath, file);
    }
    return file;
  }
  async load(repoPath) {
    const text2 = await this.reader.read(repoPath).catch(() => null);
    if (text2 === null) {
      this.missing.add(repoPath);
      return null;
    }
    return parseGo(repoPath, text2).catch(() => null);
  }
};
var perReader = /* @__PURE__ */ new WeakMap();
function goSourcesFor(reader) {
  let sources = perReader.get(reader);
  if (!sources) {
    sources = new GoSources(reader);
    perReader.set(reader, sources);
  }
  return sources;
}

// src/analyze/constructor-callers.ts
var defaultCallerLimits = {
  maxCallerFiles: 20,
  maxCalls: 20,
  maxHops: 2,
  maxFetched: 20,
  maxPerRun: 60
};
var usersOfFile = /* @__PURE__ */ new WeakMap();
var unparsedOfFile = /* @__PURE__ */ new WeakMap();
var preparations = /* @__PURE__ */ new WeakMap();
var takenPerRun = /* @__PURE__ */ new WeakMap();
function outsideUsers(file) {
  return usersOfFile.get(file) ?? [];
}
function unparsedUsers(file) {
  return unparsedOfFile.get(file) ?? 0;
}
function loadConstructorCallers(file, sources, limits = defaultCallerLimits) {
  return prepareOnce(file, sources, limits, 1, null);
}
function prepareOnce(file, sources, limits, hop, only) {
  let byKey = preparations.get(sources);
  if (!byKey) {
    byKey = /* @__PURE__ */ new Map();
    preparations.set(sources, byKey);
  }
  const key3 = `${dirOf(file.path)}#${hop}`;
  let done = byKey.get(key3);
  if (!done) {
    done = prepare(file, sources, limits, hop, only);
    byKey.set(key3, done);
  }
  return done;
}
async function prepare(file, sources, limits, hop, only) {
  const pkg = packageFiles(file);
  const dir = dirOf(file.path);
  const names = [...exportedEntryPoints(pkg)].filter((n) => !only || only.has(n));
  if (!names.length || !dir || !sources.reader.listFiles) return;
  const found = await repoIndexFor(sources.reader).usersOf({
    names,
    rank: (path) => callerRank(path, dir),
    maxFetch: limits.maxFetched
  });
  const users = [];
  const outside = found.paths.filter((path) => dirOf(path) !== dir);
  let tried = 0;
  const reader = sources.reader;
  const peek = (path) => (reader.scan ? reader.scan(path) : reader.read(path)).catch(() => null);
  for (const path of outside) {
    const taken = takenPerRun.get(sources) ?? 0;
    if (users.length >= limits.maxCallerFiles || taken >= limits.maxPerRun) break;
    if (tried >= limits.maxCallerFiles * 10) break;
    tried++;
    const text2 = await peek(path);
    if (!text2 || !importsDirText(text2, dir)) continue;
    takenPerRun.set(sources, taken + 1);
    const user = await sources.file(path);
    if (user && importNameOf(user, dir)) users.push(user);
  }
  const merged = [.../* @__PURE__ */ new Set([...outsideUsers(file), ...users])];
  for (const f of pkg) {
    usersOfFile.set(f, merged);
    unparsedOfFile.set(f, outside.length - tried);
  }
  if (hop >= limits.maxHops) return;
  for (const user of users) {
    const relays = relaysTo(user, dir, new Set(names));
    if (!relays.size) continue;
    await sources.packageOf(user.path);
    await prepareOnce(user, sources, limits, hop + 1, relays);
  }
}
function callerRank(path, dir) {
  if (/(^|\/)cmd\/|(^|\/)main\.go$/.test(path)) return 0;
  const a = path.split("/");
  const b = dir.split("/");
  let common = 0;
  while (common < a.length - 1 && common < b.length && a[common] === b[common]) common++;
  return 1 + a.length - 1 - common + (b.length - common);
}
function exportedEntryPoints(pkg) {
  const names = /* @__PURE__ */ new Set();
  const receivers = /* @__PURE__ */ new Set();
  for (const file of pkg) {
    for (const fn of descendants(file.root, "method_declaration")) {
      const type = receiver(fn)?.type?.text.replace(/^\*/, "");
      if (type) receivers.add(type);
    }
  }
  for (const file of pkg) {
    for (const spec of descendants(file.root, "type_spec")) {
      const name2 = spec.childForFieldName("name")?.text ?? "";
      if (/^[A-Z]/.test(name2) && receivers.has(name2) && spec.childForFieldName("type")?.type === "struct_type")
        names.add(name2);
    }
    for (const fn of descendants(file.root, "function_declaration")) {
      const name2 = functionName(fn) ?? "";
      const params = new Set(parameters(fn).map((p) => p.name));
      if (/^[A-Z]/.test(name2) && params.size && handsOn(fn, params)) names.add(name2);
    }
  }
  return names;
}
function lvalueRoot(node) {
  let n = node;
  while (n && (n.type === "selector_expression" || n.type === "index_expression"))
    n = n.childForFieldName("operand");
  return n?.type === "identifier" ? n : null;
}
function handsOn(fn, params) {
  const body2 = fn.childForFieldName("body");
  if (!body2) return false;
  const mentions = (node) => !!node && (node.type === "identifier" ? params.has(node.text) : descendants(node, "identifier").some((i2) => params.has(i2.text)));
  if (descendants(body2, "keyed_element").some((e) => mentions(namedChildren(e)[1]))) return true;
  if (descendants(body2, "call_expression").some((c) => callArguments(c).some(mentions))) return true;
  return descendants(body2, "assignment_statement").some(
    (a) => namedChildren(a.childForFieldName("left") ?? a).some(
      (l) => l.type === "selector_expression" && mentions(a.childForFieldName("right")) || l.type !== "identifier" && params.has(lvalueRoot(l)?.text ?? "")
    )
  );
}
function relaysTo(user, dir, names) {
  const out2 = /* @__PURE__ */ new Set();
  for (const { call } of callsInto(user, dir, names)) {
    let fn = enclosingFunction(call);
    while (fn && fn.type === "func_literal") fn = enclosingFunction(fn);
    const name2 = fn?.type === "function_declaration" ? functionName(fn) : null;
    if (!fn || !name2 || !/^[A-Z]/.test(name2)) continue;
    const params = new Set(parameters(fn).map((p) => p.name));
    if (callArguments(call).some((a) => a.type === "identifier" && params.has(a.text))) out2.add(name2);
  }
  return out2;
}
function importsDirText(text2, dir) {
  return text2.includes(`/${dir}"`) || text2.includes(`"${dir}"`);
}
function importNameOf(file, dir) {
  if (!dir) return null;
  for (const spec of descendants(file.root, "import_spec")) {
    const path = spec.childForFieldName("path")?.text.replace(/^["`]|["`]$/g, "") ?? "";
    if (path !== dir && !path.endsWith(`/${dir}`)) continue;
    const alias = spec.childForFieldName("name")?.text;
    if (alias === "_" || alias === ".") return null;
    return alias ?? path.slice(path.lastIndexOf("/") + 1);
  }
  return null;
}
function callsInto(file, dir, names) {
  const qualifier = importNameOf(file, dir);
  const inside = !qualifier && dirOf(file.path) === dir;
  if (!inside && !qualifier) return [];
  return descendants(file.root, "call_expression").filter((call) => names.has(calleeName(call))).filter((call) => {
    const operand = callReceiver(call);
    return inside ? !operand : operand?.type === "identifier" && operand.text === qualifier;
  }).map((call) => ({ call }));
}
function constructorCalls(declFile, name2, index, limits = defaultCallerLimits) {
  const dir = dirOf(declFile.path);
  const calls = [];
  let total = 0;
  for (const file of [...packageFiles(declFile), ...outsideUsers(declFile)]) {
    for (const { call } of callsInto(file, dir, /* @__PURE__ */ new Set([name2]))) {
      const arg = callArguments(call)[index];
      if (!arg) continue;
      total++;
      if (calls.length < limits.maxCalls) calls.push({ file, call, arg });
    }
  }
  return { calls, total };
}

// src/analyze/object-type.ts
var builtinTypes = /* @__PURE__ */ new Set([
  "string",
  "bool",
  "byte",
  "rune",
  "error",
  "any",
  "int",
  "int32",
  "int64",
  "uint",
  "uint32",
  "uint64",
  "float64",
  // interfaces of other packages: runtime.Object / client.Object / metav1.Object, and context.Context (the
  // first argument of every client-go and controller-runtime call, never the object a serializer walks)
  "Object",
  "Context",
  // the metadata every kind embeds: a helper over `*metav1.ObjectMeta` says nothing of whose it is
  "ObjectMeta"
]);
function isInterface(node, name2) {
  let root = node;
  while (root.parent) root = root.parent;
  return descendants(root, "type_spec").some(
    (spec) => spec.childForFieldName("name")?.text === name2 && spec.childForFieldName("type")?.type === "interface_type"
  );
}
function concreteTypeName(type) {
  if (!type || /^(map\[|func|chan|interface)/.test(type.text)) return null;
  const name2 = baseTypeName(type);
  return !name2 || builtinTypes.has(name2) || isInterface(type, name2) ? null : name2;
}
function typeFromLister(callee) {
  const match = /(\w+?)(Lister|Informer|Indexer|Store)\b/i.exec(callee);
  const word = match?.[1]?.replace(/^New(?=[A-Z])/, "");
  if (!word || /^(get|lister|informer|shared)$/i.test(word)) return null;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// src/analyze/field-provenance.ts
var readMethods = /^(Get|List|GetByKey|ByIndex|Index)$/;
var unsafeOption = /\b(Default)?UnsafeDisableDeepCopy\b/;
var unsafeOff = /\b(Default)?UnsafeDisableDeepCopy\s*:\s*(&?false\b|ptr\.To\(false\)|pointer\.Bool\(false\))/;
function kindFromType(type) {
  if (/Lister$/.test(type)) return "lister";
  if (/Indexer$/.test(type)) return "indexer";
  if (/Store$/.test(type)) return "store";
  return null;
}
function kindFromValue(text2) {
  if (/Lister\b|Lister\(/.test(text2)) return "lister";
  if (/GetIndexer\(\)|\bIndexer\(\)/.test(text2)) return "indexer";
  if (/GetStore\(\)/.test(text2)) return "store";
  return null;
}
function enclosingMethod(node) {
  for (let fn = enclosingFunction(node); fn; fn = enclosingFunction(fn)) {
    if (fn.type === "method_declaration") return fn;
    if (fn.type === "function_declaration") return null;
  }
  return null;
}
function structField(files, typeName, name2, depth = 0) {
  const own = ownField(files, typeName, name2);
  if (own || name2 === null || depth >= 2) return own;
  for (const embedded of embeddedTypes(files, typeName)) {
    const promoted = structField(files, embedded, name2, depth + 1);
    if (promoted) return promoted;
  }
  return null;
}
function embeddedTypes(files, typeName) {
  const out2 = [];
  for (const file of files) {
    for (const spec of descendants(file.root, "type_spec")) {
      if (spec.childForFieldName("name")?.text !== typeName) continue;
      const struct = spec.childForFieldName("type");
      if (struct?.type !== "struct_type") continue;
      for (const decl of descendants(struct, "field_declaration")) {
        const base = baseTypeName(decl.childForFieldName("type"));
        if (decl.childrenForFieldName("name").length === 0 && base && base !== typeName) out2.push(base);
      }
    }
  }
  return out2;
}
function ownField(files, typeName, name2) {
  for (const file of files) {
    for (const spec of descendants(file.root, "type_spec")) {
      if (spec.childForFieldName("name")?.text !== typeName) continue;
      const struct = spec.childForFieldName("type");
      if (struct?.type !== "struct_type") continue;
      for (const decl of descendants(struct, "field_declaration")) {
        const type = decl.childForFieldName("type");
        if (!type) continue;
        const names = decl.childrenForFieldName("name").map((n) => n?.text);
        const embedded = names.length === 0;
        if (name2 !== null && names.includes(name2))
          return { file, node: decl, key: name2, type: type.text, owner: typeName };
        const typeBase = baseTypeName(type) ?? "";
        if (embedded && (name2 === null || name2 === typeBase))
          return { file, node: decl, key: typeBase, type: type.text, owner: typeName };
      }
    }
  }
  return null;
}
function assignments(files, typeName, key3, dir) {
  const out2 = [];
  for (const file of files) {
    const qualifier = importNameOf(file, dir);
    const inside = !qualifier && dirOf(file.path) === dir;
    if (!inside && !qualifier) continue;
    for (const literal of descendants(file.root, "composite_literal")) {
      const type = literal.childForFieldName("type");
      if (baseTypeName(type) !== typeName) continue;
      if (!inside && type?.text.replace(/\s+/g, "") !== `${qualifier}.${typeName}`) continue;
      for (const element of descendants(literal.childForFieldName("body") ?? literal, "keyed_element")) {
        const [k, v] = namedChildren(element);
        const value = v && (namedChildren(v)[0] ?? v);
        if (k?.text === key3 && value && element.parent?.parent?.id === literal.id) out2.push({ file, value });
      }
    }
    if (!inside) continue;
    for (const assign of descendants(file.root, "assignment_statement")) {
      const left = namedChildren(assign.childForFieldName("left") ?? assign);
      const right = namedChildren(assign.childForFieldName("right") ?? assign);
      left.forEach((target, i2) => {
        const value = right[i2];
        if (target.type === "selector_expression" && target.childForFieldName("field")?.text === key3 && value)
          out2.push({ file, value });
      });
    }
  }
  return out2;
}
function gather(start2, rules) {
  const out2 = [];
  const defined = [start2.value];
  const params = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (file, node, depth) => {
    if (depth > 3 || seen.has(node.id)) return;
    seen.add(node.id);
    out2.push({ file, node });
    const fn = enclosingFunction(node);
    const idents = node.type === "identifier" ? [node] : descendants(node, "identifier");
    for (const ident of idents.slice(0, 8)) {
      if (!fn) break;
      const def = latestDefinition(ident.text, fn, ident, rules);
      if (def?.value && depth === 0 && sameNode(ident, start2.value)) defined.push(def.value);
      if (def?.value) visit(file, def.value, depth + 1);
      else if (def?.kind === "parameter") {
        if (fn.type === "function_declaration") params.push({ file, fn, name: ident.text, index: def.index });
        if (def.type) visit(file, def.type, depth + 1);
      }
    }
    const calls = descendants(node, "call_expression");
    if (node.type === "call_expression" && !calls.some((c) => c.id === node.id)) calls.unshift(node);
    for (const call of calls) {
      if (callReceiver(call)) continue;
      const name2 = calleeName(call);
      for (const f of packageFiles(file)) {
        const decl = descendants(f.root, "function_declaration").find((d) => functionName(d) === name2);
        const body2 = decl?.childForFieldName("body");
        if (body2) visit(f, body2, depth + 1);
      }
    }
  };
  visit(start2.file, start2.value, 0);
  return { gathered: out2, defined, params };
}
function lineMatching(gathered, pattern) {
  for (const { file, node } of gathered) {
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) {
      if (pattern.test(file.lines[row] ?? "")) return { file, row };
    }
  }
  return null;
}
function valueSource(assigned, rules, hop, visiting) {
  const { gathered, defined, params } = gather(assigned, rules);
  const text2 = gathered.map((g) => g.node.text).join("\n");
  if (unsafeOption.test(text2) && !unsafeOff.test(text2)) {
    const option = lineMatching(gathered, unsafeOption);
    const steps = option ? [
      {
        ...codeRef(option.file, option.row),
        note: "built with UnsafeDisableDeepCopy here: its reads return the cache\u2019s own objects"
      }
    ] : [];
    return { kind: "unsafe-client-read", steps, objectType: null, handedOver: null };
  }
  for (const node of defined) {
    const kind = kindFromValue(node.text);
    if (kind) return { kind, steps: [], objectType: typeFromLister(node.text), handedOver: null };
  }
  if (hop >= defaultCallerLimits.maxHops) return null;
  for (const param of params) {
    const found = throughCallers(param, rules, hop + 1, visiting);
    if (found) return found;
  }
  return null;
}
function throughCallers(param, rules, hop, visiting) {
  const fname = functionName(param.fn);
  const key3 = `${param.file.path}:${fname}:${param.index}`;
  if (!fname || visiting.has(key3)) return null;
  visiting.add(key3);
  const { calls, total } = constructorCalls(param.file, fname, param.index);
  let first = null;
  let shared = 0;
  for (const call2 of calls) {
    const source2 = valueSource({ file: call2.file, value: call2.arg }, rules, hop, visiting);
    if (!source2) continue;
    shared++;
    first ??= { call: call2, source: source2 };
  }
  if (!first) return null;
  const { call, source } = first;
  const ref = codeRef(call.file, rowOf(call.arg));
  const unparsed = unparsedUsers(param.file);
  const read = `${calls.length} call${calls.length === 1 ? "" : "s"} of ${fname} read${total > calls.length ? ` of ${total}` : ""}`;
  const more = unparsed ? `; ${unparsed} more file${unparsed === 1 ? "" : "s"} that may call it not parsed` : "";
  const passed = {
    ...ref,
    note: `set by ${fname}'s parameter ${param.name}, passed in ${ref.file}:${ref.line} (${read}, ${shared} ${shared === 1 ? "passes" : "pass"} a shared source${more})`
  };
  return source.handedOver ? { ...source, steps: [passed, ...source.steps] } : { ...source, handedOver: passed };
}
function describe(kind) {
  return kind === "unsafe-client-read" ? "a client built with UnsafeDisableDeepCopy (the object is the cache's own)" : `a ${kind} (a pointer into the informer cache)`;
}
function sharedThroughField(call, file, rules) {
  if (!readMethods.test(calleeName(call))) return null;
  const method = enclosingMethod(call);
  const recv = method ? receiver(method) : null;
  const typeName = baseTypeName(recv?.type);
  const callee = calleeText(call);
  if (!recv || !typeName || !callee.startsWith(`${recv.name}.`)) return null;
  const segments = callee.slice(recv.name.length + 1).split(".");
  const files = packageFiles(file);
  const field = segments.length === 1 ? structField(files, typeName, null) : structField(files, typeName, (segments[0] ?? "").replace(/\(.*$/, ""));
  if (!field) return null;
  const declared = { ...codeRef(field.file, rowOf(field.node)), note: `${field.key} is declared here` };
  const fieldName = `${recv.name}.${field.key}`;
  const everywhere = [...files, ...outsideUsers(file)];
  for (const assigned of assignments(everywhere, field.owner, field.key, dirOf(field.file.path))) {
    const at = { ...codeRef(assigned.file, rowOf(assigned.value)) };
    const source = valueSource(assigned, rules, 0, /* @__PURE__ */ new Set());
    if (source?.handedOver) {
      return {
        kind: source.kind,
        note: `read through ${fieldName}, ${describe(source.kind)}, ${source.handedOver.note}`,
        steps: [
          { ...codeRef(file, rowOf(call)), note: `read through ${fieldName} here` },
          { ...at, note: `${fieldName} is set here` },
          ...source.steps
        ],
        objectType: source.objectType ?? typeFromLister(field.type),
        handedOver: { ...source.handedOver }
      };
    }
    if (source?.kind === "unsafe-client-read") {
      return {
        kind: source.kind,
        note: `read through ${fieldName}, ${describe(source.kind)}`,
        steps: [...source.steps, { ...at, note: `${fieldName} is set here` }],
        objectType: null
      };
    }
    const kind2 = source?.kind ?? kindFromType(field.type);
    if (kind2) {
      return {
        kind: kind2,
        note: `obtained through ${fieldName}, ${describe(kind2)}`,
        steps: [{ ...at, note: `${fieldName} is set to a ${kind2} here` }],
        objectType: source?.objectType ?? typeFromLister(assigned.value.text) ?? typeFromLister(field.type)
      };
    }
  }
  const kind = kindFromType(field.type);
  if (!kind) return null;
  return {
    kind,
    note: `obtained through ${fieldName}, ${describe(kind)}`,
    steps: [declared],
    objectType: typeFromLister(field.type)
  };
}
function packageVariableElsewhere(file, name2) {
  for (const other of packageFiles(file)) {
    if (other === file) continue;
    for (const decl of namedChildren(other.root)) {
      if (decl.type !== "var_declaration") continue;
      for (const spec of descendants(decl, "var_spec")) {
        if (spec.childrenForFieldName("name").some((n) => n?.text === name2)) return { file: other, spec };
      }
    }
  }
  return null;
}
function declaredSourceKind(call, file) {
  const operand = callReceiver(call);
  const method = enclosingMethod(call);
  const recv = method ? receiver(method) : null;
  const typeName = baseTypeName(recv?.type);
  if (!operand || !recv || !typeName) return null;
  const files = packageFiles(file);
  if (operand.type === "selector_expression" && operand.childForFieldName("operand")?.text === recv.name) {
    const field = structField(files, typeName, operand.childForFieldName("field")?.text ?? "");
    return field ? kindFromType(field.type) : null;
  }
  const getter = operand.type === "call_expression" ? operand.childForFieldName("function") : null;
  if (getter?.type !== "selector_expression" || getter.childForFieldName("operand")?.text !== recv.name)
    return null;
  const name2 = getter.childForFieldName("field")?.text;
  for (const f of files) {
    for (const decl of descendants(f.root, "method_declaration")) {
      if (functionName(decl) !== name2 || baseTypeName(receiver(decl)?.type) !== typeName) continue;
      const result2 = decl.childForFieldName("result");
      return result2 ? kindFromType(result2.text) : null;
    }
  }
  return null;
}

// src/analyze/option-provenance.ts
var optionReads = /^(Get|List)$/;
function disablesCopy(text2) {
  return unsafeOption.test(text2) && !unsafeOff.test(text2);
}
function optionRow(file, node) {
  for (let row = node.startPosition.row; row <= node.endPosition.row; row++)
    if (unsafeOption.test(file.lines[row] ?? "")) return row;
  return rowOf(node);
}
var optionNote = "UnsafeDisableDeepCopy here: reads with these options return the cache\u2019s own objects";
function unsafeOptionArgument(call, file, rules) {
  if (!optionReads.test(calleeName(call))) return null;
  const fn = enclosingFunction(call);
  for (const raw of callArguments(call).slice(1)) {
    const arg = raw.type === "variadic_argument" ? namedChildren(raw)[0] ?? raw : raw;
    if (arg.type === "identifier" && fn) {
      const def = latestDefinition(arg.text, fn, call, rules);
      if (def?.value && disablesCopy(def.value.text)) {
        const note = `${arg.text} holds ${optionNote}`;
        return unsafe([{ ...codeRef(file, optionRow(file, def.value)), note }], arg.text);
      }
    }
    if (arg.type !== "selector_expression") continue;
    const method = enclosingMethod(call);
    const recv = method ? receiver(method) : null;
    const typeName = baseTypeName(recv?.type);
    const operand = arg.childForFieldName("operand");
    const field = arg.childForFieldName("field")?.text;
    if (!recv || !typeName || !field || operand?.text !== recv.name) continue;
    const everywhere = [...packageFiles(file), ...outsideUsers(file)];
    for (const assigned of assignments(everywhere, typeName, field, dirOf(file.path))) {
      if (!disablesCopy(assigned.value.text)) continue;
      const at = codeRef(assigned.file, optionRow(assigned.file, assigned.value));
      return unsafe([{ ...at, note: `${arg.text} is set with ${optionNote}` }], arg.text);
    }
  }
  return null;
}
function unsafe(steps, options) {
  return {
    kind: "unsafe-client-read",
    note: `read with the options in ${options}, which hold UnsafeDisableDeepCopy (the object is the cache's own)`,
    steps,
    objectType: null
  };
}

// src/analyze/roles.ts
function handlerRole(fn, fname, file, rules) {
  if (fname && rules.handlerMethods.test(fname)) return "handler";
  const keyOf3 = (node) => {
    const parent = node.parent;
    if (parent?.type === "keyed_element") return namedChildren(parent)[0]?.text ?? null;
    if (parent?.type === "literal_element" && parent.parent?.type === "keyed_element") {
      return namedChildren(parent.parent)[0]?.text ?? null;
    }
    const call = parent?.type === "argument_list" ? parent.parent : null;
    return call ? calleeName(call) : null;
  };
  const classify = (key3) => key3 && rules.handlerKeys.test(key3) ? "handler" : key3 && rules.transformKeys.test(key3) ? "transform" : null;
  if (fn.type === "func_literal") return classify(keyOf3(fn));
  if (!fname) return null;
  for (const ref of descendants(file.root, ["selector_expression", "identifier"])) {
    const text2 = ref.type === "identifier" ? ref.text : ref.childForFieldName("field")?.text;
    if (text2 !== fname || ref.parent?.type === "selector_expression") continue;
    const role = classify(keyOf3(ref));
    if (role) return role;
  }
  return null;
}

// src/analyze/shared-argument.ts
function inLoopAfter(call, fn, binding) {
  for (let n = call.parent; n && !sameNode(n, fn); n = n.parent) {
    if (n.type === "func_literal") return false;
    if (n.type === "for_statement")
      return binding.startIndex < n.startIndex || binding.startIndex >= n.endIndex;
  }
  return false;
}
function sharedArgument(declFile, fname, index, rules, limits = defaultCallerLimits) {
  const groups = /* @__PURE__ */ new Map();
  for (const { file, call, arg } of constructorCalls(declFile, fname, index, limits).calls) {
    const fn = enclosingFunction(call);
    if (!fn || arg.type !== "identifier") continue;
    const key3 = `${file.path}#${fn.startIndex}#${arg.text}`;
    const group = groups.get(key3) ?? { file, fn, name: arg.text, calls: [] };
    group.calls.push(call);
    groups.set(key3, group);
  }
  for (const { file, fn, name: name2, calls } of groups.values()) {
    const defs = calls.map((call2) => latestDefinition(name2, fn, call2, rules));
    const first = defs[0];
    if (first?.kind !== "value" || !defs.every((d) => d && sameNode(d.node, first.node))) continue;
    const [call] = calls;
    if (calls.length >= 2 || call && inLoopAfter(call, fn, first.node))
      return { file, variable: name2, binding: first, calls };
  }
  return null;
}

// src/analyze/provenance.ts
var maxHops = 40;
var Tracer = class {
  constructor(sites, rules) {
    this.sites = sites;
    this.rules = rules;
  }
  sites;
  rules;
  steps = [];
  objectType = null;
  aliasedMap = false;
  localBinding = null;
  /** The last value binding met in an outer site (a caller's `pod, ok := obj.(*v1.Pod)`). */
  handlerBinding = null;
  derived = false;
  /** The written variable and the field the write selects on it (`req` and `Headers` in `req.Headers[k] = v`). */
  written = null;
  capture = null;
  hops = 0;
  finish(origin) {
    let final = origin;
    const parallel = this.capture?.kind === "parallel-test";
    if (origin.kind === "package-variable" && parallel && origin.ref.file.endsWith("_test.go") && !this.rules.schemeLike.test(origin.variable)) {
      final = {
        ...origin,
        kind: "shared-test-fixture",
        note: `package-level test fixture ${origin.variable}, shared by t.Parallel subtests`
      };
    }
    const handlerBinding = this.localBinding ?? this.handlerBinding;
    if (origin.kind === "informer-handler" && handlerBinding) {
      this.steps.push({ ...origin.ref, note: origin.note });
      final = { ...origin, ...handlerBinding, note: "obtained from the event handler's argument here" };
      if (!this.localBinding) this.derived = false;
    }
    if (origin.kind === "local" && this.capture && this.capture.kind !== "closure") {
      final = this.capture.kind === "parallel-test" ? {
        ...origin,
        kind: "shared-test-fixture",
        note: "built once here and shared by t.Parallel subtests"
      } : { ...origin, kind: "closure-capture", note: "built here and captured by a goroutine's closure" };
      this.steps.push({ ...this.capture.ref, note: "captured by this closure" });
    }
    return {
      origin: final,
      steps: [...this.steps, { ...final.ref, note: final.note }],
      objectType: this.objectType,
      aliasedMap: this.aliasedMap,
      localBinding: this.localBinding,
      derived: this.derived
    };
  }
  /** Remembers the first concrete type met; maps, builtins and interfaces say nothing about the object. */
  learnType(type) {
    this.objectType ??= concreteTypeName(type);
  }
  /**
   * The type of the variable a read fills (`pod := &v1.Pod{}` or `var pod v1.Pod` before `c.Get(ctx, key, pod)`):
   * the read says nothing of it, the declaration does.
   */
  learnDeclaredType(name2, fn, filledAt) {
    if (this.objectType) return;
    const before = latestDefinition(name2, fn, filledAt, this.rules);
    if (!before || before.kind === "out-parameter") return;
    this.learnType(before.type);
    let value = before.value;
    if (value?.type === "unary_expression") value = value.childForFieldName("operand");
    if (value?.type === "composite_literal") this.learnType(value.childForFieldName("type"));
    else if (value?.type === "call_expression" && calleeText(value) === "new")
      this.learnType(callArguments(value)[0]);
  }
  origin(kind, site, node, note, variable, binding = "expression") {
    const file = this.siteFile(site);
    return {
      kind,
      ref: codeRef(file, rowOf(node)),
      note,
      variable,
      binding,
      endLine: node.endPosition.row + 1
    };
  }
  siteFile(site) {
    const s = this.sites[site];
    if (!s) throw new Error("site out of range");
    return s.file;
  }
  /** Traces the variable `name` as used at `at` in site `site`. */
  traceName(name2, at, site) {
    const file = this.siteFile(site);
    if (++this.hops > maxHops)
      return this.origin("unknown", site, at, "gave up following the variable", name2);
    let fn = enclosingFunction(at);
    let use = at;
    while (fn) {
      const def = latestDefinition(name2, fn, use, this.rules);
      if (def) return this.fromDefinition(def, name2, fn, site);
      if (fn.type !== "func_literal") break;
      this.noteCapture(fn, file);
      use = fn;
      fn = enclosingFunction(fn);
    }
    const declaration = packageVariable(file, name2);
    if (declaration) {
      this.learnType(declaration.childForFieldName("type"));
      return this.origin(
        "package-variable",
        site,
        declaration,
        `package-level variable ${name2} declared here`,
        name2
      );
    }
    const elsewhere = packageVariableElsewhere(file, name2);
    if (elsewhere) {
      this.learnType(elsewhere.spec.childForFieldName("type"));
      const { spec } = elsewhere;
      return {
        kind: "package-variable",
        ref: codeRef(elsewhere.file, rowOf(spec)),
        note: `package-level variable ${name2} declared here`,
        variable: name2,
        binding: "expression",
        endLine: spec.endPosition.row + 1
      };
    }
    return this.origin(
      "package-variable",
      site,
      at,
      `${name2} is not defined in this function: a package-level variable`,
      name2
    );
  }
  noteCapture(literal, file) {
    if (this.capture) return;
    const parent = literal.parent;
    const call = parent?.type === "argument_list" ? parent.parent : parent;
    let kind = "closure";
    if (call?.type === "call_expression" && calleeName(call) === "Run") {
      const parallel = descendants(literal, "call_expression").some((c) => calleeName(c) === "Parallel");
      if (parallel) kind = "parallel-test";
    } else if (parent?.type === "call_expression" && parent.parent?.type === "go_statement") {
      kind = "goroutine";
    }
    this.capture = { kind, ref: codeRef(file, rowOf(literal)) };
  }
  fromDefinition(def, name2, fn, site) {
    this.learnType(def.type);
    if (site > 0 && def.kind === "value") {
      const ref = codeRef(this.siteFile(site), rowOf(def.node));
      this.handlerBinding = {
        ref,
        variable: name2,
        binding: "assignment",
        endLine: def.node.endPosition.row + 1
      };
    }
    if (!this.localBinding && site === 0 && (def.kind === "value" || def.kind === "range")) {
      const binding = def.kind === "range" ? "range" : "assignment";
      const ref = codeRef(this.siteFile(site), rowOf(def.node));
      this.localBinding = { ref, variable: name2, binding, endLine: def.node.endPosition.row + 1 };
    }
    switch (def.kind) {
      case "parameter":
      case "receiver":
        return this.fromParameter(def, name2, fn, site);
      case "out-parameter":
        this.learnDeclaredType(name2, fn, def.node);
        return this.fromCall(def.node, name2, site, def.node, "expression");
      case "range":
        if (!def.value) return this.origin("local", site, def.node, "the range key", name2);
        this.derived = true;
        return this.fromExpression(def.value, name2, site, def.node, "range");
      default:
        if (!def.value)
          return this.origin("local", site, def.node, `${name2} is declared here without a value`, name2);
        return this.fromExpression(def.value, name2, site, def.node, "assignment");
    }
  }
  fromParameter(def, name2, fn, site) {
    const file = this.siteFile(site);
    const fname = functionName(fn);
    const eventParameter = !!def.type && this.rules.handlerParameterTypes.test(def.type.text);
    const role = eventParameter ? "handler" : handlerRole(fn, fname, file, this.rules);
    if (role === "handler") {
      return this.origin(
        "informer-handler",
        site,
        def.node,
        `received by the event handler${fname ? ` ${fname}` : ""} here (the informer's own object)`,
        name2,
        "parameter"
      );
    }
    if (role === "transform") {
      return this.origin(
        "transform",
        site,
        def.node,
        "a TransformFunc may change the object in place",
        name2,
        "parameter"
      );
    }
    const direct = fn.type === "func_literal" && fn.parent?.type === "call_expression" ? fn.parent : null;
    if (direct && def.kind === "parameter") {
      const arg = callArguments(direct)[def.index];
      if (arg) return this.fromExpression(arg, name2, site, arg, "expression");
    }
    const caller = this.sites[site + 1];
    const byValue = /^(type_identifier|qualified_type|map_type)$/.test(def.type?.type ?? "");
    if (fname && !caller && byValue && def.kind === "parameter" && fn.type === "function_declaration") {
      const shared = this.fromSharedArgument(def, name2, fname, fn, site);
      if (shared) return shared;
    }
    if (!fname || !caller) {
      return this.origin(
        "unknown",
        site,
        def.node,
        `${name2} is a parameter; its caller is not in the stack`,
        name2,
        "parameter"
      );
    }
    const callerFn = functionAt(caller.file, caller.row);
    const call = callerFn ? descendants(callerFn, "call_expression").find(
      (c) => c.startPosition.row <= caller.row && caller.row <= c.endPosition.row && calleeName(c) === fname
    ) : void 0;
    const args2 = call ? callArguments(call) : [];
    const passed = call ? def.kind === "receiver" ? callReceiver(call) : args2[def.index] ?? args2[args2.length - 1] : null;
    if (!passed) {
      return this.origin(
        "unknown",
        site,
        def.node,
        `${name2} is a parameter of ${fname}; the call was not found in its caller`,
        name2,
        "parameter"
      );
    }
    const how = def.kind === "receiver" ? `${fname} called on ${passed.text} here` : `passed to ${fname} here`;
    this.steps.push({ ...codeRef(caller.file, caller.row), note: how });
    return this.fromExpression(passed, passed.text, site + 1, passed, "expression");
  }
  /**
   * The caller is not in the stack (a goroutine's creation site is not a frame): one value its callers
   * hand to several calls (`go Stamp(opts, 1); go Stamp(opts, 2)`) is shared by all of them, maps and all.
   * The copy belongs at the top of the callee, where the parameter is bound.
   */
  fromSharedArgument(def, name2, fname, fn, site) {
    const shared = sharedArgument(this.siteFile(site), fname, def.index, this.rules);
    const body2 = fn.childForFieldName("body");
    if (!shared || !body2) return null;
    this.learnType(def.type);
    this.localBinding ??= {
      ref: codeRef(this.siteFile(site), rowOf(body2)),
      variable: name2,
      binding: "parameter",
      endLine: body2.startPosition.row + 1
    };
    for (const call of shared.calls)
      this.steps.push({
        ...codeRef(shared.file, rowOf(call)),
        note: `${shared.variable} passed to ${fname} here`
      });
    const node = shared.binding.node;
    const n = shared.calls.length;
    const how = n >= 2 ? `${n} calls of ${fname}` : `a call of ${fname} in a loop`;
    return {
      kind: "shared-argument",
      ref: codeRef(shared.file, rowOf(node)),
      note: `${shared.variable} is built once here and handed to ${how}: copies of a struct share its maps`,
      variable: shared.variable,
      binding: "expression",
      endLine: node.endPosition.row + 1,
      sharedBy: { callee: fname, calls: n }
    };
  }
  /**
   * A slice started empty (`toUpdate := []*T{}`) and filled by `toUpdate = append(toUpdate, s)` holds what was
   * appended: the first appended value that comes from a shared source is where its elements come from.
   */
  fromAppends(literal, name2, site) {
    const fn = enclosingFunction(literal);
    const body2 = literal.childForFieldName("body");
    if (!fn || literal.childForFieldName("type")?.type !== "slice_type" || body2 && namedChildren(body2).length)
      return null;
    for (const call of descendants(fn, "call_expression")) {
      if (call.childForFieldName("function")?.text !== "append") continue;
      const [into, ...values] = callArguments(call);
      if (into?.text !== name2) continue;
      for (const value of values) {
        const steps = this.steps.length;
        const origin = this.fromExpression(value, value.text, site, value, "expression");
        if (origin.kind !== "local" && (origin.kind !== "unknown" || origin.binding === "parameter")) {
          this.steps.splice(steps, 0, {
            ...codeRef(this.siteFile(site), rowOf(call)),
            note: `${value.text} is appended to ${name2} here`
          });
          return origin;
        }
        this.steps.length = steps;
      }
    }
    return null;
  }
  fromExpression(expr, name2, site, defNode, binding) {
    switch (expr.type) {
      case "parenthesized_expression": {
        const inner = namedChildren(expr)[0];
        return inner ? this.fromExpression(inner, name2, site, defNode, binding) : this.origin("unknown", site, defNode, "unreadable expression", name2);
      }
      case "call_expression":
        return this.fromCall(expr, name2, site, defNode, binding);
      case "composite_literal": {
        this.learnType(expr.childForFieldName("type"));
        const carried = site === 0 ? this.carriedValue(expr, name2) : null;
        if (carried) {
          this.aliasedMap = true;
          this.steps.push({
            ...codeRef(this.siteFile(site), rowOf(carried.value)),
            note: `${carried.value.text} is copied into ${name2}.${carried.key} here; its maps stay shared`
          });
          return this.fromExpression(carried.value, carried.value.text, site, carried.value, "expression");
        }
        const appended = binding === "assignment" ? this.fromAppends(expr, name2, site) : null;
        if (appended) return appended;
        return this.origin(
          "local",
          site,
          defNode,
          `${name2} is built here (a composite literal)`,
          name2,
          binding
        );
      }
      case "func_literal":
        return this.origin("local", site, defNode, `${name2} is a function literal`, name2, binding);
      case "unary_expression": {
        const operand = expr.childForFieldName("operand");
        if (!operand) return this.origin("unknown", site, defNode, "unreadable expression", name2);
        return this.fromExpression(operand, name2, site, defNode, binding);
      }
      case "identifier":
        if (/^(nil|true|false|iota)$/.test(expr.text))
          return this.origin("local", site, defNode, `${name2} is a constant`, name2, binding);
        return this.traceName(expr.text, expr, site);
      case "type_assertion_expression":
        this.derived = true;
        this.learnType(expr.childForFieldName("type"));
        return this.fromRoot(expr, name2, site, defNode, binding);
      case "selector_expression":
      case "index_expression":
      case "slice_expression":
        if (expr.type === "selector_expression" && this.rules.mapFields.test(expr.childForFieldName("field")?.text ?? "")) {
          this.aliasedMap = true;
        }
        if (expr.type === "index_expression") this.derived = true;
        return this.fromRoot(expr, name2, site, defNode, binding);
      default:
        if (/literal$/.test(expr.type))
          return this.origin("local", site, defNode, `${name2} is a literal`, name2, binding);
        return this.unknown(expr, name2, site, defNode, binding);
    }
  }
  /**
   * The element of the written variable's composite literal that the written field comes from, when it is
   * copied in from a variable rather than built: the field itself (`Headers: base.Headers`), or a struct
   * embedded by value whose field is promoted (`Config: proxyconf.Defaults`, when the literal's type embeds
   * `Config` and declares no such field of its own).
   */
  carriedValue(literal, name2) {
    const field = this.written?.name === name2 ? this.written.field : null;
    if (!field) return null;
    const typeName = baseTypeName(literal.childForFieldName("type"));
    const files = packageFiles(this.siteFile(0));
    const promoted = !!typeName && !ownField(files, typeName, field);
    const embedded = promoted && typeName ? embeddedTypes(files, typeName) : [];
    for (const element of namedChildren(literal.childForFieldName("body") ?? literal)) {
      if (element.type !== "keyed_element") continue;
      const [k, v] = namedChildren(element);
      const key3 = k?.text;
      const value = v && (namedChildren(v)[0] ?? v);
      if (!key3 || !value || value.type !== "identifier" && value.type !== "selector_expression") continue;
      if (key3 === field || embedded.includes(key3)) return { key: key3, value };
    }
    return null;
  }
  /** `lister.List()` with `lister listers.ServiceLister` a parameter or local: the declared type names it. */
  declaredListerType(call) {
    let operand = callReceiver(call);
    while (operand?.type === "call_expression") operand = callReceiver(operand);
    const fn = operand?.type === "identifier" ? enclosingFunction(operand) : null;
    if (!operand || !fn) return null;
    const def = latestDefinition(operand.text, fn, operand, this.rules);
    return def?.type ? typeFromLister(def.type.text) : null;
  }
  unknown(expr, name2, site, defNode, binding) {
    return this.origin("unknown", site, defNode, `cannot tell where ${expr.text} comes from`, name2, binding);
  }
  fromRoot(expr, name2, site, defNode, binding) {
    const file = this.siteFile(site);
    const root = rootOf(expr, file);
    if (!root) return this.unknown(expr, name2, site, defNode, binding);
    if (root.qualified) {
      return this.origin(
        "package-variable",
        site,
        defNode,
        `package-level variable ${root.name} used here`,
        root.name,
        binding
      );
    }
    const fn = enclosingFunction(expr);
    const recv = fn ? receiver(fn) : null;
    if (recv && recv.name === root.name && !sameNode(expr, root.node)) {
      return this.origin(
        "other",
        site,
        defNode,
        `taken from a field of the receiver (${expr.text}) here`,
        name2,
        binding
      );
    }
    return this.traceName(root.name, root.node, site);
  }
  fromCall(call, name2, site, defNode, binding) {
    const callee = calleeText(call);
    const full = call.text.replace(/\s+/g, "");
    const copy = this.rules.copies.find((rule) => rule.callee.test(callee));
    if (copy) {
      return this.origin("copy", site, defNode, copy.note, name2, binding);
    }
    if (/^(make|new)$/.test(callee)) {
      this.learnType(callArguments(call)[0]);
      return this.origin("local", site, defNode, `${name2} is made here`, name2, binding);
    }
    for (const link of methodChain(call)) {
      const linkCallee = calleeText(link);
      for (const rule of this.rules.sharedSources) {
        if (!rule.callee.test(linkCallee)) continue;
        if (rule.requires && !rule.requires.test(full)) continue;
        if (rule.unless?.test(full)) continue;
        this.objectType ??= typeFromLister(linkCallee) ?? sharedThroughField(link, this.siteFile(site), this.rules)?.objectType ?? this.declaredListerType(link) ?? null;
        const declared = cacheKinds.has(rule.kind) ? declaredSourceKind(link, this.siteFile(site)) : null;
        if (declared && cacheKinds.has(declared) && declared !== rule.kind) {
          const operand2 = callReceiver(link)?.text ?? "it";
          const note = `obtained from ${operand2}, a cache.${declared === "indexer" ? "Indexer" : "Store"} here (a pointer into the cache)`;
          return this.origin(declared, site, defNode, note, name2, binding);
        }
        return this.origin(rule.kind, site, defNode, rule.note, rule.variable ?? name2, binding);
      }
      if (this.rules.followArgument.test(calleeName(link))) {
        const arg = callArguments(link)[0];
        if (arg) return this.fromExpression(arg, arg.text, site, defNode, "expression");
      }
    }
    const viaOption = unsafeOptionArgument(call, this.siteFile(site), this.rules);
    if (viaOption) {
      this.steps.push(...viaOption.steps);
      return this.origin(viaOption.kind, site, defNode, viaOption.note, name2, binding);
    }
    const viaField = sharedThroughField(call, this.siteFile(site), this.rules);
    if (viaField) {
      this.steps.push(...viaField.steps);
      this.objectType ??= viaField.objectType;
      const handed = viaField.handedOver;
      if (handed) {
        const ref = { file: handed.file, line: handed.line, code: handed.code };
        return {
          kind: viaField.kind,
          ref,
          note: viaField.note,
          variable: name2,
          binding: "expression",
          endLine: handed.line
        };
      }
      return this.origin(viaField.kind, site, defNode, viaField.note, name2, binding);
    }
    const copyingRead = this.rules.copyingReads.find((rule) => rule.callee.test(callee));
    if (copyingRead && defNode.type === "call_expression" && callArguments(call).length >= 2)
      return this.origin("copy", site, defNode, copyingRead.note, name2, binding);
    const operand = callReceiver(call);
    if (operand && /^Get[A-Z]\w*$/.test(calleeName(call)) && callArguments(call).length === 0) {
      this.aliasedMap ||= this.rules.mapFields.test(calleeName(call));
      return this.fromRoot(operand, name2, site, defNode, binding);
    }
    const returned = callReceiver(call) ? null : returnedPackageVariable(calleeName(call), this.siteFile(site), this.rules);
    if (returned) {
      this.steps.push({
        ...codeRef(this.siteFile(site), rowOf(call)),
        note: `returned by ${callee}() here`
      });
      this.steps.push({
        ...codeRef(returned.file, rowOf(returned.ret)),
        note: `${callee} returns ${returned.name}`
      });
      this.learnType(returned.spec.childForFieldName("type"));
      return {
        kind: "package-variable",
        ref: codeRef(returned.file, rowOf(returned.spec)),
        note: `package-level variable ${returned.name} declared here`,
        variable: returned.name,
        binding: "expression",
        endLine: returned.spec.endPosition.row + 1
      };
    }
    const kind = callReceiver(call) ? "unknown" : "other";
    return this.origin(kind, site, defNode, `${name2} is returned by ${callee}(\u2026) here`, name2, binding);
  }
};
function returnedPackageVariable(name2, file, rules) {
  for (const f of packageFiles(file)) {
    const decl = descendants(f.root, "function_declaration").find((d) => functionName(d) === name2);
    const body2 = decl?.childForFieldName("body");
    if (!decl || !body2) continue;
    const returns = descendants(body2, "return_statement").filter((r) => sameNode(enclosingFunction(r), decl));
    const named = returns.map((r) => {
      const values = namedChildren(r).flatMap((n) => n.type === "expression_list" ? namedChildren(n) : [n]);
      const value = values.length === 1 ? values[0] : void 0;
      const operand = value?.type === "unary_expression" ? value.childForFieldName("operand") : value;
      return operand?.type === "identifier" ? operand.text : null;
    });
    const first = named[0];
    const ret = returns[0];
    if (!first || !ret || named.some((n) => n !== first)) return null;
    if (latestDefinition(first, decl, ret, rules)) return null;
    const own = packageVariable(f, first);
    if (own) return { name: first, file: f, spec: own, ret };
    const elsewhere = packageVariableElsewhere(f, first);
    return elsewhere ? { name: first, file: elsewhere.file, spec: elsewhere.spec, ret } : null;
  }
  return null;
}
var cacheKinds = /* @__PURE__ */ new Set(["store", "indexer"]);
function methodChain(call) {
  const chain = [];
  for (let link = call; link?.type === "call_expression"; link = callReceiver(link))
    chain.push(link);
  return chain;
}
function traceVariable(name2, at, sites, rules) {
  const tracer = new Tracer(sites, rules);
  const selector = at.parent?.type === "selector_expression" ? at.parent : null;
  const field = selector && sameNode(selector.childForFieldName("operand"), at) ? selector.childForFieldName("field") : null;
  tracer.written = { name: name2, field: field?.text ?? null };
  const first = sites[0];
  if (first && name2.includes(".")) {
    return tracer.finish({
      kind: "package-variable",
      ref: codeRef(first.file, rowOf(at)),
      note: `package-level variable ${name2} used here`,
      variable: name2,
      binding: "expression",
      endLine: at.endPosition.row + 1
    });
  }
  return tracer.finish(tracer.traceName(name2, at, 0));
}

// src/analyze/stack.ts
function frameFunctionName(func2) {
  const parts2 = func2.replace(/^.*\//, "").replace(/\[[^\]]*\]/g, "").replace(/-fm$/, "").split(".");
  const named = parts2.filter((p) => p && !/^(func|gowrap|deferwrap)?\d+$/.test(p) && !p.startsWith("("));
  return parts2.length > 1 ? named[named.length - 1] ?? null : null;
}
function frameMatches(file, row, func2) {
  const name2 = frameFunctionName(func2);
  if (!name2 || name2 === "init" || /^glob$/.test(name2)) return true;
  if (row >= file.lines.length) return false;
  for (let fn = functionAt(file, row); fn; fn = enclosingFunction(fn)) {
    if (functionName(fn) === name2) return true;
  }
  return false;
}
function unreadable(stack) {
  const stale = stack.stale[0];
  if (stale)
    return `the source does not match the log: ${stale} (the source is another commit than the one that crashed)`;
  const missing = stack.missing[0];
  return missing ? `source for ${missing} not found under the source root` : null;
}
function isRepoFrame(frame) {
  return frame.kind === "repo" && typeof frame.repoPath === "string" && frame.line > 0;
}
async function loadStack(frames, sources) {
  const out2 = { sites: [], missing: [], stale: [] };
  for (const frame of frames) {
    if (!isRepoFrame(frame)) continue;
    const file = await sources.file(frame.repoPath);
    if (file) {
      await sources.packageOf(frame.repoPath);
      await loadConstructorCallers(file, sources);
    }
    if (!file) {
      if (!out2.missing.includes(frame.repoPath)) out2.missing.push(frame.repoPath);
      continue;
    }
    if (!frameMatches(file, frame.line - 1, frame.func)) {
      out2.stale.push(`${frame.repoPath}:${frame.line} is not in ${frameFunctionName(frame.func)}`);
      continue;
    }
    out2.sites.push({ file, row: frame.line - 1 });
  }
  return out2;
}
function firstRepoFrame(frames) {
  return frames?.find(isRepoFrame);
}
function shortFunc2(func2) {
  return func2.replace(/^.*\//, "");
}
async function frameEvidence(frame, note, sources) {
  const file = isRepoFrame(frame) ? await sources.file(frame.repoPath) : null;
  const code2 = file?.lines[frame.line - 1]?.trim() ?? "";
  return { file: frame.repoPath ?? frame.file, line: frame.line, code: code2, note };
}

// src/analyze/faulting-line.ts
var indexPanic = /index out of range|slice bounds out of range/;
function isFaultingRead(kind, headline) {
  return kind === "nil-deref" || kind === "panic" && indexPanic.test(headline);
}
function outermost(fn, row, types) {
  const onRow2 = descendants(fn, types).filter((n) => n.startPosition.row === row);
  return onRow2.sort((a, b) => b.text.length - a.text.length)[0] ?? null;
}
async function diagnoseFaultingRead({ finding, sources, rules }) {
  const frames = belowLastPanic(finding.fault.crashing?.frames ?? finding.frames);
  const stack = await loadStack(frames, sources);
  const site = stack.sites[0];
  if (!site) {
    return { culprit: null, reason: unreadable(stack) ?? "no repository frame to read" };
  }
  const fn = functionAt(site.file, site.row);
  const index = finding.kind === "panic";
  const node = fn && outermost(fn, site.row, index ? ["index_expression", "slice_expression"] : ["selector_expression"]);
  const root = node ? rootOf(node, site.file) : null;
  if (!node || !root)
    return { culprit: null, reason: `no ${index ? "index" : "dereference"} found on the faulting line` };
  const what = index ? `${node.text} is out of range` : `${node.text} dereferences a nil pointer`;
  const write2 = { kind: "faulting-read", node, row: site.row, root, map: false, what };
  const provenance = traceVariable(root.name, root.node, stack.sites, rules);
  const candidate2 = { write: write2, sites: stack.sites, provenance, atFrame: true };
  const culprit = buildCulprit({ candidate: candidate2, faultKind: finding.kind, confidence: 0.7, context: [], rules });
  if (isKnownShared(candidate2)) culprit.objectSource = null;
  return { culprit };
}

// src/analyze/writes.ts
var mapKinds = /* @__PURE__ */ new Set(["map-index", "map-delete", "map-clear", "setter", "registration"]);
function write(kind, node, target, file, what) {
  const root = rootOf(target, file);
  if (!root) return null;
  return { kind, node, row: rowOf(node), root, map: mapKinds.has(kind), what };
}
function assignmentWrites(node, file) {
  const out2 = [];
  const left = namedChildren(node.childForFieldName("left") ?? node);
  const right = namedChildren(node.childForFieldName("right") ?? node);
  left.forEach((target, i2) => {
    if (target.type === "index_expression") {
      const map = target.childForFieldName("operand");
      if (!map) return;
      const w = write("map-index", node, map, file, `index assignment into ${map.text}`);
      if (w) out2.push(w);
    } else if (target.type === "selector_expression") {
      const value = right[i2];
      const appended = value?.type === "call_expression" && calleeName(value) === "append" && callArguments(value)[0]?.text === target.text;
      const operand = target.childForFieldName("operand");
      if (!operand) return;
      const w = appended ? write("append", node, operand, file, `append into ${target.text}`) : write("field", node, operand, file, `assignment to ${target.text}`);
      if (w) out2.push({ ...w, fieldPath: selectorPath(target) });
    }
  });
  return out2;
}
function callWrite(call, file, rules) {
  const name2 = calleeName(call);
  const args2 = callArguments(call);
  if ((name2 === "delete" || name2 === "clear") && !callReceiver(call) && args2[0]) {
    return write(
      name2 === "delete" ? "map-delete" : "map-clear",
      call,
      args2[0],
      file,
      `${name2}(${args2[0].text}, \u2026)`
    );
  }
  const receiverNode = callReceiver(call);
  if (receiverNode && rules.receiverWriters.test(name2)) {
    const kind = /^Add|^SetVersionPriority$/.test(name2) ? "registration" : "setter";
    return write(kind, call, receiverNode, file, `${receiverNode.text}.${name2}(\u2026)`);
  }
  const callee = calleeText(call);
  for (const rule of rules.argumentWriters) {
    const target = args2[rule.argument];
    if (target && rule.callee.test(callee)) {
      const kind = /AddToScheme$/.test(callee) ? "registration" : "setter";
      const w = write(kind, call, target, file, `${callee}(\u2026): ${rule.note}`);
      if (w) return w;
    }
  }
  return null;
}
function writesIn(scope, file, rules) {
  const out2 = [];
  for (const node of descendants(scope, [
    "assignment_statement",
    "inc_statement",
    "dec_statement",
    "call_expression"
  ])) {
    if (node.type === "assignment_statement") out2.push(...assignmentWrites(node, file));
    else if (node.type === "call_expression") {
      const w = callWrite(node, file, rules);
      if (w) out2.push(w);
    } else {
      const target = namedChildren(node)[0];
      const operand = target?.type === "index_expression" ? target.childForFieldName("operand") : target;
      const kind = target?.type === "index_expression" ? "map-index" : "field";
      const w = operand && target?.type !== "identifier" ? write(kind, node, operand, file, `${target?.text}++/--`) : null;
      if (w) out2.push(w);
    }
  }
  return out2.sort((a, b) => a.node.startIndex - b.node.startIndex);
}
function writesAtRow(fn, row, file, rules) {
  const all = writesIn(fn, file, rules).filter((w) => containsRow(w.node, row));
  const starting = all.filter((w) => w.row === row);
  return starting.length ? starting : all;
}
function callTargetAtRow(fn, row, file, why) {
  for (const call of descendants(fn, "call_expression")) {
    if (call.startPosition.row !== row) continue;
    const target = callReceiver(call) ?? callArguments(call)[0];
    const root = target ? rootOf(target, file) : null;
    if (root)
      return { kind: "setter", node: call, row, root, map: true, what: `${calleeText(call)}(\u2026), ${why}` };
  }
  return null;
}

// src/analyze/candidates.ts
function writeRef(c) {
  const file = c.sites[0]?.file;
  return file ? codeRef(file, c.write.row) : { file: "", line: c.write.row + 1, code: "" };
}
function candidate(found, foundSites, rules, atFrame, via) {
  const { write: write2, sites } = found.kind === "registration" ? handedOver(found, foundSites, rules) : { write: found, sites: foundSites };
  const provenance = traceVariable(write2.root.name, write2.root.node, sites, rules);
  const local = provenance.localBinding;
  if (write2.map && provenance.origin.kind === "package-variable" && local && local.variable !== provenance.origin.variable)
    provenance.aliasedMap = true;
  return { write: write2, sites, provenance, atFrame, ...via ? { via } : {} };
}
function searchedCandidate(write2, sites, rules) {
  return candidate(write2, sites, rules, false);
}
function writesAtSite(sites, rules) {
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  if (!site || !fn) return [];
  return writesAtRow(fn, site.row, site.file, rules).map((w) => candidate(w, sites, rules, true));
}
var maxCalleeDepth = 2;
function mapWritesAlongStack(sites, rules) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (c) => {
    const key3 = `${c.sites[0]?.file.path}:${c.write.row}:${c.write.root.name}`;
    if (c.write.map && !seen.has(key3)) {
      seen.add(key3);
      out2.push(c);
    }
  };
  sites.forEach((site, i2) => {
    const fn = functionAt(site.file, site.row);
    if (!fn) return;
    const outer = sites.slice(i2 + 1);
    for (const w of writesIn(fn, site.file, rules)) {
      add(candidate(w, [{ file: site.file, row: w.row }, ...outer], rules, w.row === site.row));
    }
    const visited = /* @__PURE__ */ new Set([fn.id]);
    const walk = (caller, callerSites, depth) => {
      if (depth > maxCalleeDepth) return;
      for (const call of descendants(caller, "call_expression")) {
        const callee = sameFileCallee(call, caller, site.file.root);
        if (!callee || visited.has(callee.id)) continue;
        visited.add(callee.id);
        const callSite = { file: site.file, row: rowOf(call) };
        const via = { ...callSite, callee: functionName(callee) ?? "" };
        for (const w of writesIn(callee, site.file, rules)) {
          add(candidate(w, [{ file: site.file, row: w.row }, callSite, ...callerSites], rules, false, via));
        }
        walk(callee, [callSite, ...callerSites], depth + 1);
      }
    };
    walk(fn, outer, 1);
  });
  return out2;
}
function sameFileCallee(call, caller, root) {
  const name2 = calleeName(call);
  const operand = callReceiver(call);
  const callerFn = caller.type === "func_literal" ? null : caller;
  const recv = callerFn ? receiver(callerFn) : null;
  const isMethodOfReceiver = operand?.type === "identifier" && recv?.name === operand.text;
  if (operand && !isMethodOfReceiver) return null;
  for (const decl of descendants(root, operand ? "method_declaration" : "function_declaration")) {
    if (functionName(decl) === name2) return decl;
  }
  return null;
}
function libraryWrite(frames, sites, rules) {
  const firstRepo = frames.findIndex(isRepoFrame);
  const library = frames.slice(0, Math.max(0, firstRepo)).filter((f) => f.kind === "dependency" || f.kind === "stdlib");
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  if (!library.length || !site || !fn) return null;
  const lazy = library.some((f) => rules.lazyRegistrationFrames.test(f.func));
  const why = `${lazy ? "which registers types into its scheme" : "which writes inside a library"}: ${libraryPath(library)}`;
  const write2 = callTargetAtRow(fn, site.row, site.file, why);
  if (!write2) return null;
  return { candidate: candidate(write2, sites, rules, true), guessed: !lazy };
}
function handedOver(write2, sites, rules) {
  let current = { write: write2, sites };
  while (current.sites.length > 1) {
    const [site, caller] = current.sites;
    const { root } = current.write;
    const fn = functionAt(site.file, site.row);
    const name2 = fn && functionName(fn);
    if (!fn || !name2 || root.qualified) break;
    const def = latestDefinition(root.name, fn, root.node, rules);
    if (def?.kind !== "parameter") break;
    const callerFn = functionAt(caller.file, caller.row);
    const call = callerFn ? descendants(callerFn, "call_expression").find(
      (c) => c.startPosition.row <= caller.row && caller.row <= c.endPosition.row && calleeName(c) === name2
    ) : void 0;
    const arg = call && callArguments(call)[def.index];
    const passed = arg && rootOf(arg, caller.file);
    if (!call || !passed) break;
    const row = rowOf(call);
    current = {
      write: {
        ...current.write,
        node: call,
        row,
        root: passed,
        what: `${calleeText(call)}(\u2026) \u2192 ${current.write.what}`
      },
      sites: [{ file: caller.file, row }, ...current.sites.slice(2)]
    };
  }
  return current;
}
function libraryPath(library) {
  const short = (f) => f.func.replace(/^.*\//, "");
  const writer = library[0];
  const entry = library[library.length - 1];
  if (!writer || !entry) return "";
  return writer === entry ? short(writer) : `${short(entry)} \u2192 ${short(writer)}`;
}

// src/analyze/dump-writers.ts
var maxStacks = 64;
function distinctStacks(goroutines) {
  const seen = /* @__PURE__ */ new Set();
  const out2 = [];
  for (const g of goroutines) {
    const key3 = g.frames.filter(isRepoFrame).map((f) => `${f.repoPath}:${f.line}`).join(" ");
    if (!key3 || seen.has(key3)) continue;
    seen.add(key3);
    out2.push(g);
    if (out2.length >= maxStacks) break;
  }
  return out2;
}
async function dumpWriters(goroutines, sources, rules) {
  const out2 = { candidates: [], missing: [], stale: [] };
  for (const g of distinctStacks(goroutines)) {
    const stack = await loadStack(g.frames, sources);
    out2.missing.push(...stack.missing);
    out2.stale.push(...stack.stale);
    if (stack.sites.length) out2.candidates.push(...mapWritesAlongStack(stack.sites, rules));
  }
  return out2;
}

// src/repo/mentions.ts
var defaultMentionLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxMs: 5e3,
  concurrency: 8
};
function withoutLineComment(line) {
  let quote = null;
  for (let i2 = 0; i2 < line.length; i2++) {
    const ch = line[i2];
    if (quote) {
      if (ch === "\\" && quote !== "`") i2++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "/" && line[i2 + 1] === "/") return line.slice(0, i2);
  }
  return line;
}
function escapeRegExp2(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
async function findMentions(reader, needles, ignore, limits = defaultMentionLimits) {
  const scan = reader.scan?.bind(reader);
  const none = (why) => ({
    complete: false,
    incomplete: why,
    filesSearched: 0,
    mentions: []
  });
  if (!scan) return none("the source reader cannot read every file");
  const listing = await repoIndexFor(reader).listing();
  if (!listing) return none("the source reader cannot list files");
  if (listing.truncated) return none("the listing of the repository was cut short");
  const patterns = needles.map((n) => ({
    needle: n.text,
    test: n.word ? new RegExp(`(^|[^\\w])${escapeRegExp2(n.text)}($|[^\\w])`) : null
  }));
  const found = /* @__PURE__ */ new Map();
  let incomplete;
  let searched = 0;
  let bytes = 0;
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < listing.files.length && !incomplete && found.size < patterns.length) {
      const file = listing.files[next++];
      if (!file) continue;
      const text2 = await scan(file.path).catch(() => null);
      if (text2 === null) {
        incomplete = `${file.path} could not be read`;
        return;
      }
      searched++;
      bytes += text2.length;
      if (bytes > limits.maxBytes || Date.now() - started > limits.maxMs) {
        incomplete = "the search ran out of its time or bytes budget";
        return;
      }
      const present = patterns.filter((p) => !found.has(p.needle) && text2.includes(p.needle));
      if (!present.length) continue;
      text2.split("\n").forEach((raw, row) => {
        if (ignore(file.path, row + 1)) return;
        const code2 = withoutLineComment(raw);
        for (const p of present) {
          if (found.has(p.needle) || !code2.includes(p.needle)) continue;
          if (p.test && !p.test.test(code2)) continue;
          found.set(p.needle, { path: file.path, line: row + 1, needle: p.needle });
        }
      });
    }
  };
  await Promise.all(Array.from({ length: limits.concurrency }, worker));
  const mentions = [...found.values()];
  return {
    complete: !incomplete,
    ...incomplete && { incomplete },
    filesSearched: searched,
    mentions
  };
}

// src/analyze/unread-write.ts
function acceptsOrigin(candidate2, rules) {
  const kind = candidate2.provenance.origin.kind;
  return rules.fixes.some(
    (r) => r.unread && r.fix === "remove-write" && (!r.origins || r.origins.some((o) => o === kind))
  );
}
async function unreadWrite(candidate2, sources, rules) {
  const { write: write2, provenance } = candidate2;
  const site = candidate2.sites[0];
  if (!site || write2.kind !== "map-index" || !acceptsOrigin(candidate2, rules)) return null;
  if (!sources.reader.scan) return null;
  const file = site.file;
  const statement = write2.node;
  if (statement.type !== "assignment_statement" || statement.childForFieldName("operator")?.text !== "=")
    return null;
  const left = namedChildren(statement.childForFieldName("left") ?? statement);
  const target = left[0];
  if (left.length !== 1 || target?.type !== "index_expression") return null;
  const mapNode = target.childForFieldName("operand");
  const keyNode = target.childForFieldName("index");
  const fn = functionAt(file, write2.row);
  if (!mapNode || !keyNode || !fn) return null;
  const { origin } = provenance;
  if (origin.ref.file !== file.path || origin.ref.line - 1 < rowOf(fn) || origin.ref.line - 1 > fn.endPosition.row)
    return null;
  const written = plainSelector(mapNode);
  if (!written) return null;
  await sources.packageOf(file.path);
  const key3 = keyOf(keyNode, fn, file, rules);
  if (!key3) return null;
  const guard = guardBefore(statement, mapNode);
  const first = guard ?? statement;
  if (!ownLines(first, statement, file)) return null;
  const removal = {
    start: rowOf(first),
    end: statement.endPosition.row,
    nodes: guard ? [guard, statement] : [statement]
  };
  if (!staysUnseen(fn, written.root, written.path, removal.nodes, statement, file)) return null;
  const ignore = (path, line) => path === file.path && line - 1 >= removal.start && line - 1 <= removal.end || !!key3.declaration && path === key3.declaration.file.path && line - 1 >= rowOf(key3.declaration.node) && line - 1 <= key3.declaration.node.endPosition.row;
  const needles = [
    { text: key3.text },
    ...key3.constant ? [{ text: key3.constant, word: true }] : []
  ];
  const search = await findMentions(sources.reader, needles, ignore);
  if (!search.complete || search.mentions.length) return null;
  const leftUnused = unusedAfterRemoval(fn, removal, file, rules);
  const lines = file.lines.slice(removal.start, removal.end + 1).map((l) => l.replace(/\r$/, ""));
  const declared = key3.declaration ? codeRef(key3.declaration.file, rowOf(key3.declaration.node)) : codeRef(file, write2.row);
  const named = key3.constant ? `${key3.constant} (${key3.text})` : key3.text;
  return {
    variable: origin.variable,
    functionName: functionName(fn),
    key: key3.text,
    keyConstant: key3.constant,
    map: mapNode.text,
    withGuard: !!guard,
    edit: leftUnused.length ? null : { file: file.path, afterLine: removal.start, insert: [], remove: lines },
    leftUnused,
    evidence: {
      ...declared,
      note: `the key ${named}: no other line of the repository's Go code reads it (${search.filesSearched} files searched)`
    }
  };
}
function plainSelector(node) {
  const path = [];
  let at = node;
  while (at?.type === "selector_expression") {
    path.unshift(at.childForFieldName("field")?.text ?? "");
    at = at.childForFieldName("operand");
  }
  return at?.type === "identifier" ? { root: at.text, path } : null;
}
function keyOf(node, fn, file, rules) {
  const literal = stringValue(node);
  if (literal !== null) return { text: literal, constant: null, declaration: null };
  if (node.type !== "identifier" || /^[A-Z]/.test(node.text)) return null;
  if (latestDefinition(node.text, fn, node, rules)) return null;
  for (const other of packageFiles(file)) {
    for (const spec of descendants(other.root, "const_spec")) {
      if (spec.parent?.parent?.type !== "source_file" && spec.parent?.type !== "source_file") continue;
      const names = spec.childrenForFieldName("name").filter((n) => !!n);
      const index = names.findIndex((n) => n.text === node.text);
      if (index < 0) continue;
      const values = namedChildren(spec.childForFieldName("value") ?? spec);
      const value = values[index];
      const text2 = value && names.length === values.length ? stringValue(value) : null;
      return text2 === null ? null : { text: text2, constant: node.text, declaration: { file: other, node: spec } };
    }
  }
  return null;
}
function stringValue(node) {
  if (node.type === "raw_string_literal") return node.text.slice(1, -1);
  if (node.type !== "interpreted_string_literal" || node.text.includes("\\")) return null;
  return node.text.slice(1, -1);
}
function guardBefore(statement, mapNode) {
  const previous = statement.previousNamedSibling;
  if (previous?.type !== "if_statement" || previous.endPosition.row + 1 !== statement.startPosition.row)
    return null;
  if (previous.childForFieldName("initializer") || previous.childForFieldName("alternative")) return null;
  const m = mapNode.text.replace(/\s+/g, "");
  const condition = previous.childForFieldName("condition");
  const sides = condition?.type === "binary_expression" ? [condition.childForFieldName("left"), condition.childForFieldName("right")] : [];
  const compared = sides.map((s) => s?.text.replace(/\s+/g, ""));
  if (condition?.childForFieldName("operator")?.text !== "==" || !compared.includes(m) || !compared.includes("nil"))
    return null;
  const body2 = descendants(previous.childForFieldName("consequence") ?? previous, "assignment_statement");
  const only = body2[0];
  const statements = namedChildren(previous.childForFieldName("consequence") ?? previous).flatMap(
    (c) => c.type === "statement_list" ? namedChildren(c) : [c]
  );
  if (body2.length !== 1 || statements.length !== 1 || !only) return null;
  const assigned = namedChildren(only.childForFieldName("left") ?? only).map(
    (n) => n.text.replace(/\s+/g, "")
  );
  const value = namedChildren(only.childForFieldName("right") ?? only)[0]?.text.replace(/\s+/g, "") ?? "";
  const fresh = /^(make\(map\[|map\[.*\{\}$)/.test(value);
  return assigned.length === 1 && assigned[0] === m && fresh ? previous : null;
}
function ownLines(first, last, file) {
  const parent = last.parent?.type;
  if (parent !== "statement_list" && parent !== "block") return false;
  const before = (file.lines[first.startPosition.row] ?? "").slice(0, first.startPosition.column);
  const after = (file.lines[last.endPosition.row] ?? "").slice(last.endPosition.column);
  return before.trim() === "" && /^\s*(\/\/.*)?\r?$/.test(after);
}
var metadataHolders = /^(ObjectMeta|GetObjectMeta)$/;
function staysUnseen(fn, root, path, removed, write2, file) {
  const paths = /* @__PURE__ */ new Map([[root, path]]);
  const bindings = bindingsIn(fn);
  for (let changed = true; changed; ) {
    changed = false;
    for (const b of bindings) {
      const leftPath = paths.get(b.name);
      const from = chainOf(b.value);
      if (!from || file.imports.has(from.root)) continue;
      if (leftPath !== void 0 && !paths.has(from.root)) {
        paths.set(
          from.root,
          from.indexed || b.range || leftPath === null ? null : [...from.fields, ...leftPath]
        );
        changed = true;
      } else if (leftPath === void 0 && paths.has(from.root)) {
        const rootPath = paths.get(from.root) ?? null;
        if (rootPath && !from.indexed && !b.range && diverges(from.fields, rootPath)) continue;
        paths.set(b.name, rootPath && !from.indexed && !b.range ? rootPath.slice(from.fields.length) : null);
        changed = true;
      }
    }
  }
  const results = fn.childForFieldName("result");
  if (results && descendants(results, "identifier").some((n) => paths.has(n.text))) return false;
  const loop = enclosingLoop(write2, fn);
  const bindingNodes = bindings.flatMap((b) => [b.nameNode, ...b.value ? [b.value] : []]);
  for (const ref of descendants(fn, "identifier")) {
    const p = paths.get(ref.text);
    if (p === void 0 || removed.some((r) => within(ref, r))) continue;
    if (bindingNodes.some((b) => within(ref, b) && (sameNode(b, ref) || chainOf(b)?.rootNode.id === ref.id)))
      continue;
    if (isParameterName(ref, fn)) continue;
    if (!sameNode(enclosingFunction(ref), fn) || insideDeferOrGo(ref, fn)) return false;
    const after = ref.startIndex > write2.endIndex || !!loop && within(ref, loop);
    if (p === null) return false;
    if (beside(ref, p)) continue;
    if (after || !pureMapRead(ref, p)) return false;
  }
  return true;
}
function bindingsIn(fn) {
  const out2 = [];
  for (const node of descendants(fn, [
    "short_var_declaration",
    "assignment_statement",
    "range_clause",
    "var_spec"
  ])) {
    if (node.type === "var_spec") {
      const names = node.childrenForFieldName("name").filter((n) => !!n);
      const values2 = namedChildren(node.childForFieldName("value") ?? node);
      names.forEach((n, i2) => {
        const value = names.length === values2.length ? values2[i2] ?? null : null;
        out2.push({ name: n.text, nameNode: n, value, range: false });
      });
      continue;
    }
    if (node.type === "assignment_statement" && node.childForFieldName("operator")?.text !== "=") continue;
    const lefts = namedChildren(node.childForFieldName("left") ?? node);
    const right = node.childForFieldName("right");
    const values = right?.type === "expression_list" ? namedChildren(right) : right ? [right] : [];
    lefts.forEach((n, i2) => {
      if (n.type !== "identifier") return;
      const range = node.type === "range_clause";
      const value = range ? i2 === lefts.length - 1 && lefts.length > 1 ? right ?? null : null : lefts.length === values.length ? values[i2] ?? null : null;
      out2.push({ name: n.text, nameNode: n, value, range });
    });
  }
  return out2;
}
function chainOf(node) {
  const fields = [];
  let indexed = false;
  let at = node;
  while (at) {
    switch (at.type) {
      case "identifier":
        return /^(nil|true|false|iota)$/.test(at.text) ? null : { root: at.text, rootNode: at, fields, indexed };
      case "selector_expression":
        fields.unshift(at.childForFieldName("field")?.text ?? "");
        at = at.childForFieldName("operand");
        break;
      case "index_expression":
      case "slice_expression":
        indexed = true;
        fields.length = 0;
        at = at.childForFieldName("operand");
        break;
      case "type_assertion_expression":
      case "unary_expression":
        at = at.childForFieldName("operand");
        break;
      case "parenthesized_expression":
        at = namedChildren(at)[0] ?? null;
        break;
      default:
        return null;
    }
  }
  return null;
}
function diverges(fields, path) {
  for (let i2 = 0; i2 < fields.length; i2++) {
    const f = fields[i2] ?? "";
    if (metadataHolders.test(f)) return false;
    if (i2 >= path.length) return false;
    if (f !== path[i2]) return true;
  }
  return false;
}
function beside(ref, path) {
  const fields = [];
  let top = ref;
  while (top.parent?.type === "selector_expression" && sameNode(top.parent.childForFieldName("operand"), top)) {
    fields.push(top.parent.childForFieldName("field")?.text ?? "");
    top = top.parent;
    if (diverges(fields, path)) {
      const call = top.parent;
      return !(call?.type === "call_expression" && sameNode(call.childForFieldName("function"), top));
    }
  }
  return false;
}
function pureMapRead(ref, path) {
  let top = ref;
  for (const field of path) {
    const up2 = top.parent;
    if (up2?.type !== "selector_expression" || up2.childForFieldName("field")?.text !== field) return false;
    top = up2;
  }
  const up = top.parent;
  if (!up) return false;
  if (up.type === "binary_expression")
    return ["==", "!="].includes(up.childForFieldName("operator")?.text ?? "") && /\bnil\b/.test(up.text);
  if (up.type === "argument_list") return up.parent?.childForFieldName("function")?.text === "len";
  if (up.type === "index_expression" && sameNode(up.childForFieldName("operand"), top)) {
    const assigned = up.parent?.type === "expression_list" && up.parent.parent?.type === "assignment_statement" && sameNode(up.parent.parent.childForFieldName("left"), up.parent);
    return !assigned && up.parent?.type !== "unary_expression";
  }
  return false;
}
function enclosingLoop(node, fn) {
  let loop = null;
  for (let up = node.parent; up && !sameNode(up, fn); up = up.parent)
    if (up.type === "for_statement") loop = up;
  return loop;
}
function insideDeferOrGo(ref, fn) {
  for (let up = ref.parent; up && !sameNode(up, fn); up = up.parent)
    if (up.type === "defer_statement" || up.type === "go_statement") return true;
  return false;
}
function isParameterName(ref, fn) {
  const params = fn.childForFieldName("parameters");
  return !!params && within(ref, params);
}
function unusedAfterRemoval(fn, removal, file, rules) {
  const removed = (n) => removal.nodes.some((r) => within(n, r));
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const id of removal.nodes.flatMap((r) => descendants(r, "identifier"))) {
    if (seen.has(id.text)) continue;
    seen.add(id.text);
    const def = latestDefinition(id.text, fn, id, rules);
    if (def) {
      if (def.kind !== "value" && def.kind !== "range") continue;
      const used = descendants(fn, "identifier").some(
        (n) => n.text === id.text && !removed(n) && !isBindingLeft(n)
      );
      if (!used) out2.push(`\`${id.text}\``);
    } else if (file.imports.has(id.text) && id.parent?.type === "selector_expression") {
      const used = descendants(file.root, "identifier").some(
        (n) => n.text === id.text && !removed(n) && n.parent?.type === "selector_expression"
      );
      const typeUse = descendants(file.root, "package_identifier").some((n) => n.text === id.text);
      if (!used && !typeUse) out2.push(`the \`${id.text}\` import`);
    }
  }
  return out2;
}
function isBindingLeft(n) {
  const list2 = n.parent;
  const statement = list2?.type === "expression_list" ? list2.parent : null;
  if (!statement || !["short_var_declaration", "assignment_statement", "range_clause"].includes(statement.type))
    return false;
  return sameNode(statement.childForFieldName("left"), list2);
}

// src/analyze/range-copy.ts
function leftNames(clause) {
  const left = clause.childForFieldName("left");
  if (!left) return [];
  return left.type === "expression_list" ? namedChildren(left) : [left];
}
function throughRangeCopy(w, fn, file, rules) {
  if (w.kind !== "field" || !fn) return w;
  const clause = descendants(fn, "range_clause").find(
    (c) => leftNames(c)[1]?.text === w.root.name && within(w.node, c.parent ?? c)
  );
  const ranged = clause?.childForFieldName("right");
  const loop = clause?.parent;
  if (!clause || !loop || ranged?.type !== "selector_expression") return w;
  const value = w.root.name;
  return writesIn(loop, file, rules).find((store) => {
    if (store.kind === "field" || store.node.type !== "assignment_statement") return false;
    const target = namedChildren(store.node.childForFieldName("left") ?? store.node)[0];
    const source = namedChildren(store.node.childForFieldName("right") ?? store.node)[0];
    return target?.type === "index_expression" && target.childForFieldName("operand")?.text === ranged.text && source?.text === value;
  }) ?? null;
}

// src/analyze/writer-search.ts
var defaultSearchLimits = { maxParsed: 150, maxFetched: 60, top: 3 };
var metadataMaps = ["Labels", "Annotations", "Finalizers"];
var workerNames = /^(sync|reconcile|process|handle|worker|run)/i;
function dirDistance(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return x.length - common + (y.length - common);
}
function writesFieldPath(write2, read) {
  const endsWith = (a, b) => b.length <= a.length && b.every((f, i2) => a[a.length - b.length + i2] === f);
  const prefix = write2.length < read.length && write2.every((f, i2) => read[i2] === f);
  return endsWith(write2, read) || endsWith(read, write2) || prefix;
}
function writesName(w, reader, pvDir, file) {
  if (reader.alteredFields)
    return reader.alteredFields.some((f) => new RegExp(`\\.${f}\\b|\\bSet${f}\\(`).test(w.what));
  if (reader.fieldPath) return !w.map && !!w.fieldPath && writesFieldPath(w.fieldPath, reader.fieldPath);
  if (!w.map) return false;
  const pv = reader.packageVariable;
  if (pv) {
    if (w.root.qualified) return w.root.name.endsWith(`.${pv.name}`);
    return w.root.name === pv.name && !w.root.field && dirOf(file.path) === pvDir;
  }
  const fields = reader.field ? [reader.field] : metadataMaps;
  return fields.some((f) => new RegExp(`\\.${f}\\b|\\bSet${f}\\(`).test(w.what));
}
function concurrencyOf(c, fn, file) {
  const origin = c.provenance.origin;
  if (origin.kind === "informer-handler") {
    return { file, row: c.write.row, note: "an informer event handler: runs on the informer's goroutine" };
  }
  for (let f = fn; f; f = enclosingFunction(f)) {
    if (f.type === "func_literal" && f.parent?.parent?.type === "go_statement")
      return { file, row: rowOf(f), note: "runs in a goroutine started here" };
  }
  let outer = fn;
  while (outer && outer.type === "func_literal") outer = enclosingFunction(outer);
  const name2 = outer ? functionName(outer) : null;
  if (!name2) return null;
  if (file.path.endsWith("_test.go") && descendants(outer ?? file.root, "call_expression").some((call) => calleeName(call) === "Parallel"))
    return { file, row: rowOf(outer ?? file.root), note: "a parallel test (t.Parallel)" };
  for (const other of packageFiles(file)) {
    for (const go of descendants(other.root, "go_statement")) {
      if (new RegExp(`\\b${name2}\\(`).test(go.text))
        return { file: other, row: rowOf(go), note: `${name2} is started as a goroutine here` };
    }
  }
  if (workerNames.test(name2))
    return { file, row: rowOf(outer ?? file.root), note: `${name2} is a controller sync/worker function` };
  return null;
}
async function packageDir(pkg, index) {
  const listing = pkg ? await index.listing() : null;
  if (!pkg || !listing) return null;
  let best = null;
  for (const f of listing.files) {
    const dir = dirOf(f.path);
    if ((pkg === dir || pkg.endsWith(`/${dir}`)) && dir.length > (best?.length ?? -1)) best = dir;
  }
  return best;
}
async function namingType(paths, type, reader) {
  if (!reader.scan) return { paths, left: 0 };
  const word = new RegExp(`\\b${type}\\b`);
  const naming = [];
  for (const path of paths) if ((await reader.scan(path).catch(() => null))?.match(word)) naming.push(path);
  return naming.length ? { paths: naming, left: paths.length - naming.length } : { paths, left: 0 };
}
function calledFromStack(fnName, stack) {
  if (!fnName) return null;
  const call = new RegExp(`\\b${fnName}\\(`);
  return stack.sites.find((s) => s.file.lines.some((line) => call.test(line)))?.file.path ?? null;
}
async function searchWriters(input, reader, stack, limits = defaultSearchLimits) {
  const names = reader.packageVariable ? [reader.packageVariable.name] : reader.alteredFields?.length ? reader.alteredFields : reader.fieldPath?.length ? (
    // `x.Status = …` writes Status.Phase too: the index knows it only as a write of Status.
    reader.fieldPath
  ) : reader.field ? [reader.field] : reader.objectType ? metadataMaps : [];
  const crash = stack.sites[0];
  const goSources = input.sources;
  if (!names.length || !goSources.reader.listFiles) return null;
  const creator = input.finding.fault.crashing?.createdBy;
  const crashDir = crash ? dirOf(crash.file.path) : creator?.kind === "repo" && creator.repoPath ? dirOf(creator.repoPath) : await packageDir(input.finding.package, repoIndexFor(goSources.reader));
  if (crashDir === null && !reader.objectType) return null;
  const anchor = crashDir ?? "";
  const target = reader.packageVariable ? `the package-level map ${reader.packageVariable.name}` : reader.alteredFields?.length ? `${reader.alteredFields.map((f) => `.${f}`).join(", ")} of ${reader.objectType ? `a ${reader.objectType}` : "an object"}` : `${reader.fieldPath ? `.${reader.fieldPath.join(".")}` : reader.field ? `.${reader.field}` : "the metadata maps"} of ${reader.objectType ? `a ${reader.objectType}` : "an object"}`;
  const stackDirs = new Set(stack.sites.map((s) => dirOf(s.file.path)));
  const pvDir = reader.packageVariable ? dirOf(reader.packageVariable.file) : null;
  const rank = (path) => {
    if (input.changedLines?.has(path)) return 0;
    const dir = dirOf(path);
    if (dir === crashDir || dir === pvDir) return 1;
    if (stackDirs.has(dir)) return 2;
    return 3 + dirDistance(anchor, dir);
  };
  const found = await repoIndexFor(goSources.reader).writersOf({ names, rank, maxFetch: limits.maxFetched });
  const unanchored = crashDir === null && reader.objectType ? await namingType(found.paths, reader.objectType, goSources.reader) : { paths: found.paths, left: 0 };
  const paths = unanchored.paths;
  const ranked = [];
  const readerRows = new Set(stack.sites.map((s) => `${s.file.path}:${s.row}`));
  let parsed = 0;
  for (const path of paths.slice(0, limits.maxParsed)) {
    const file = await goSources.file(path);
    if (!file) continue;
    parsed++;
    await goSources.packageOf(path);
    const matching = writesIn(file.root, file, input.rules).filter((w) => writesName(w, reader, pvDir, file));
    if (matching.length) await loadConstructorCallers(file, goSources);
    const seen = /* @__PURE__ */ new Set();
    for (const named of matching) {
      const w = throughRangeCopy(named, functionAt(file, named.row), file, input.rules);
      if (!w || seen.has(w.row) || readerRows.has(`${path}:${w.row}`)) continue;
      seen.add(w.row);
      const c = withCaller(searchedCandidate(w, [{ file, row: w.row }], input.rules), input);
      const r = rankWriter(c, file, reader, input, stack, rank(path));
      if (r) ranked.push(r);
    }
  }
  ranked.sort((a, b) => b.score - a.score);
  const skipped = [...found.stats.skipped];
  if (unanchored.left)
    skipped.push(`${unanchored.left} candidate files that do not name ${reader.objectType} (not parsed)`);
  if (paths.length > limits.maxParsed)
    skipped.push(
      `${paths.length - limits.maxParsed} candidate files past the first ${limits.maxParsed} (not parsed)`
    );
  return {
    ranked: ranked.slice(0, limits.top),
    target,
    stats: {
      filesListed: found.stats.listed,
      filesScanned: found.stats.scanned,
      filesParsed: parsed,
      skipped
    }
  };
}
function withCaller(c, input) {
  const { origin } = c.provenance;
  if (!c.sites[0] || origin.kind !== "unknown" || origin.binding !== "parameter") return c;
  return throughCallers2(c, c.sites, input, 1) ?? c;
}
var callerHops = 3;
var callsPerHop = 20;
function throughCallers2(c, sites, input, hop) {
  const last = sites[sites.length - 1];
  if (!last) return null;
  let outer = functionAt(last.file, last.row);
  while (outer && outer.type === "func_literal") outer = enclosingFunction(outer);
  const name2 = outer ? functionName(outer) : null;
  if (!name2) return null;
  let first = null;
  let calls = 0;
  for (const other of [...packageFiles(last.file), ...outsideUsers(last.file)]) {
    for (const call of descendants(other.root, "call_expression")) {
      if (calleeName(call) !== name2) continue;
      if (++calls > callsPerHop) return first;
      const callerSite = { file: other, row: rowOf(call) };
      const traced = searchedCandidate(c.write, [...sites, callerSite], input.rules);
      if (isKnownShared(traced)) return traced;
      if (hop < callerHops && stopsAt(traced, callerSite)) {
        const deeper = throughCallers2(c, [...sites, callerSite], input, hop + 1);
        if (deeper && isKnownShared(deeper)) return deeper;
      }
      if (!isUnshared(traced)) first ??= traced;
    }
  }
  return first;
}
function stopsAt(c, site) {
  const { origin } = c.provenance;
  if (origin.kind !== "unknown" || origin.binding !== "parameter") return false;
  if (origin.ref.file !== codeRef(site.file, site.row).file) return false;
  const fn = functionAt(site.file, site.row);
  return !!fn && functionAt(site.file, origin.ref.line - 1)?.startIndex === fn.startIndex;
}
function importedByStack(file, stack) {
  const dir = dirOf(file.path);
  const site = stack.sites.find((s) => dirOf(s.file.path) !== dir && importNameOf(s.file, dir));
  return site?.file.path ?? null;
}
function rankWriter(c, file, reader, input, stack, pathRank) {
  const { provenance } = c;
  if (isUnshared(c)) return null;
  const pv = reader.packageVariable;
  if (pv && provenance.origin.variable !== pv.name && !provenance.origin.variable.endsWith(`.${pv.name}`))
    return null;
  const type = provenance.objectType;
  if (!pv && reader.objectType && type && type !== reader.objectType) return null;
  const fn = functionAt(file, c.write.row);
  if ((reader.alteredFields || reader.fieldPath) && fn && /^DeepCopy(Into|Object)?$/.test(functionName(fn) ?? ""))
    return null;
  const concurrency = concurrencyOf(c, fn, file);
  const shared = isKnownShared(c) || !!reader.alteredFields && !!type && type === reader.objectType;
  if (!shared && !concurrency) return null;
  const why = [];
  let score2 = 0;
  if (touchedByDiff(c, input.changedLines)) {
    score2 += 8;
    why.push("changed by this pull request");
  }
  if (pathRank === 1) {
    score2 += 4;
    why.push("in the reader's package");
  } else if (pathRank === 2) score2 += 2;
  let outer = fn;
  while (outer && outer.type === "func_literal") outer = enclosingFunction(outer);
  const fnName = outer ? functionName(outer) : null;
  const caller = calledFromStack(fnName, stack);
  const started = reader.writerStartedAt;
  const startedHere = !!started && dirOf(file.path) === dirOf(started.file);
  const importer = caller || startedHere ? null : importedByStack(file, stack);
  if (caller) {
    score2 += 2;
    why.push(`${fnName} is called in ${caller}, a file of the crashing stack`);
  } else if (importer) {
    score2 += 2;
    why.push(`its package is imported by ${importer}, a file of the crashing stack`);
  } else score2 -= Math.min(3, Math.max(0, pathRank - 2) * 0.5);
  if (started && startedHere) {
    score2 += 3;
    why.push(
      `in the package that started the writing goroutine (${shortFunc2(started.func)}, ${started.file}:${started.line})`
    );
  }
  if (isKnownShared(c)) {
    score2 += 3;
    why.push(`writes a shared object (${provenance.origin.kind})`);
  } else if (shared) {
    score2 += 3;
    why.push(`writes a field the mutation detector found altered (${c.write.what})`);
  }
  if (reader.alteredFields && c.write.kind === "field" && /=\s*(make\(map\b|map\[)/.test(c.write.node.text))
    score2 -= 1;
  if (!pv && reader.objectType && type === reader.objectType) {
    score2 += 2;
    why.push(`the same type as the reader's object (${type})`);
  }
  if (concurrency) {
    score2 += 2;
    why.push(concurrency.note);
  }
  return { candidate: c, score: score2, why, concurrency };
}
function describeWriter(r, input, confidence) {
  const c = r.candidate;
  const site = c.sites[0];
  const ref = site ? codeRef(site.file, c.write.row) : { file: "", line: 0, code: "" };
  const { origin } = c.provenance;
  const variable = origin.kind === "package-variable" ? origin.variable : c.write.root.name;
  const kind = origin.kind === "unknown" || origin.kind === "copy" || origin.kind === "local" || origin.kind === "transform" ? null : origin.kind;
  const fixKind = chooseFixKind(
    {
      write: c.write,
      writeFile: ref.file,
      provenance: c.provenance,
      faultKind: input.finding.kind,
      lineText: () => void 0
    },
    input.rules
  );
  const inDiff = touchedByDiff(c, input.changedLines);
  return {
    mutation: { ...ref, variable },
    objectSource: kind ? { ...origin.ref, kind } : null,
    fixKind,
    confidence,
    why: r.why,
    ...input.changedLines ? { inDiff } : {}
  };
}
function inferredConfidence(r, reader) {
  const c = r.candidate;
  const typed = !!reader.objectType && reader.objectType === c.provenance.objectType;
  const altered = !!reader.alteredFields && typed;
  let confidence = isKnownShared(c) || altered ? 0.45 : 0.3;
  if (typed || reader.packageVariable) confidence += 0.1;
  if (r.concurrency) confidence += 0.05;
  return Math.round(confidence * 100) / 100;
}

// src/analyze/inferred-writer.ts
function searchSummary(stats) {
  const read = `${stats.filesListed} Go files listed, ${stats.filesScanned} scanned, ${stats.filesParsed} parsed`;
  return stats.skipped.length ? `${read}; skipped: ${stats.skipped.join(", ")}` : read;
}
async function inferredWriter(search, reader, readerContext2, input) {
  const [best] = search.ranked;
  if (!best) return { culprit: null, reason: "the writer search found no candidate" };
  const confidence = inferredConfidence(best, reader);
  const context2 = [...readerContext2];
  if (best.concurrency && best.concurrency.row !== best.candidate.write.row) {
    context2.push({ ...codeRef(best.concurrency.file, best.concurrency.row), note: best.concurrency.note });
  }
  const site = best.candidate.sites[0];
  if (site) {
    context2.push({
      ...codeRef(site.file, best.candidate.write.row),
      note: `inferred: no printed stack shows this write; found by searching the repository for writes to ${search.target} (${best.why.join("; ")})`
    });
  }
  const culprit = buildCulprit({
    candidate: best.candidate,
    faultKind: input.finding.kind,
    confidence,
    context: context2,
    ...input.changedLines && { changedLines: input.changedLines },
    rules: input.rules,
    ...input.finding.fault.cacheMutation && { cachedType: input.finding.fault.cacheMutation.objectType },
    unread: await unreadWrite(best.candidate, input.sources, input.rules)
  });
  culprit.writerCandidates = search.ranked.map(
    (r) => r === best ? { ...describeWriter(r, input, culprit.confidence), fixKind: culprit.fixKind } : describeWriter(r, input, inferredConfidence(r, reader))
  );
  culprit.writerSearch = search.stats;
  return { culprit };
}

// src/analyze/reader.ts
function typeFromText(text2) {
  return /(\w+)(\[\d*\])?$/.exec(text2.replace(/^\*/, ""))?.[1] ?? null;
}
var serializerMethod = /\.\(\*(\w+)\)\.(Size|Marshal\w*|DeepCopy\w*)$/;
var serializerWindow = 12;
function serializerFrame(frames) {
  let found = null;
  for (const [i2, frame] of frames.entries()) {
    const match = serializerMethod.exec(frame.func);
    if (match?.[1]) found = { type: match[1], func: frame.func.replace(/^.*\//, "") };
    else if (found || i2 >= serializerWindow) break;
  }
  return found;
}
function describeReader(fault, frames, sites, rules) {
  const library = frames.slice(0, Math.max(0, frames.findIndex(isRepoFrame)));
  const described = rules.readerFrames.find((rule) => library.some((f) => rule.func.test(f.func)));
  const serializer = serializerFrame(frames);
  let how = described?.describe ?? serializer?.func ?? "map read";
  let objectType = serializer?.type ?? null;
  let field = null;
  let packageVariable2;
  let alteredFields;
  if (fault.cacheMutation) {
    objectType = typeFromText(fault.cacheMutation.objectType);
    const goFields = (path) => path.split(".").filter((p) => /^[A-Z]\w*$/.test(p));
    const paths = fault.cacheMutation.changedFields.map(goFields);
    alteredFields = [
      .../* @__PURE__ */ new Set([...paths.flatMap((f) => f.slice(-1)), ...paths.flatMap((f) => f.slice(1, -1))])
    ];
    field = alteredFields[0] ?? null;
    how = "the mutation detector";
  }
  const site = sites[0];
  const fn = site && functionAt(site.file, site.row);
  let leaves = [];
  if (site && fn) {
    const onLine = (n) => n.startPosition.row === site.row;
    const ranged = descendants(fn, "range_clause").filter(onLine).map((r) => r.childForFieldName("right"));
    const indexed = descendants(fn, "index_expression").filter(onLine).map((i2) => i2.childForFieldName("operand"));
    const args2 = descendants(fn, "call_expression").filter(onLine).flatMap(callArguments);
    if (!described && !serializer && ranged.length) how = "range loop";
    const roots = [...ranged, ...indexed, ...args2].map((expr) => expr && rootOf(expr, site.file)).filter((root) => !!root).map((root, order) => ({ root, order, map: rules.mapFields.test(root.leaf ?? "") })).sort((a, b) => Number(b.map) - Number(a.map) || a.order - b.order).map(({ root }) => root);
    leaves = [...new Set(roots.flatMap((root) => root.leaf ? [root.leaf] : []))];
    for (const root of roots) {
      field ??= root.leaf ?? null;
      const traced = traceVariable(root.name, root.node, sites, rules);
      objectType ??= traced.objectType;
      if (!root.field && traced.origin.kind === "package-variable" && !packageVariable2)
        packageVariable2 = { name: traced.origin.variable, file: traced.origin.ref.file };
      if (objectType) break;
    }
  }
  const others = leaves.filter((leaf) => leaf !== field).slice(0, 3);
  return {
    objectType,
    field,
    ...others.length && !alteredFields && { otherFields: others },
    how,
    ...packageVariable2 && { packageVariable: packageVariable2 },
    ...alteredFields && { alteredFields }
  };
}

// src/analyze/map-fault.ts
async function createdEvidence(g, role, input) {
  const at = g?.createdBy;
  if (!at) return [];
  return [
    await frameEvidence(at, `${role} goroutine created here (by ${shortFunc2(at.func)})`, input.sources)
  ];
}
function sameWrite(a, b) {
  const [x, y] = [writeRef(a), writeRef(b)];
  return x.file === y.file && x.line === y.line;
}
async function diagnoseMapFault(input) {
  const { finding, rules } = input;
  const frames = belowLastPanic(finding.fault.crashing?.frames ?? finding.frames).filter(
    (f) => finding.kind !== "cache-mutation" || !rules.mutationDetectorFrames.test(f.func)
  );
  const stack = await loadStack(frames, input.sources);
  const atLine = finding.kind === "concurrent-map-iteration-write" ? [] : writesAtSite(stack.sites, rules).filter((c) => c.write.map);
  const inLibrary = !atLine.length && finding.kind === "concurrent-map-writes" ? libraryWrite(frames, stack.sites, rules) : null;
  const direct = inLibrary ? [inLibrary.candidate] : atLine;
  const shared = finding.kind === "nil-map-write" ? direct : direct.filter((c) => !isUnshared(c));
  const atCrash = shared.find(isKnownShared) ?? shared[0];
  if (atCrash) return crashedAtWrite(atCrash, inLibrary?.guessed ?? false, input);
  const notShared = direct[0];
  if (notShared) {
    const at = writeRef(notShared);
    return {
      culprit: null,
      reason: `the object written at ${at.file}:${at.line} is not shared: ${notShared.provenance.origin.note}`
    };
  }
  return crashedAtRead(stack, input);
}
async function crashedAtWrite(atCrash, guessed, input) {
  const { finding, changedLines, rules } = input;
  const others = (await dumpWriters(finding.fault.others, input.sources, rules)).candidates.filter(
    (c) => isKnownShared(c) && !sameWrite(c, atCrash)
  );
  const writers = [atCrash, ...others];
  const chosen = writers.find((c) => touchedByDiff(c, changedLines)) ?? atCrash;
  const context2 = writers.filter((c) => c !== chosen).slice(0, 2).map((c) => ({
    ...writeRef(c),
    note: `the same object is also written here (${c === atCrash ? "the crashing goroutine" : "another goroutine of the dump"})`
  }));
  if (chosen === atCrash) context2.push(...await createdEvidence(finding.fault.crashing, "writing", input));
  let confidence = isKnownShared(chosen) ? others.length ? 0.9 : 0.85 : 0.6;
  if (guessed) confidence = 0.5;
  if (finding.kind === "nil-map-write") confidence = 0.9;
  const culprit = buildCulprit({
    candidate: chosen,
    faultKind: finding.kind,
    confidence,
    context: context2,
    changedLines,
    rules,
    unread: await unreadWrite(chosen, input.sources, rules)
  });
  const otherCandidates = writers.filter(
    (c, i2) => c !== chosen && !sameWrite(c, chosen) && !writers.slice(0, i2).some((d) => sameWrite(c, d))
  ).slice(0, 2);
  const otherWriters = [];
  for (const c of otherCandidates) {
    const other = buildCulprit({
      candidate: c,
      faultKind: finding.kind,
      confidence,
      context: [],
      changedLines,
      rules,
      unread: await unreadWrite(c, input.sources, rules)
    });
    otherWriters.push({
      mutation: other.mutation,
      objectSource: other.objectSource,
      fixKind: other.fixKind,
      suggestion: other.suggestion,
      ...other.edit && { edit: other.edit },
      ...other.inDiff !== void 0 && { inDiff: other.inDiff }
    });
  }
  if (otherWriters.length) culprit.otherWriters = otherWriters;
  return { culprit };
}
function score(c, reader, input) {
  let s = 0;
  if (touchedByDiff(c, input.changedLines)) s += 8;
  const type = c.provenance.objectType;
  if (reader.objectType && type) s += reader.objectType === type ? 4 : -10;
  if (reader.field && new RegExp(`\\.${reader.field}\\b`).test(c.write.what)) s += 1;
  if (isKnownShared(c)) s += 3;
  else if (c.provenance.origin.kind === "other") s += 1;
  if (c.atFrame) s += 1;
  return s;
}
async function crashedAtRead(stack, input) {
  const { finding, rules, changedLines } = input;
  const frames = (finding.fault.crashing?.frames ?? finding.frames).filter(
    (f) => finding.kind !== "cache-mutation" || !rules.mutationDetectorFrames.test(f.func)
  );
  const reader = describeReader(finding.fault, frames, stack.sites, rules);
  const dump = await dumpWriters(finding.fault.others, input.sources, rules);
  const ranked = [...mapWritesAlongStack(stack.sites, rules), ...dump.candidates].filter((c) => !isUnshared(c)).map((c, order) => ({ c, s: score(c, reader, input), order })).filter(({ s }) => s > 0).sort((a, b) => b.s - a.s || a.order - b.order);
  const winner = ranked[0]?.c;
  if (!winner) {
    const problem = stack.sites.length ? null : unreadable({
      missing: [...stack.missing, ...dump.missing],
      stale: [...stack.stale, ...dump.stale]
    });
    if (problem) return { culprit: null, reason: problem };
    let searched = await searchWriters(input, reader, stack);
    let read = reader;
    for (const field of reader.otherFields ?? []) {
      if (searched?.ranked.length) break;
      const other = { ...reader, field };
      const found = await searchWriters(input, other, stack);
      if (found?.ranked.length) [searched, read] = [found, other];
    }
    if (searched?.ranked.length)
      return inferredWriter(searched, read, await readerContext(stack, read, input), input);
    const what = reader.objectType ? `a ${reader.objectType}` : "the map";
    const search = searched ? `; a search of the repository for writes to ${searched.target} found none (${searchSummary(searched.stats)})` : "";
    return {
      culprit: null,
      reason: `no write to ${what} was found in the code of the goroutines in the dump (the writer has moved on)${search}`
    };
  }
  const typeMatched = !!reader.objectType && reader.objectType === winner.provenance.objectType;
  const confidence = isKnownShared(winner) ? typeMatched ? 0.8 : 0.6 : typeMatched ? 0.5 : 0.4;
  const context2 = await readerContext(stack, reader, input);
  return {
    culprit: buildCulprit({
      candidate: winner,
      faultKind: finding.kind,
      confidence,
      context: context2,
      changedLines,
      rules,
      unread: await unreadWrite(winner, input.sources, rules)
    })
  };
}
async function readerContext(stack, reader, input) {
  const context2 = [];
  const readerSite = stack.sites[0];
  if (readerSite) {
    const what = reader.objectType ? `a ${reader.objectType}` : reader.packageVariable?.name ?? "the object";
    const note = `read concurrently here (${reader.how} of ${what}) by the crashing goroutine`;
    context2.push({ ...codeRef(readerSite.file, readerSite.row), note });
  }
  const role = input.finding.kind === "cache-mutation" ? "the mutation detector's" : "reading";
  context2.push(...await createdEvidence(input.finding.fault.crashing, role, input));
  return context2;
}

// src/analyze/field-read.ts
var onRow = (row) => (n) => n.startPosition.row === row;
function readsMapField(fn, row) {
  const indexed = descendants(fn, "index_expression").filter(onRow(row)).map((i2) => i2.childForFieldName("operand"));
  const ranged = descendants(fn, "range_clause").filter(onRow(row)).map((r) => r.childForFieldName("right"));
  return [...indexed, ...ranged].some((e) => e?.type === "selector_expression");
}
function plainFieldRead(site) {
  const fn = functionAt(site.file, site.row);
  if (!fn || readsMapField(fn, site.row)) return null;
  for (const selector of descendants(fn, "selector_expression").filter(onRow(site.row))) {
    const parent = selector.parent;
    if (parent?.type === "selector_expression" && sameNode(parent.childForFieldName("operand"), selector))
      continue;
    if (parent?.type === "call_expression" && sameNode(parent.childForFieldName("function"), selector))
      continue;
    const root = rootOf(selector, site.file);
    if (!root || root.qualified) continue;
    const path = selectorPath(selector);
    if (path.length) return { root, path, node: selector };
  }
  return null;
}

// src/analyze/race-one-sided.ts
function lostWhy(write2) {
  return write2.stackUnavailable ? "the race detector could not restore the write's stack ([failed to restore the stack])" : "the write access has no repository frame";
}
function readSide(read, write2, stack, input) {
  const reader = describeReader(input.finding.fault, read.frames, stack.sites, input.rules);
  const site = stack.sites[0];
  const plain = site ? plainFieldRead(site) : null;
  if (plain) {
    reader.fieldPath = plain.path;
    reader.field = null;
    reader.how = "field read";
    reader.objectType ??= traceVariable(
      plain.root.name,
      plain.root.node,
      stack.sites,
      input.rules
    ).objectType;
  }
  const started = firstRepoFrame(write2.createdAt);
  if (started?.repoPath)
    reader.writerStartedAt = { file: started.repoPath, line: started.line, func: started.func };
  return reader;
}
async function context(read, write2, reader, input) {
  const out2 = [];
  const at = firstRepoFrame(read.frames);
  if (at) {
    const what = reader.fieldPath ? `.${reader.fieldPath.join(".")}` : reader.field ? `.${reader.field}` : "";
    const of = reader.objectType ? ` of a ${reader.objectType}` : "";
    const note = `read concurrently here (${reader.how}${what ? ` ${what}` : ""}${of}) by goroutine ${read.goroutineId}; ${lostWhy(write2)}`;
    out2.push(await frameEvidence(at, note, input.sources));
  }
  const created = (access, role) => {
    const frame = firstRepoFrame(access.createdAt) ?? access.createdAt?.[0];
    return frame ? frameEvidence(
      frame,
      `${role} goroutine ${access.goroutineId} created here (in ${shortFunc2(frame.func)})`,
      input.sources
    ) : null;
  };
  for (const e of [await created(write2, "writing"), await created(read, "reading")]) if (e) out2.push(e);
  return out2;
}
async function diagnoseOneSidedRace(input, read, write2) {
  const stack = await loadStack(read.frames, input.sources);
  if (!stack.sites.length) {
    return {
      culprit: null,
      reason: unreadable(stack) ?? `${lostWhy(write2)}, and the read has no repository frame`
    };
  }
  const reader = readSide(read, write2, stack, input);
  const searched = await searchWriters(input, reader, stack);
  if (searched?.ranked.length)
    return inferredWriter(searched, reader, await context(read, write2, reader, input), input);
  const search = searched ? `; a search of the repository for writes to ${searched.target} found none (${searchSummary(searched.stats)})` : "; the read names no field to search writers of";
  return { culprit: null, reason: `${lostWhy(write2)}${search}` };
}

// src/analyze/race.ts
async function createdEvidence2(access, role, sources) {
  const at = firstRepoFrame(access.createdAt) ?? access.createdAt?.[0];
  if (!at) return [];
  return [await frameEvidence(at, `${role} goroutine created here (in ${shortFunc2(at.func)})`, sources)];
}
async function readEvidence(access, sources, rules) {
  const frame = firstRepoFrame(access?.frames);
  if (!access || !frame) return [];
  const library = access.frames.slice(0, access.frames.indexOf(frame));
  const how = rules.readerFrames.find((rule) => library.some((f) => rule.func.test(f.func)))?.describe;
  const op = access.op === "write" ? "also written" : "read";
  return [
    await frameEvidence(
      frame,
      `${op} concurrently here${how ? ` (${how})` : ""} by the other goroutine`,
      sources
    )
  ];
}
async function findWrite(access, input) {
  const stack = await loadStack(access.frames, input.sources);
  const problem = unreadable(stack);
  const pick2 = (found) => found.find(isKnownShared) ?? found.find((c) => !isUnshared(c)) ?? found[0];
  const atFirst = pick2(writesAtSite(stack.sites, input.rules));
  if (atFirst) return { candidate: atFirst, problem };
  const inLibrary = libraryWrite(access.frames, stack.sites, input.rules);
  if (inLibrary) return { ...inLibrary, problem };
  for (let i2 = 1; i2 < stack.sites.length; i2++) {
    const outer = pick2(writesAtSite(stack.sites.slice(i2), input.rules));
    if (outer) return { candidate: outer, problem };
  }
  return { problem };
}
async function diagnoseRace(input) {
  const { finding, rules, changedLines } = input;
  const accesses = finding.fault.accesses ?? [];
  const writeAccess = accesses.find((a) => a.op === "write" && firstRepoFrame(a.frames)) ?? accesses.find((a) => a.op === "write");
  if (!writeAccess) return { culprit: null, reason: "the race report shows no write access" };
  const other = accesses.find((a) => a !== writeAccess);
  if (!firstRepoFrame(writeAccess.frames) && other?.op === "read" && firstRepoFrame(other.frames))
    return diagnoseOneSidedRace(input, other, writeAccess);
  const { candidate: candidate2, guessed, problem } = await findWrite(writeAccess, input);
  if (!candidate2) {
    if (problem) return { culprit: null, reason: problem };
    const lazy = writeAccess.frames.find((f) => rules.lazyRegistrationFrames.test(f.func));
    if (lazy && !firstRepoFrame(writeAccess.frames))
      return {
        culprit: null,
        reason: `a runtime.Scheme is written while tests read it (${shortFunc2(lazy.func)}: a lazy registration, such as a fake client's for unstructured objects), and the write's stack shows no repository frame to name the call: give each test its own scheme (\`fake.NewClientBuilder().WithScheme(runtime.NewScheme())\`, registered before use) or register every type once before the tests run`
      };
    return { culprit: null, reason: "the write access has no repository frame whose code writes an object" };
  }
  if (isUnshared(candidate2)) {
    return { culprit: null, reason: `the written object is not shared: ${candidate2.provenance.origin.note}` };
  }
  const context2 = [
    ...await readEvidence(other, input.sources, rules),
    ...await createdEvidence2(writeAccess, "writing", input.sources),
    ...other ? await createdEvidence2(other, other.op === "write" ? "other writing" : "reading", input.sources) : []
  ];
  const confidence = guessed ? 0.5 : isKnownShared(candidate2) ? (
    // The other side's stack confirms the race; lost (`[failed to restore the stack]`), it cannot.
    other && !other.stackUnavailable ? 0.9 : 0.8
  ) : candidate2.provenance.origin.kind === "unknown" ? 0.5 : 0.6;
  return {
    culprit: buildCulprit({
      candidate: candidate2,
      faultKind: finding.kind,
      confidence,
      context: context2,
      changedLines,
      rules,
      unread: await unreadWrite(candidate2, input.sources, rules)
    })
  };
}

// src/analyze/index.ts
var mapFaults = /* @__PURE__ */ new Set([
  "concurrent-map-writes",
  "concurrent-map-read-write",
  "concurrent-map-iteration-write",
  "concurrent-map-clone-write",
  "cache-mutation",
  "nil-map-write"
]);
async function diagnose(finding, ctx) {
  const input = {
    finding,
    sources: goSourcesFor(ctx.sources),
    rules: ctx.rules ?? defaultRules,
    ...ctx.changedLines ? { changedLines: ctx.changedLines } : {}
  };
  try {
    if (finding.kind === "data-race") return await diagnoseRace(input);
    if (mapFaults.has(finding.kind)) return await diagnoseMapFault(input);
    if (isFaultingRead(finding.kind, finding.headline)) return await diagnoseFaultingRead(input);
    return { culprit: null, reason: `a ${finding.kind} is not a write to a shared object` };
  } catch (error) {
    return {
      culprit: null,
      reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}`
    };
  }
}

// src/group/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(fault) {
  const stacks = fault.kind === "data-race" ? (fault.accesses ?? []).map((a) => `${a.op}
${ownFrames(a.frames)}`).sort() : [ownFrames(crashStackOf(fault))];
  return [fault.kind, normalizeHeadline(fault.headline), ...stacks].join("\0");
}
function ownFrames(stack) {
  return stack.filter(isOwnCode).map(frameKey).join("\n");
}
function findingIdOf(fingerprint) {
  return createHash("sha1").update(fingerprint).digest("hex").slice(0, 12);
}
function normalizeHeadline(headline) {
  return headline.replace(/0x[0-9a-fA-F]+|\d+/g, (m) => m.startsWith("0x") ? "ADDR" : "N");
}
function frameKey(frame) {
  const base = frame.file.slice(frame.file.lastIndexOf("/") + 1);
  return `${frame.func} ${base}:${frame.line}`;
}

// src/group/group.ts
var MAX_FINDINGS = 500;
var FindingGrouper = class {
  constructor(options, maxFindings = MAX_FINDINGS) {
    this.options = options;
    this.maxFindings = maxFindings;
  }
  options;
  maxFindings;
  byFingerprint = /* @__PURE__ */ new Map();
  dropped = 0;
  /** Expects `locateFault` to have run on the fault. Only the first occurrence of a fingerprint is kept. */
  add(fault) {
    const fingerprint = fingerprintOf(fault);
    const known = this.byFingerprint.get(fingerprint);
    if (known) {
      known.occurrences++;
      return;
    }
    if (this.byFingerprint.size >= this.maxFindings) {
      this.dropped++;
      return;
    }
    const finding = {
      id: findingIdOf(fingerprint),
      kind: fault.kind,
      headline: fault.headline,
      occurrences: 1,
      test: fault.test ?? null,
      crashFrame: pickCrashFrame(fault, this.options),
      frames: crashStackOf(fault),
      culprit: null,
      fault
    };
    if (fault.package !== void 0) finding.package = fault.package;
    this.byFingerprint.set(fingerprint, finding);
  }
  /** Findings in the order their first occurrence appeared in the log (Map keeps insertion order). */
  findings() {
    return [...this.byFingerprint.values()];
  }
  /** Faults not kept because `maxFindings` distinct findings were already held. */
  droppedFaults() {
    return this.dropped;
  }
};

// src/locate/classify.ts
var GENERATED_TEST_MAIN = "_testmain.go";
function classifyFrame(frame, modulePath) {
  const facts = fileFactsOf(frame.file);
  const stdlibFunc = mayBeStdlibFunc(frame.func, modulePath);
  const goroot = (facts.stdlib || facts.runtimeDir) && stdlibFunc;
  if (isRuntimeFunc(frame.func) || goroot && facts.runtimeDir) {
    frame.kind = "runtime";
    return;
  }
  const printedPkg = packagePathOf(frame.func);
  if (modulePath && placeOwnCodeElsewhere(frame, printedPkg, modulePath, facts.staging)) return;
  if (!goroot && stdlibFunc && !facts.dependency && placeStdlibByName(frame, printedPkg)) return;
  if (facts.staging !== null || isVendoredPackage(printedPkg)) {
    frame.kind = "dependency";
    return;
  }
  const trimmedRepoPath = modulePath ? underModule(frame.file, modulePath) : null;
  if (trimmedRepoPath !== null) {
    setRepo(frame, trimmedRepoPath);
    return;
  }
  if (frame.file === GENERATED_TEST_MAIN || goroot && facts.stdlib) {
    frame.kind = "stdlib";
    return;
  }
  if (facts.dependency) {
    frame.kind = "dependency";
    return;
  }
  if (!modulePath) return;
  const byPackage = repoPathFromPackage(frame, modulePath);
  if (byPackage !== null) {
    setRepo(frame, byPackage);
    return;
  }
  const gopath = frame.file.lastIndexOf(`/src/${modulePath}/`);
  if (gopath >= 0) setRepo(frame, frame.file.slice(gopath + `/src/${modulePath}/`.length));
}
function placeOwnCodeElsewhere(frame, printedPkg, modulePath, staging) {
  const pkg = unvendoredPackage(printedPkg);
  if (pkg !== "main" && pkg !== modulePath && !pkg.startsWith(`${modulePath}/`)) return false;
  if (staging !== null) {
    if (staging.module !== modulePath) return false;
    setRepo(frame, staging.path);
    return true;
  }
  const own = ownFileElsewhere(frame.file, modulePath);
  if (own === null) return false;
  setRepo(frame, own.path);
  if (own.version !== void 0) frame.version = own.version;
  return true;
}
function placeStdlibByName(frame, pkg) {
  const path = stdlibPathBySuffix(frame.file, pkg);
  if (path !== null) {
    frame.kind = isRuntimeDirPath(path) ? "runtime" : "stdlib";
    return true;
  }
  if (pkg.startsWith("internal/")) {
    frame.kind = "stdlib";
    return true;
  }
  return false;
}
function mayBeStdlibFunc(func2, modulePath) {
  const pkg = packagePathOf(func2);
  if (pkg === "main" || pkg.split("/", 1)[0]?.includes(".")) return false;
  return !modulePath || pkg !== modulePath && !pkg.startsWith(`${modulePath}/`);
}
var FATAL_FUNCS = /* @__PURE__ */ new Set(["throw", "fatal", "fatalthrow", "fatalpanic"]);
function isRuntimeFunc(func2) {
  if (func2 === "panic" || func2.startsWith("runtime.")) return true;
  if (func2.startsWith("internal/runtime/") || func2.startsWith("runtime/internal/")) return true;
  const pkg = packagePathOf(func2);
  return (pkg === "sync" || pkg === "maps" || pkg.startsWith("internal/")) && FATAL_FUNCS.has(localNameOf(func2));
}
function isRuntimeDirPath(path) {
  return /^runtime\/[^/]+$/.test(path) || path.startsWith("internal/runtime/") || path.startsWith("runtime/internal/");
}
var fileFacts = /* @__PURE__ */ new Map();
var MAX_CACHED_FILES = 4096;
function fileFactsOf(file) {
  let facts = fileFacts.get(file);
  if (facts === void 0) {
    const stdlib = stdlibPathOf(file);
    facts = {
      stdlib: stdlib !== null,
      runtimeDir: stdlib !== null && isRuntimeDirPath(stdlib),
      dependency: isDependencyFile(file),
      staging: detachedStaging(stagingFileOf(file))
    };
    if (fileFacts.size >= MAX_CACHED_FILES) fileFacts.clear();
    fileFacts.set(detached(file), facts);
  }
  return facts;
}
function detached(s) {
  return ` ${s}`.slice(1);
}
function detachedStaging(staging) {
  return staging && { module: detached(staging.module), path: detached(staging.path) };
}
function underModule(file, modulePath) {
  return file.startsWith(`${modulePath}/`) ? file.slice(modulePath.length + 1) : null;
}
function repoPathFromPackage(frame, modulePath) {
  let pkg = packagePathOf(frame.func);
  if (pkg.endsWith("_test")) pkg = pkg.slice(0, -"_test".length);
  let dir;
  if (pkg === modulePath) dir = "";
  else if (pkg.startsWith(`${modulePath}/`)) dir = `${pkg.slice(modulePath.length + 1)}/`;
  else return null;
  const base = frame.file.slice(Math.max(frame.file.lastIndexOf("/"), frame.file.lastIndexOf("\\")) + 1);
  return base ? dir + base : null;
}
function setRepo(frame, repoPath) {
  frame.kind = "repo";
  frame.repoPath = repoPath;
}

// src/locate/index.ts
function locateFault(fault, options) {
  const frames = framesOf(fault);
  for (const frame of frames) {
    if (frame.kind !== void 0) delete frame.kind;
    if (frame.repoPath !== void 0) delete frame.repoPath;
    if (frame.version !== void 0) delete frame.version;
    classifyFrame(frame, options.modulePath);
    if (options.pathMappings && frame.kind !== "runtime" && frame.kind !== "stdlib") {
      mapPath(frame, options.pathMappings);
    }
  }
  if (fault.kind === "test-timeout" && fault.test === void 0) {
    const test = testOfTimeout(fault);
    if (test) fault.test = test;
  }
  if (!options.modulePath) return;
  const moduleDir = moduleDirectoryOf(frames, options.modulePath);
  for (const frame of frames) {
    if (frame.kind) continue;
    if (moduleDir !== null && frame.file.startsWith(moduleDir) && (moduleDir !== "" || isRelative(frame.file))) {
      frame.kind = "repo";
      frame.repoPath = frame.file.slice(moduleDir.length);
    } else if (moduleDir === null && packagePathOf(frame.func) === "main") {
      frame.kind = "repo";
    } else {
      frame.kind = "dependency";
    }
  }
}
function mapPath(frame, mappings) {
  for (const { from, to } of mappings) {
    if (!frame.file.startsWith(from)) continue;
    const rest = frame.file.slice(from.length).replace(/^\/+/, "");
    const repoPath = to === "" ? rest : `${to.replace(/\/+$/, "")}/${rest}`;
    if (repoPath.split("/").includes("..")) return;
    frame.kind = "repo";
    frame.repoPath = repoPath;
    return;
  }
}
function moduleDirectoryOf(frames, modulePath) {
  for (const frame of frames) {
    const { repoPath, file } = frame;
    if (frame.kind !== "repo" || !repoPath || !file.endsWith(repoPath)) continue;
    const dir = file.slice(0, file.length - repoPath.length);
    if (dir === `${modulePath}/`) continue;
    if (dir === "" || dir.endsWith("/")) return dir;
  }
  return null;
}
function framesOf(fault) {
  const frames = [];
  const goroutines = fault.crashing ? [fault.crashing, ...fault.others] : fault.others;
  for (const g of goroutines) {
    frames.push(...g.frames);
    if (g.createdBy) frames.push(g.createdBy);
  }
  for (const access of fault.accesses ?? []) {
    frames.push(...access.frames, ...access.createdAt ?? []);
  }
  for (const location of fault.raceLocations ?? []) frames.push(...location.frames);
  return frames;
}

// src/locate/main-package.ts
var MAX_DEPTH = 8;
async function placeMainFrames(findings, sources) {
  const dirs = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    for (const frame of framesOf(finding.fault)) {
      if (!isUnplacedMain(frame)) continue;
      const slash = frame.file.lastIndexOf("/");
      const dir = frame.file.slice(0, slash + 1);
      const base = frame.file.slice(slash + 1);
      let repoDir = dirs.get(dir);
      if (repoDir === void 0) {
        repoDir = repoDirOf(dir, base, frame.line, sources);
        dirs.set(dir, repoDir);
      }
      const found = await repoDir;
      if (found === null) continue;
      const text2 = await sources.read(found + base).catch(() => null);
      if (text2 === null || !declaresMain(text2, frame.line)) continue;
      frame.kind = "repo";
      frame.repoPath = found + base;
    }
  }
}
function isUnplacedMain(frame) {
  if (frame.repoPath !== void 0 || frame.kind !== "repo" && frame.kind !== void 0) return false;
  return packagePathOf(frame.func) === "main" && !isRelative(frame.file) && frame.file.endsWith(".go");
}
async function repoDirOf(dir, base, line, sources) {
  const parts2 = dir.split("/").filter(Boolean);
  for (let take = Math.min(parts2.length - 1, MAX_DEPTH); take >= 0; take--) {
    const candidate2 = take === 0 ? "" : `${parts2.slice(parts2.length - take).join("/")}/`;
    const text2 = await sources.read(candidate2 + base).catch(() => null);
    if (text2 !== null && declaresMain(text2, line)) return candidate2;
  }
  return null;
}
function declaresMain(text2, line) {
  return /^package main\b/m.test(text2) && text2.split("\n").length >= line;
}

// src/parse/input.ts
import { isAscii } from "node:buffer";

// src/parse/lines.ts
var MAX_LINE_LENGTH = 1 << 20;
var MAX_PIECES = 4096;
var PIECE_OVERHEAD = 32;
var LineSplitter = class {
  constructor(onLine, maxLength = MAX_LINE_LENGTH) {
    this.onLine = onLine;
    this.maxLength = maxLength;
  }
  onLine;
  maxLength;
  pieces = [];
  pendingLength = 0;
  /** The current line reached the cap: drop everything up to the next newline. */
  overflowed = false;
  /** Code units held for the unfinished line. */
  get pending() {
    return this.pendingLength;
  }
  /** Approximate memory held for the unfinished line, in code units, bookkeeping included. */
  get footprint() {
    return this.pendingLength + this.pieces.length * PIECE_OVERHEAD;
  }
  push(text2) {
    const max = this.maxLength;
    let start2 = 0;
    for (; ; ) {
      const nl = text2.indexOf("\n", start2);
      if (nl === -1) {
        this.hold(text2, start2, text2.length);
        return;
      }
      if (this.pendingLength === 0 && !this.overflowed) {
        this.onLine(nl - start2 > max ? cut(text2.slice(start2, start2 + max)) : text2.slice(start2, nl));
      } else {
        this.hold(text2, start2, nl);
        this.onLine(this.take());
      }
      start2 = nl + 1;
    }
  }
  /** Emits the unfinished line, if any (a last line without a newline). */
  flush() {
    if (this.pendingLength > 0) this.onLine(this.take());
  }
  hold(text2, from, to) {
    if (this.overflowed || from === to) return;
    const room = this.maxLength - this.pendingLength;
    let end = to;
    if (end - from > room) {
      end = from + room;
      this.overflowed = true;
    }
    if (end === from) return;
    this.pieces.push(from === 0 && end === text2.length ? text2 : text2.slice(from, end));
    this.pendingLength += end - from;
    if (this.pieces.length >= MAX_PIECES) this.pieces = [this.pieces.join("")];
  }
  take() {
    const joined = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
    const line = this.overflowed ? cut(joined) : joined;
    this.pieces = [];
    this.pendingLength = 0;
    this.overflowed = false;
    return line;
  }
};
function cut(line) {
  const last = line.charCodeAt(line.length - 1);
  return last >= 55296 && last <= 56319 ? line.slice(0, -1) : line;
}

// src/parse/cri-log.ts
var CriJoiner = class {
  partials = {
    stdout: void 0,
    stderr: void 0
  };
  /** The completed line, or `undefined` while a partial line waits for its `F` record. */
  push(record, no) {
    const partial = this.partials[record.stream];
    if (partial === void 0) {
      if (!record.partial) return record.content;
      this.partials[record.stream] = { pieces: [], length: 0, no };
      this.append(record.stream, record.content, no);
      return void 0;
    }
    this.append(record.stream, record.content, no);
    if (record.partial) return void 0;
    this.partials[record.stream] = void 0;
    return partial.pieces.join("");
  }
  /** Lines still waiting for an `F` record when the input ended, with their last line numbers. */
  drain() {
    const out2 = [];
    for (const stream of ["stdout", "stderr"]) {
      const partial = this.partials[stream];
      if (partial !== void 0) out2.push({ text: partial.pieces.join(""), no: partial.no });
      this.partials[stream] = void 0;
    }
    return out2;
  }
  append(stream, content, no) {
    const partial = this.partials[stream];
    partial.no = no;
    const room = MAX_LINE_LENGTH - partial.length;
    if (room <= 0 || content.length === 0) return;
    const kept = content.length > room ? content.slice(0, room) : content;
    partial.pieces.push(kept);
    partial.length += kept.length;
  }
};

// src/parse/decorations.ts
var ESC = 27;
var CR = "\r";
function stripAnsi(s) {
  let at = s.indexOf("\x1B");
  if (at === -1) return s;
  let out2 = "";
  let from = 0;
  while (at !== -1) {
    out2 += s.slice(from, at);
    from = escapeEnd(s, at);
    at = s.indexOf("\x1B", from);
  }
  return out2 + s.slice(from);
}
function escapeEnd(s, at) {
  const kind = s.charCodeAt(at + 1);
  if (kind === 91) {
    let i2 = at + 2;
    while (i2 < s.length) {
      const c = s.charCodeAt(i2);
      if (c >= 64 && c <= 126) return i2 + 1;
      if (c < 32 || c > 63) return i2;
      i2++;
    }
    return i2;
  }
  if (kind === 93) {
    let i2 = at + 2;
    while (i2 < s.length) {
      const c = s.charCodeAt(i2);
      if (c === 7) return i2 + 1;
      if (c === ESC) return s.charCodeAt(i2 + 1) === 92 ? i2 + 2 : i2;
      i2++;
    }
    return i2;
  }
  if (kind === 40 || kind === 41) return Math.min(at + 3, s.length);
  return Math.min(at + 2, s.length);
}
function trimTrailingCarriageReturns(s) {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 13) end--;
  return end === s.length ? s : s.slice(0, end);
}
function keepAfterLastCarriageReturn(s) {
  if (s.indexOf(CR) === -1) return s;
  return s.slice(s.lastIndexOf(CR) + 1);
}
function cleanTerminalText(s) {
  return keepAfterLastCarriageReturn(trimTrailingCarriageReturns(stripAnsi(s)));
}
var FENCE = /^ {0,3}(?:`{3,}|~{3,})[\w+.-]*\s*$/;
var HTML_WRAPPER = /^\s*<\/?(?:details|summary)\b/i;
function unwrapMarkdown(s) {
  let c = s.charCodeAt(0);
  if (c === 62) {
    let at = 0;
    while (c === 62) {
      at += s.charCodeAt(at + 1) === 32 ? 2 : 1;
      c = s.charCodeAt(at);
    }
    return unwrapMarkdown(s.slice(at));
  }
  const first = c === 32 ? firstNonSpace(s) : c;
  if (first === 96 || first === 126) return FENCE.test(s) ? null : s;
  if (first === 60) return HTML_WRAPPER.test(s) ? null : s;
  return s;
}
function firstNonSpace(s) {
  let i2 = 0;
  while (i2 < 4 && s.charCodeAt(i2) === 32) i2++;
  return s.charCodeAt(i2);
}
function mayBeMarkdown(s) {
  const c = s.charCodeAt(0);
  if (c === 62 || c === 96 || c === 126 || c === 60) return true;
  if (c !== 32) return false;
  const first = firstNonSpace(s);
  return first === 96 || first === 126 || first === 60;
}
function parseCriRecord(s) {
  if (s.charCodeAt(0) !== 115 || s.charCodeAt(6) !== 32) return void 0;
  const stream = s.slice(0, 6);
  if (stream !== "stdout" && stream !== "stderr") return void 0;
  const tag = s.charCodeAt(7);
  if (tag !== 70 && tag !== 80) return void 0;
  if (s.length > 8 && s.charCodeAt(8) !== 32) return void 0;
  return { stream, partial: tag === 80, content: s.slice(9) };
}
function stripGithubMarker(s) {
  if (s.charCodeAt(0) !== 35 || s.charCodeAt(1) !== 35 || s.charCodeAt(2) !== 91) return s;
  const close = s.indexOf("]", 3);
  if (close === -1 || close > 20) return s;
  const name2 = s.slice(3, close);
  if (!/^[a-z]+$/.test(name2)) return s;
  return name2 === "group" || name2 === "endgroup" ? null : s.slice(close + 1);
}
var MESSAGE_COMMANDS = /* @__PURE__ */ new Set(["error", "warning", "notice", "debug"]);
var SILENT_COMMANDS = /* @__PURE__ */ new Set([
  "group",
  "endgroup",
  "add-mask",
  "stop-commands",
  "set-output",
  "save-state",
  "add-path",
  "set-env",
  "add-matcher",
  "remove-matcher",
  "echo"
]);
var COMMAND_NAME = /^::([a-z][a-z-]{0,30})(?=[ :])/;
function readWorkflowCommand(s) {
  if (s.charCodeAt(0) !== 58 || s.charCodeAt(1) !== 58) return void 0;
  const m = COMMAND_NAME.exec(s);
  if (m === null) return void 0;
  const name2 = m[1];
  const end = s.indexOf("::", m[0].length);
  if (end === -1) return void 0;
  if (SILENT_COMMANDS.has(name2)) return null;
  if (!MESSAGE_COMMANDS.has(name2)) return void 0;
  const message = s.slice(end + 2);
  if (message.indexOf("%") === -1) return [message];
  return message.replace(/%0D/gi, CR).replace(/%0A/gi, "\n").replace(/%25/g, "%").split("\n").map(cleanTerminalText);
}

// src/parse/gutter.ts
function readGutter(s) {
  let i2 = 0;
  while (i2 < 8 && s.charCodeAt(i2) === 32) i2++;
  const digitsFrom = i2;
  while (i2 - digitsFrom < 9) {
    const c = s.charCodeAt(i2);
    if (!(c >= 48 && c <= 57)) break;
    i2++;
  }
  if (i2 === digitsFrom) return void 0;
  const number = Number(s.slice(digitsFrom, i2));
  if (i2 === s.length) return { number, length: i2 };
  if (s.charCodeAt(i2) === 9) return { number, length: i2 + 1 };
  const spaced = s.charCodeAt(i2) === 32;
  const bar = s.charCodeAt(spaced ? i2 + 1 : i2);
  if (bar !== 124 && bar !== 9474) return void 0;
  let length = spaced ? i2 + 2 : i2 + 1;
  if (spaced && s.charCodeAt(length) === 32) length++;
  return { number, length };
}
function mayHaveGutter(s) {
  let i2 = 0;
  while (i2 < 8 && s.charCodeAt(i2) === 32) i2++;
  const c = s.charCodeAt(i2);
  return c >= 48 && c <= 57;
}
var GutterStripper = class {
  constructor(next) {
    this.next = next;
  }
  next;
  held;
  active = false;
  expected = 0;
  /** True while the stripper must see every line (a gutter is running or a candidate waits). */
  get engaged() {
    return this.active || this.held !== void 0;
  }
  push(text2, no) {
    const mark = mayHaveGutter(text2) ? readGutter(text2) : void 0;
    if (this.active) {
      if (mark !== void 0 && mark.number === this.expected) {
        this.expected++;
        this.next(text2.slice(mark.length), no);
        return;
      }
      this.active = false;
    }
    const held = this.held;
    if (held !== void 0) {
      this.held = void 0;
      if (mark !== void 0 && mark.number === held.mark.number + 1) {
        this.active = true;
        this.expected = mark.number + 1;
        this.next(held.text.slice(held.mark.length), held.no);
        this.next(text2.slice(mark.length), no);
        return;
      }
      this.next(held.text, held.no);
    }
    if (mark !== void 0) this.held = { text: text2, no, mark };
    else this.next(text2, no);
  }
  /** Releases a waiting candidate unchanged: nothing followed to prove it. */
  end() {
    const held = this.held;
    this.held = void 0;
    this.active = false;
    if (held !== void 0) this.next(held.text, held.no);
  }
};

// src/parse/json-log.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function expandJsonLogRecord(s, emit) {
  if (s.indexOf("\\n") === -1) return false;
  let value;
  try {
    value = JSON.parse(s);
  } catch {
    return false;
  }
  if (!isJsonObject(value)) return false;
  const header = {};
  const bodies = [];
  for (const [key3, field] of Object.entries(value)) {
    if (typeof field === "string" && field.indexOf("\n") !== -1) bodies.push(field);
    else header[key3] = field;
  }
  if (bodies.length === 0) return false;
  emit(JSON.stringify(header));
  for (const body2 of bodies) {
    let from = 0;
    while (from < body2.length) {
      const nl = body2.indexOf("\n", from);
      const end = nl === -1 ? body2.length : nl;
      emit(cleanTerminalText(body2.slice(from, end)));
      from = end + 1;
    }
  }
  return true;
}
var TEXT_FIELDS = ["textPayload", "message", "log", "line"];
var TIME_FIELDS = ["timestamp", "time", "@timestamp", "receiveTimestamp"];
function readLogTextRecord(s) {
  if (s.indexOf('"textPayload"') === -1 && s.indexOf('"message"') === -1 && s.indexOf('"log"') === -1 && s.indexOf('"line"') === -1)
    return void 0;
  let value;
  try {
    value = JSON.parse(s);
  } catch {
    return void 0;
  }
  if (!isJsonObject(value)) return void 0;
  let text2;
  for (const field of TEXT_FIELDS) {
    const v = value[field];
    if (typeof v === "string") {
      text2 = v;
      break;
    }
  }
  if (text2 === void 0) return void 0;
  for (const v of Object.values(value))
    if (typeof v === "string" && v !== text2 && v.indexOf("\n") !== -1) return void 0;
  const body2 = text2.endsWith("\n") ? text2.slice(0, -1) : text2;
  const lines = body2.split("\n").map(cleanTerminalText);
  let time;
  for (const field of TIME_FIELDS) {
    const v = value[field];
    if (typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(v)) {
      time = normalizeIsoTime(v);
      break;
    }
  }
  return time === void 0 ? { lines } : { lines, time };
}
function normalizeIsoTime(v) {
  const fraction = /^\.(\d{1,9})/.exec(v.slice(19))?.[1] ?? "";
  return `${v.slice(0, 19)}.${fraction.padEnd(9, "0")}`;
}

// src/parse/goroutine.ts
var MAX_NAME = 2048;
function clipName(text2) {
  return text2.length > MAX_NAME ? text2.slice(0, MAX_NAME) : text2;
}
var HEADER = /^([ \t]*)goroutine (\d+)(?: [^[\]]*)? \[([^\]]*)\]:$/;
function parseGoroutineHeader(line) {
  let i2 = 0;
  while (i2 < line.length && (line.charCodeAt(i2) === 32 || line.charCodeAt(i2) === 9)) i2++;
  if (line.charCodeAt(i2) !== 103) return void 0;
  const m = HEADER.exec(line);
  if (!m) return void 0;
  const [, indent = "", idText = "", inside = ""] = m;
  const items = inside.split(", ");
  const header = { indent, id: Number(idText), state: clipName(items[0] ?? "") };
  for (const item of items.slice(1)) {
    const minutes = /^(\d+) minutes$/.exec(item);
    if (minutes) header.waitMinutes = Number(minutes[1]);
    else if (item === "locked to thread") header.lockedToThread = true;
  }
  return header;
}
function parseFuncLine(line) {
  if (line.length === 0 || line.charCodeAt(line.length - 1) !== 41) return void 0;
  const open2 = line.lastIndexOf("(");
  if (open2 <= 0) return void 0;
  const func2 = line.slice(0, open2);
  if (/\s/.test(func2)) return void 0;
  if (!func2.includes(".") && func2 !== "panic") return void 0;
  const inlined = open2 === line.length - 5 && line.endsWith("...)");
  return { func: clipName(func2), inlined };
}
function parseFileLine(text2, from = 0) {
  let end = text2.indexOf(" fp=0x", from);
  if (end < 0) end = text2.length;
  const offset = end - from >= 4 ? text2.lastIndexOf(" +0x", end - 4) : -1;
  if (offset >= from && isHexRun(text2, offset + 4, end)) end = offset;
  const colon = end > from ? text2.lastIndexOf(":", end - 1) : -1;
  if (colon <= from) return void 0;
  const digits = end - colon - 1;
  if (digits < 1 || digits > 9) return void 0;
  let line = 0;
  for (let i2 = colon + 1; i2 < end; i2++) {
    const d = text2.charCodeAt(i2) - 48;
    if (d < 0 || d > 9) return void 0;
    line = line * 10 + d;
  }
  return { file: clipName(text2.slice(from, colon)), line };
}
function isHexRun(text2, from, end) {
  if (from >= end) return false;
  for (let i2 = from; i2 < end; i2++) {
    const c = text2.charCodeAt(i2);
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return false;
  }
  return true;
}
function parseCreatedBy(line) {
  if (!line.startsWith("created by ")) return void 0;
  const rest = line.slice("created by ".length);
  const m = /^(\S+) in goroutine (\d+)$/.exec(rest);
  if (m) return { func: clipName(m[1] ?? ""), parentId: Number(m[2]) };
  if (rest.length === 0 || /\s/.test(rest)) return void 0;
  return { func: clipName(rest) };
}
function isElisionLine(line) {
  return line === "...additional frames elided..." || /^\.\.\.\d+ frames elided\.\.\.$/.test(line);
}
function isIgnorableDumpLine(line) {
  if (line === "goroutine running on other thread; stack unavailable" || line === "runtime stack:")
    return true;
  if (line.charCodeAt(0) === 91) return /^\[originating from goroutine \d+\]:$/.test(line);
  const last = line.charCodeAt(line.length - 1);
  return (last >= 48 && last <= 57 || last >= 97 && last <= 102) && /^[a-z][a-z0-9]{1,6} +0x[0-9a-f]+$/.test(line);
}

// src/parse/frame-lines.ts
function indentEnd(line) {
  let i2 = 0;
  while (i2 < line.length) {
    const c = line.charCodeAt(i2);
    if (c !== 32 && c !== 9) break;
    i2++;
  }
  return i2;
}
function readFileLine(line) {
  const from = indentEnd(line);
  if (from >= line.length) return void 0;
  const location = parseFileLine(line, from);
  if (location === void 0) return void 0;
  if (line.charCodeAt(0) === 9) return location;
  return looksLikePath(location.file) ? location : void 0;
}
function looksLikePath(file) {
  if (file.indexOf(" ") !== -1) return false;
  if (file === "<autogenerated>") return true;
  return file.indexOf("/") !== -1 || file.indexOf("\\") !== -1 || file.endsWith(".go") || file.endsWith(".s");
}
function readFuncLine(line) {
  const from = indentEnd(line);
  return parseFuncLine(from === 0 ? line : line.slice(from));
}
function readJoinedFrame(line) {
  const last = line.charCodeAt(line.length - 1);
  if (!(last >= 48 && last <= 57 || last >= 97 && last <= 102)) return void 0;
  let end = line.indexOf(" fp=0x");
  if (end === -1) end = line.length;
  const plus = line.lastIndexOf(" +0x", end);
  if (plus !== -1 && /^[0-9a-f]+$/.test(line.slice(plus + 4, end))) end = plus;
  const gap = Math.max(line.lastIndexOf(" ", end - 1), line.lastIndexOf("	", end - 1));
  if (gap <= 0) return void 0;
  const location = readFileLine(line.slice(gap + 1, end));
  if (location === void 0) return void 0;
  let headEnd = gap;
  while (headEnd > 0 && (line.charCodeAt(headEnd - 1) === 32 || line.charCodeAt(headEnd - 1) === 9))
    headEnd--;
  if (line.charCodeAt(headEnd - 1) !== 41) return void 0;
  const func2 = parseFuncLine(line.slice(indentEnd(line), headEnd));
  return func2 === void 0 ? void 0 : { func: func2, location };
}
var EDITORIAL = /^(?:(?:\.{3}|…)(?:\s.*)?|\[(?:\.{3}|…|snip(?:ped)?|trimmed|truncated)\]|<(?:\.{3}|…|snip(?:ped)?|trimmed|truncated)>|\(\d+ (?:more )?lines? (?:omitted|skipped|removed|snipped|hidden)\)|\/\/.*|#\s.*)$/i;
function isEditorialLine(text2) {
  const c = text2.charCodeAt(0);
  if (c !== 46 && c !== 8230 && c !== 91 && c !== 60 && c !== 40 && c !== 47 && c !== 35)
    return false;
  if (c === 46 && text2.endsWith("elided...")) return false;
  return EDITORIAL.test(text2);
}
function mapFaultOf(func2) {
  if (func2.startsWith("runtime.map") || func2.startsWith("internal/runtime/maps.")) {
    if (/assign|delete|PutSlot|\.Delete|\.Clear|clear|growWork|evacuate/.test(func2))
      return "concurrent-map-writes";
    if (/access|\.Get/.test(func2)) return "concurrent-map-read-write";
    if (/iter|Next/.test(func2)) return "concurrent-map-iteration-write";
    if (/clone/i.test(func2)) return "concurrent-map-clone-write";
    return "concurrent-map-writes";
  }
  if (func2.startsWith("reflect.mapiter") || func2 === "internal/reflectlite.mapiterinit")
    return "concurrent-map-iteration-write";
  if (func2 === "maps.clone" || func2 === "runtime.mapclone2") return "concurrent-map-clone-write";
  return void 0;
}
var THROWS = /* @__PURE__ */ new Set(["runtime.throw", "runtime.fatal", "runtime.fatalthrow", "runtime.fatalpanic"]);
function crashSignOf(frames) {
  if (frames.length === 0) return void 0;
  const top = frames[0];
  if (top.func === "runtime/debug.Stack" || top.func.startsWith("runtime/pprof.")) return void 0;
  let thrown = false;
  let panicked = false;
  let sigpanic = false;
  for (let i2 = 0; i2 < frames.length; i2++) {
    const func2 = frames[i2].func;
    if (func2.startsWith("runtime.race") || func2.startsWith("__tsan_")) return "data-race";
    if (THROWS.has(func2)) thrown = true;
    else if (func2 === "panic" || func2 === "runtime.gopanic") panicked = true;
    else if (func2 === "runtime.sigpanic" || func2 === "runtime.panicmem") sigpanic = true;
    else if (i2 < 4 && (thrown || i2 < 2)) {
      const map = mapFaultOf(func2);
      if (map !== void 0) return panicked ? "nil-map-write" : map;
    }
    if (i2 >= 4 && !panicked && !thrown) break;
  }
  if (sigpanic) return "nil-deref";
  if (panicked) return "panic";
  return thrown ? "panic" : void 0;
}

// src/parse/log-prefix.ts
var MONTHS = {
  Jan: "01",
  Feb: "02",
  Mar: "03",
  Apr: "04",
  May: "05",
  Jun: "06",
  Jul: "07",
  Aug: "08",
  Sep: "09",
  Oct: "10",
  Nov: "11",
  Dec: "12"
};
var ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d:\d\d)(?:[.,](\d{1,9}))?(?:Z|[+-]\d\d:?\d\d| UTC)?(?: |$)/;
var KIBANA = /^([A-Z][a-z]{2}) (\d{1,2})(?:st|nd|rd|th) (\d{4}), (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?[ \t]+/;
var JOURNALD = /^([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))? \S+ [^\s:[\]]+(?:\[\d+\])?: /;
var KLOG = /^[IWEF](\d\d)(\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,9}))? +\d+ [^\s\]]+:\d+\] /;
var KUBECTL = /^\[(?:pod|deployment|statefulset|daemonset|job|replicaset)\/[^\]\s]+\] /;
function key2(year, month, day, clock, fraction) {
  return `${year}-${month}-${day.trim().padStart(2, "0")}T${clock}.${(fraction ?? "").padEnd(9, "0")}`;
}
function logPrefixOf(text2) {
  const c = text2.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const sep2 = text2.charCodeAt(4);
    if (sep2 !== 45 || text2.charCodeAt(7) !== sep2) return composePrefixOf(text2);
    const m = ISO.exec(text2);
    if (m === null) return void 0;
    return { length: m[0].length, time: key2(m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4] ?? "", m[5]) };
  }
  if (c >= 65 && c <= 90) {
    const d = text2.charCodeAt(1);
    if (d >= 48 && d <= 57) {
      const m = KLOG.exec(text2);
      if (m === null) return void 0;
      return { length: m[0].length, time: key2("----", m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4]), klog: true };
    }
    if (text2.charCodeAt(3) !== 32) return void 0;
    const month = MONTHS[text2.slice(0, 3)];
    if (month === void 0) return void 0;
    const kibana = KIBANA.exec(text2);
    if (kibana)
      return {
        length: kibana[0].length,
        time: key2(kibana[3] ?? "", month, kibana[2] ?? "", kibana[4] ?? "", kibana[5])
      };
    const journald = JOURNALD.exec(text2);
    if (journald)
      return {
        length: journald[0].length,
        time: key2("----", month, journald[2] ?? "", journald[3] ?? "", journald[4])
      };
    return void 0;
  }
  if (c === 91) {
    const m = text2.charCodeAt(1) === 112 || text2.charCodeAt(1) === 100 || text2.charCodeAt(1) === 115 || text2.charCodeAt(1) === 106 || text2.charCodeAt(1) === 114 ? KUBECTL.exec(text2) : null;
    return m ? { length: m[0].length } : void 0;
  }
  if (c >= 97 && c <= 122) return composePrefixOf(text2);
  return void 0;
}
function composePrefixOf(text2) {
  let i2 = 0;
  for (; i2 < 64 && i2 < text2.length; i2++) {
    const c = text2.charCodeAt(i2);
    const name2 = c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 45 || c === 95;
    if (!name2) break;
  }
  if (i2 === 0 || text2.charCodeAt(i2) !== 32) return void 0;
  while (i2 < 96 && text2.charCodeAt(i2) === 32) i2++;
  if (text2.charCodeAt(i2) !== 124) return void 0;
  i2++;
  if (text2.charCodeAt(i2) === 32) i2++;
  return { length: i2 };
}
function keepsKlogHeader(rest) {
  let inner = rest;
  for (let layer = 0; layer < 4; layer++) {
    const prefix = logPrefixOf(inner);
    if (prefix === void 0) break;
    inner = inner.slice(prefix.length);
  }
  return !looksLikeGoOutput(inner);
}
var GO_CAPITALS = "WGPRAH";
var GO_OUTPUT_STARTS = [
  "goroutine ",
  "panic: ",
  "fatal error: ",
  "created by ",
  "[signal ",
  "WARNING: DATA RACE",
  "==================",
  "Goroutine ",
  "Previous ",
  "runtime stack:",
  "[failed to restore the stack]",
  "Heap block of size ",
  "Global var "
];
function looksLikeGoOutput(rest) {
  if (rest.length === 0) return true;
  const c = rest.charCodeAt(0);
  if (c === 9 || c === 32) return true;
  if (c >= 65 && c <= 90 && GO_CAPITALS.indexOf(rest[0]) === -1) return false;
  for (const start2 of GO_OUTPUT_STARTS) if (rest.startsWith(start2)) return true;
  if (/^(?:Read|Write|Atomic read|Atomic write) at 0x/.test(rest) || isEditorialLine(rest)) return true;
  return readFuncLine(rest) !== void 0 || readFileLine(rest) !== void 0 || readJoinedFrame(rest) !== void 0;
}

// src/parse/order.ts
var MAX_BUFFERED_LINES = 2e5;
var MAX_BUFFERED_CHARS = 32 * 1024 * 1024;
var OrderRestorer = class {
  constructor(next) {
    this.next = next;
  }
  next;
  state = "probe";
  texts = [];
  numbers = [];
  chars = 0;
  last;
  increases = 0;
  decreases = 0;
  restoredChunks = 0;
  gaveUp = false;
  /** True while lines are held: every line must come through here to keep its place. */
  get buffering() {
    return this.texts.length > 0;
  }
  /** True when a newest-first export was put back in order. */
  get restored() {
    return this.restoredChunks > 0;
  }
  /**
   * True when the log's timestamps run backwards and the order could not be restored (some lines
   * had none, or the export was longer than the buffer).
   */
  get outOfOrder() {
    if (this.gaveUp || this.restoredChunks > 1) return true;
    return this.state === "pass" && this.decreases >= 3 && this.decreases > this.increases;
  }
  push(text2, no, time) {
    if (time === void 0) {
      if (this.state === "reversed") this.gaveUp = true;
      if (this.texts.length > 0) this.release(false);
      this.state = "pass";
      this.next(text2, no);
      return;
    }
    const last = this.last;
    this.last = time;
    const direction = last === void 0 || time === last ? 0 : time > last ? 1 : -1;
    if (direction > 0) this.increases++;
    else if (direction < 0) this.decreases++;
    if (this.state === "pass") {
      this.next(text2, no);
      return;
    }
    if (this.state === "probe" && direction > 0) {
      this.release(false);
      this.state = "pass";
      this.next(text2, no);
      return;
    }
    if (this.state === "probe" && direction < 0) this.state = "reversed";
    else if (this.state === "reversed" && direction > 0) {
      this.release(true);
      this.state = "probe";
    }
    this.texts.push(text2);
    this.numbers.push(no);
    this.chars += text2.length;
    if (this.texts.length >= MAX_BUFFERED_LINES || this.chars >= MAX_BUFFERED_CHARS) {
      this.release(this.state === "reversed");
      if (this.state === "probe") this.state = "pass";
    }
  }
  end() {
    if (this.texts.length > 0) this.release(this.state === "reversed");
  }
  release(reverse) {
    const { texts, numbers } = this;
    this.texts = [];
    this.numbers = [];
    this.chars = 0;
    if (reverse) {
      this.restoredChunks++;
      for (let i2 = texts.length - 1; i2 >= 0; i2--) this.next(texts[i2], numbers[i2]);
    } else {
      for (let i2 = 0; i2 < texts.length; i2++) this.next(texts[i2], numbers[i2]);
    }
  }
};

// src/parse/test-json.ts
var MAX_OPEN_OUTPUTS = 1024;
var MAX_PENDING_OUTPUT = 4 * MAX_LINE_LENGTH;
var ENDS = /* @__PURE__ */ new Set(["pass", "fail", "skip"]);
var TestJsonUnwrapper = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  buffers = /* @__PURE__ */ new Map();
  pendingTotal = 0;
  /** The buffer of the previous output event: consecutive events mostly belong to one test. */
  last;
  /** Line number of the event being handled: the number every line it completes carries. */
  currentNo = 0;
  /** Memory held in unfinished lines, all tests together (bounded by `MAX_PENDING_OUTPUT`). */
  get pending() {
    return this.pendingTotal;
  }
  /** Open (Package, Test) buffers (bounded by `MAX_OPEN_OUTPUTS`). */
  get open() {
    return this.buffers.size;
  }
  /** Consumes the line if it is a test2json event; returns false for any other line. */
  handle(s, no) {
    if (s.indexOf('"Action"') === -1) return false;
    const event = parseJsonObject(s);
    if (event === void 0 || typeof event.Action !== "string") return false;
    this.currentNo = no;
    const action = event.Action;
    const pkg = optionalString(event.Package);
    const test = optionalString(event.Test);
    if (action === "output") {
      if (typeof event.Output === "string") this.append(pkg, test, event.Output);
    } else if (action === "build-output") {
      const importPath = optionalString(event.ImportPath);
      if (typeof event.Output === "string")
        this.append(packageOf(importPath), void 0, event.Output, importPath);
    } else if (action === "build-fail") {
      this.flushKey(buildKey(optionalString(event.ImportPath)));
    } else if (ENDS.has(action)) {
      if (test !== void 0) this.flushKey(testKey(pkg, test));
      else this.flushPackage(pkg);
    }
    return true;
  }
  /** Flushes every unfinished line; they carry `no`, the input's last line number. */
  end(no) {
    this.currentNo = no;
    for (const key3 of this.buffers.keys()) this.flushKey(key3);
  }
  append(pkg, test, output, importPath) {
    const key3 = importPath === void 0 ? testKey(pkg, test) : buildKey(importPath);
    let buffer = this.last?.key === key3 ? this.last : this.buffers.get(key3);
    if (buffer === void 0) {
      if (this.buffers.size >= MAX_OPEN_OUTPUTS) this.evictOldest();
      buffer = this.openBuffer(key3, pkg, test);
      this.buffers.set(key3, buffer);
    }
    this.last = buffer;
    const before = buffer.lines.footprint;
    buffer.lines.push(output);
    this.pendingTotal += buffer.lines.footprint - before;
    if (this.pendingTotal > MAX_PENDING_OUTPUT) this.shrink();
  }
  openBuffer(key3, pkg, test) {
    const lines = new LineSplitter((text2) => this.sink(text2, this.currentNo, pkg, test));
    return { key: key3, pkg, test, lines };
  }
  flushKey(key3) {
    const buffer = this.buffers.get(key3);
    if (buffer === void 0) return;
    this.pendingTotal -= buffer.lines.footprint;
    buffer.lines.flush();
    this.buffers.delete(key3);
    if (this.last === buffer) this.last = void 0;
  }
  /** A package's end also ends any of its tests that never reported an end (a crashed binary). */
  flushPackage(pkg) {
    for (const [key3, buffer] of this.buffers) if (buffer.pkg === pkg) this.flushKey(key3);
  }
  evictOldest() {
    const oldest = this.buffers.keys().next();
    if (oldest.done !== true) this.flushKey(oldest.value);
  }
  /** Over the memory budget (hostile input): flush the oldest unfinished lines first. */
  shrink() {
    for (const [key3, buffer] of this.buffers) {
      if (this.pendingTotal <= MAX_PENDING_OUTPUT) return;
      if (buffer.lines.footprint > 0) this.flushKey(key3);
    }
  }
};
function parseJsonObject(s) {
  try {
    const value = JSON.parse(s);
    return isJsonObject(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function optionalString(value) {
  return typeof value === "string" ? value : void 0;
}
function testKey(pkg, test) {
  return `t\0${pkg ?? ""}\0${test ?? ""}`;
}
function buildKey(importPath) {
  return `b\0${importPath ?? ""}`;
}
function packageOf(importPath) {
  if (importPath === void 0) return void 0;
  const bracket = importPath.indexOf(" [");
  return bracket === -1 ? importPath : importPath.slice(0, bracket);
}

// src/parse/input.ts
var MAX_PREFIX_LAYERS = 4;
var LineReader = class _LineReader {
  decoder = new TextDecoder("utf-8");
  splitter = new LineSplitter((raw) => this.onRawLine(raw));
  gutter = new GutterStripper((text2, no) => this.onUnframedLine(text2, no));
  cri = new CriJoiner();
  order = new OrderRestorer((text2, no) => this.onContentLine(text2, no));
  testJson = new TestJsonUnwrapper(
    (text2, no, pkg, test) => this.onTestOutput(text2, no, pkg, test)
  );
  bytes = 0;
  lineNo = 0;
  /** The decoder may hold the start of a multi-byte character from the last byte chunk. */
  decoding = false;
  /**
   * The decoder has produced text since it was created or flushed: its byte-order-mark check is
   * behind it. Until then every byte chunk goes through it, so a BOM is dropped exactly as before.
   */
  decoderStarted = false;
  /** The last byte chunk the decoder saw ended in a non-ASCII byte: it may hold half a character. */
  decoderMayHold = false;
  /** The line being split may hold `\r` or ESC (see `feed`). */
  lineMayBeDirty = false;
  carryDirty = false;
  sink;
  constructor(onLine) {
    this.sink = (text2, no, pkg, test) => onLine({ text: text2, no, package: pkg, test });
  }
  /** A reader that hands each line's fields to `sink`: no `LogLine` object per line on the hot path. */
  static withSink(sink) {
    const reader = new _LineReader(() => {
    });
    reader.sink = sink;
    return reader;
  }
  push(chunk) {
    let text2;
    if (typeof chunk === "string") {
      this.bytes += utf8Length(chunk);
      text2 = this.decoding ? this.decoder.decode() + chunk : chunk;
      this.decoding = false;
      this.decoderStarted = false;
      this.decoderMayHold = false;
    } else {
      this.bytes += chunk.byteLength;
      text2 = this.decodeBytes(chunk);
      this.decoding = true;
    }
    this.feed(text2);
  }
  /**
   * Decodes a byte chunk in stream mode. Logs are mostly ASCII, and an ASCII chunk read as Latin-1 is
   * the same text several times faster than the streaming UTF-8 decoder; it is only safe when the
   * decoder holds nothing (no half character, BOM check done), which then stays true.
   */
  decodeBytes(chunk) {
    if (this.decoderStarted && !this.decoderMayHold && chunk.byteLength > 0 && isAscii(chunk)) {
      return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    }
    const text2 = this.decoder.decode(chunk, { stream: true });
    if (text2.length > 0) this.decoderStarted = true;
    if (chunk.byteLength > 0) this.decoderMayHold = chunk[chunk.byteLength - 1] >= 128;
    return text2;
  }
  /** Flushes what is pending (a last line without newline, unfinished JSON Output buffers). */
  end() {
    if (this.decoding) {
      this.decoding = false;
      this.decoderStarted = false;
      this.decoderMayHold = false;
      const rest = this.decoder.decode();
      if (rest.length > 0) this.feed(rest);
    }
    this.lineMayBeDirty = this.carryDirty;
    this.splitter.flush();
    this.gutter.end();
    for (const partial of this.cri.drain()) this.order.push(partial.text, partial.no, void 0);
    this.order.end();
    this.testJson.end(this.lineNo);
    return { bytes: this.bytes, lines: this.lineNo };
  }
  /** Whether a newest-first export was restored, or the log looks out of order (see order.ts). */
  get ordering() {
    return { restored: this.order.restored, outOfOrder: this.order.outOfOrder };
  }
  feed(text2) {
    const dirty = text2.indexOf("\r") !== -1 || text2.indexOf("\x1B") !== -1;
    this.lineMayBeDirty = dirty || this.carryDirty;
    this.splitter.push(text2);
    this.carryDirty = this.splitter.pending > 0 && this.lineMayBeDirty;
  }
  /** Stage 1: terminal debris and the wrapping added when a log is copied (Markdown, gutter). */
  onRawLine(raw) {
    const no = ++this.lineNo;
    let text2 = raw;
    if (this.lineMayBeDirty) {
      text2 = trimTrailingCarriageReturns(stripAnsi(raw));
    }
    if (!this.gutter.engaged && !this.order.buffering && startsPlain(text2) && (!this.lineMayBeDirty || text2.indexOf("\r") === -1)) {
      this.sink(text2, no, void 0, void 0);
      return;
    }
    if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
    if (mayBeMarkdown(text2)) {
      const unwrapped = unwrapMarkdown(text2);
      if (unwrapped === null) return;
      text2 = unwrapped;
    }
    if (this.gutter.engaged || mayHaveGutter(text2)) this.gutter.push(text2, no);
    else this.onUnframedLine(text2, no);
  }
  /**
   * Stage 2: prefixes written on every line by the CI system, the container runtime or a log system
   * (timestamps, klog headers, journald, `kubectl --prefix`, Compose, JSON records of one line each),
   * then the order of a newest-first export.
   */
  onUnframedLine(line, no) {
    this.unprefix(line, no, void 0, true);
  }
  /**
   * Cuts the prefixes of one line (the outermost timestamp is the line's time); a one-line JSON record
   * hands its text back here once, for the prefixes inside it.
   */
  unprefix(line, no, outerTime, records) {
    let text2 = line;
    let time = outerTime;
    for (let layer = 0; layer < MAX_PREFIX_LAYERS; layer++) {
      const prefix = logPrefixOf(text2);
      if (prefix === void 0) break;
      time ??= prefix.time;
      const rest = text2.slice(prefix.length);
      if (prefix.klog && keepsKlogHeader(rest)) break;
      text2 = rest;
      const record = prefix.time === void 0 ? void 0 : parseCriRecord(text2);
      if (record !== void 0) {
        const joined = this.cri.push(record, no);
        if (joined === void 0) return;
        text2 = joined;
      }
    }
    if (records && text2.charCodeAt(0) === 123) {
      const record = readLogTextRecord(text2);
      if (record !== void 0) {
        for (const content of record.lines) this.unprefix(content, no, time ?? record.time, false);
        return;
      }
    }
    this.order.push(text2, no, time);
  }
  /** Stage 3: progress overwrites, GitHub markers and workflow commands, then JSON. */
  onContentLine(line, no) {
    const text2 = keepAfterLastCarriageReturn(line);
    const c = text2.charCodeAt(0);
    if (c === 35) {
      const message = stripGithubMarker(text2);
      if (message !== null) this.emit(message, no, void 0, void 0);
      return;
    }
    if (c === 58) {
      const messages = readWorkflowCommand(text2);
      if (messages === null) return;
      if (messages !== void 0) {
        for (const message of messages) this.emit(message, no, void 0, void 0);
        return;
      }
    }
    if (c === 123 && this.testJson.handle(text2, no)) return;
    this.emit(text2, no, void 0, void 0);
  }
  /** An output line of a `go test -json` event: only terminal clean-up and JSON log records apply. */
  onTestOutput(text2, no, pkg, test) {
    this.emit(cleanTerminalText(text2), no, pkg, test);
  }
  /** Stage 4: a line of program output, expanded if it is a JSON log record. */
  emit(text2, no, pkg, test) {
    if (text2.charCodeAt(0) === 123 && expandJsonLogRecord(text2, (line) => this.sink(line, no, pkg, test)))
      return;
    this.sink(text2, no, pkg, test);
  }
};
var PLAIN = 0;
var DECORATION = 1;
var INDENT = 2;
var UPPER = 3;
var LOWER = 4;
var FIRST_CHAR = new Uint8Array(128);
for (const c of "0123456789><`~#:{[") FIRST_CHAR[c.charCodeAt(0)] = DECORATION;
FIRST_CHAR[32] = INDENT;
for (let c = 65; c <= 90; c++) FIRST_CHAR[c] = UPPER;
for (let c = 97; c <= 122; c++) FIRST_CHAR[c] = LOWER;
function startsPlain(text2) {
  const c = text2.charCodeAt(0);
  if (!(c < 128)) return false;
  switch (FIRST_CHAR[c]) {
    case PLAIN:
      return true;
    case INDENT: {
      let i2 = 1;
      while (i2 < 8 && text2.charCodeAt(i2) === 32) i2++;
      const first = text2.charCodeAt(i2);
      return first !== 96 && first !== 126 && first !== 60 && !(first >= 48 && first <= 57);
    }
    case UPPER: {
      const d = text2.charCodeAt(1);
      if (d >= 48 && d <= 57) return false;
      return text2.charCodeAt(3) !== 32 || logPrefixOf(text2) === void 0;
    }
    case LOWER:
      return logPrefixOf(text2) === void 0;
    default:
      return false;
  }
}
function utf8Length(s) {
  let bytes = s.length;
  for (let i2 = 0; i2 < s.length; i2++) {
    const c = s.charCodeAt(i2);
    if (c < 128) continue;
    if (c < 2048) bytes += 1;
    else if (c >= 55296 && c <= 56319 && i2 + 1 < s.length) {
      const next = s.charCodeAt(i2 + 1);
      if (next >= 56320 && next <= 57343) {
        bytes += 2;
        i2++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

// src/parse/attribution.ts
var PACKAGE_RESULT = /^(?:FAIL|ok {2})\t(\S+)(?:\t|\s*\[| *$)/;
var RACE_DETECTED = "race detected during execution of test";
var RACE_OUTSIDE_TEST = "testing: race detected outside of test execution";
var UNRESOLVED = -1;
var NameSlot = class {
  line = void 0;
  at = 0;
  get name() {
    this.resolve();
    const line = this.line;
    if (line === void 0) return void 0;
    return this.at === 0 ? line : line.slice(this.at);
  }
  /** A `=== RUN/CONT/NAME` line: the name is `line.slice(8).trim()`, looked for later. */
  setMarker(line) {
    this.line = line;
    this.at = UNRESOLVED;
  }
  /** A name on its own. */
  setName(name2) {
    this.line = name2;
    this.at = 0;
  }
  copy(other) {
    this.line = other.line;
    this.at = other.at;
  }
  clear() {
    this.line = void 0;
  }
  /** Whether a result line names this test at `at`, followed by a space. Compared from the end:
   * sibling subtests (`T/size=0` … `T/size=5`) share all but their last characters. */
  isNamedAt(text2, at) {
    this.resolve();
    const line = this.line;
    if (line === void 0) return false;
    const from = this.at;
    const length = line.length - from;
    if (at + length >= text2.length || text2.charCodeAt(at + length) !== 32) return false;
    for (let i2 = length - 1; i2 >= 0; i2--)
      if (text2.charCodeAt(at + i2) !== line.charCodeAt(from + i2)) return false;
    return true;
  }
  /** Finds where a marker line's name starts; an empty name (`=== CONT  `) leaves no test. */
  resolve() {
    const line = this.line;
    if (this.at !== UNRESOLVED || line === void 0) return;
    let from = 8;
    const end = line.length;
    while (from < end && line.charCodeAt(from) === 32) from++;
    if (from < end && isVisibleAscii(line.charCodeAt(from)) && isVisibleAscii(line.charCodeAt(end - 1))) {
      this.at = from;
      return;
    }
    const name2 = line.slice(8).trim();
    this.line = name2 === "" ? void 0 : name2;
    this.at = 0;
  }
};
var TestTracker = class {
  /** The test named by the last `=== RUN/CONT/NAME` or `--- FAIL` line. */
  current = new NameSlot();
  /** The last `=== RUN` test without a result yet (Go 1.19 timeouts name no test). */
  openRun = new NameSlot();
  /** The `--- FAIL:` test named after the last `=== RUN`, preferring the deepest subtest. */
  failed;
  /** True when `current` came from a `--- FAIL` line rather than a `===` marker. */
  currentFromResult = false;
  /**
   * Reads a line; returns what it settles, if anything. `lineTest` is the test2json Test field, which is
   * authoritative for the `race detected` line (test2json tags races with whatever test printed last).
   */
  observe(text2, lineTest) {
    const length = text2.length;
    if (length === 0) return void 0;
    const first = text2.charCodeAt(0);
    if (first === 61) {
      if (hasPrefixAt(text2, 0, "=== ")) this.observeMarker(text2);
      return void 0;
    }
    if (first === 70 || first === 111) {
      const pkg = PACKAGE_RESULT.exec(text2)?.[1];
      if (!pkg) return void 0;
      this.current.clear();
      this.openRun.clear();
      this.failed = void 0;
      return { type: "package-done", package: pkg };
    }
    if (first === 45 || first === 32) {
      let i2 = 0;
      while (i2 < length && text2.charCodeAt(i2) === 32) i2 += 1;
      if (hasPrefixAt(text2, i2, "--- ")) this.observeResult(text2, i2 + 4);
      else if (text2.charCodeAt(length - 1) === 116 && text2.endsWith(RACE_DETECTED))
        return { type: "race-detected", test: lineTest || this.current.name };
      return void 0;
    }
    if (first === 116 && text2.startsWith(RACE_OUTSIDE_TEST)) {
      return { type: "race-detected", test: void 0 };
    }
    this.interrupt();
    return void 0;
  }
  /**
   * A line of program output at the start of a line: a test's `--- FAIL` block is over, so a later crash
   * (the runtime prints no `--- FAIL` for a test killed by a fatal error) is not that test's.
   */
  interrupt() {
    this.failed = void 0;
    if (this.currentFromResult) {
      this.current.clear();
      this.currentFromResult = false;
    }
  }
  /** `=== RUN   T`, `=== CONT  T`, `=== NAME  T` (Go 1.20+), `=== PAUSE T`. */
  observeMarker(text2) {
    const isRun = hasPrefixAt(text2, 4, "RUN ");
    if (!isRun && !hasPrefixAt(text2, 4, "CONT") && !hasPrefixAt(text2, 4, "NAME")) return;
    this.current.setMarker(text2);
    this.currentFromResult = false;
    if (isRun) {
      this.openRun.copy(this.current);
      this.failed = void 0;
    }
  }
  /** `--- FAIL: T (0.00s)` / `--- PASS: …` / `--- SKIP: …`; `at` is where the result word starts. */
  observeResult(text2, at) {
    if (text2.charCodeAt(at + 4) !== 58 || text2.charCodeAt(at + 5) !== 32) return;
    const nameAt = at + 6;
    if (!hasPrefixAt(text2, at, "FAIL")) {
      if (this.openRun.isNamedAt(text2, nameAt)) this.openRun.clear();
      return;
    }
    const space = text2.indexOf(" ", nameAt);
    const name2 = text2.slice(nameAt, space < 0 ? text2.length : space);
    if (name2 === this.openRun.name) this.openRun.clear();
    if (this.failed === void 0 || !this.failed.startsWith(`${name2}/`)) this.failed = name2;
    this.current.setName(name2);
    this.currentFromResult = true;
  }
  /**
   * The test a panic that the testing package recovered and re-raised (`panic: … [recovered]`) belongs to:
   * tRunner prints the `--- FAIL` lines of the panicking test right before it.
   */
  recoveredPanicTest(lineTest) {
    return this.failed ?? lineTest ?? this.current.name;
  }
  /**
   * The test running when a crash that testing never saw happened (a fatal error, a panic in another
   * goroutine): no `--- FAIL` names it, so only the `=== RUN/CONT/NAME` markers (`-v`, `-json`) can.
   */
  crashTest(lineTest) {
    return lineTest ?? (this.currentFromResult ? void 0 : this.current.name);
  }
  /** The test a timeout belongs to when Go printed no `running tests:` list (Go ≤ 1.19, -v only). */
  timeoutTest(lineTest) {
    return this.openRun.name ?? lineTest;
  }
};
function hasPrefixAt(text2, at, prefix) {
  if (at + prefix.length > text2.length) return false;
  for (let i2 = 0; i2 < prefix.length; i2++) if (text2.charCodeAt(at + i2) !== prefix.charCodeAt(i2)) return false;
  return true;
}
function isVisibleAscii(c) {
  return c > 32 && c < 127;
}

// src/parse/cache-mutation.ts
var MAX_ROWS = 2e4;
var MAX_FIELDS = 50;
var MAX_ROW_LENGTH = 4096;
function keyOf2(text2) {
  const field = /^([A-Za-z_][A-Za-z0-9_]*): /.exec(text2);
  if (field) return field[1];
  return /^\([^)]*\) (?:\(len=\d+\) )?"((?:[^"\\]|\\.)*)": /.exec(text2)?.[1];
}
var DumpSide = class {
  lines = [];
  stack = [];
  add(line) {
    const text2 = line.trimStart();
    if (text2 === "") return;
    const depth = line.length - text2.length;
    while (this.stack.length > 0 && (this.stack[this.stack.length - 1]?.depth ?? 0) >= depth)
      this.stack.pop();
    const key3 = keyOf2(text2);
    const parents = this.stack.map((s) => s.key);
    const path = key3 === void 0 ? parents.join(".") : [...parents, key3].join(".");
    if (!/^[})\]]+,?$/.test(text2)) this.lines.push({ text: line, path });
    if (key3 !== void 0 && text2.endsWith("{")) this.stack.push({ depth, key: key3 });
  }
};
var SideBySideDiffReader = class {
  /** Column where the copy's half starts, learnt from the object's first row, `(*v1.Pod)({   (*v1.Pod)({`. */
  column;
  rows = 0;
  cached = new DumpSide();
  copy = new DumpSide();
  fields = [];
  /** A new `CACHE …[N] ALTERED!` object starts. */
  nextObject() {
    this.compare();
    this.column = void 0;
    this.cached = new DumpSide();
    this.copy = new DumpSide();
  }
  accept(fullRow) {
    if (this.rows >= MAX_ROWS) return;
    this.rows += 1;
    const row = fullRow.length > MAX_ROW_LENGTH ? fullRow.slice(0, MAX_ROW_LENGTH) : fullRow;
    if (this.column === void 0) {
      const m = /^(\S+) +\S/.exec(row);
      if (!m) return;
      this.column = row.length - row.slice(m[1]?.length ?? 0).trimStart().length;
    }
    this.cached.add(row.slice(0, this.column).trimEnd());
    this.copy.add(row.slice(this.column).trimEnd());
  }
  changedFields() {
    this.nextObject();
    return [...this.fields];
  }
  compare() {
    const a = this.cached.lines;
    const b = this.copy.lines;
    let head = 0;
    while (head < a.length && head < b.length && a[head]?.text === b[head]?.text) head += 1;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]?.text === b[b.length - 1 - tail]?.text) {
      tail += 1;
    }
    const midA = a.slice(head, a.length - tail);
    const midB = b.slice(head, b.length - tail);
    if (midA.length === midB.length) {
      midA.forEach((line, i2) => {
        if (line.text !== midB[i2]?.text) this.record(line.path);
      });
      return;
    }
    for (const line of [...midA, ...midB]) this.record(line.path);
  }
  record(field) {
    if (field === "" || this.fields.length >= MAX_FIELDS) return;
    if (this.fields.some((f) => field === f || field.startsWith(`${f}.`))) return;
    this.fields.push(field);
  }
};

// src/parse/bucket.ts
var MAX_BUCKETS = 1e3;
var MAX_IDS_PER_BUCKET = 100;
function frameKey2(frame) {
  return `${frame.func}\0${frame.file}\0${frame.line}`;
}
function stackKey(g) {
  const parts2 = [g.state, g.lockedToThread ? "L" : "", g.elided ? "E" : ""];
  for (const frame of g.frames) parts2.push(frameKey2(frame));
  parts2.push(g.createdBy ? frameKey2(g.createdBy) : "");
  return parts2.join("");
}
var GoroutineBuckets = class {
  constructor(maxBuckets = MAX_BUCKETS) {
    this.maxBuckets = maxBuckets;
  }
  maxBuckets;
  buckets = /* @__PURE__ */ new Map();
  omitted = 0;
  add(g) {
    const key3 = stackKey(g);
    const bucket = this.buckets.get(key3);
    if (bucket) {
      bucket.count += 1;
      if (bucket.ids && bucket.ids.length < MAX_IDS_PER_BUCKET) bucket.ids.push(g.id);
      if (g.waitMinutes !== void 0 && (bucket.waitMinutes ?? -1) < g.waitMinutes) {
        bucket.waitMinutes = g.waitMinutes;
      }
      return;
    }
    if (this.buckets.size >= this.maxBuckets) {
      this.omitted += 1;
      return;
    }
    this.buckets.set(key3, { ...g, count: 1, ids: [g.id] });
  }
  /** Buckets in first-seen order. */
  goroutines() {
    return [...this.buckets.values()];
  }
  get omittedGoroutines() {
    return this.omitted;
  }
};

// src/parse/dump.ts
var STACK_UNAVAILABLE = "goroutine running on other thread; stack unavailable";
var MAX_FRAMES_PER_GOROUTINE = 200;
var DumpBuilder = class {
  /** `allowHeaderless`: keep frames that come before any goroutine header (a pasted fragment). */
  constructor(allowHeaderless = false) {
    this.allowHeaderless = allowHeaderless;
  }
  allowHeaderless;
  crashing;
  buckets = new GoroutineBuckets();
  current;
  pending;
  /** Inside `runtime stack:` or `[originating from goroutine N]:`: frames that belong to no goroutine. */
  skipping = false;
  /** The current goroutine printed `goroutine running on other thread; stack unavailable`. */
  unavailable = false;
  /** Frames came before any goroutine header and were given one of unknown id. */
  implicit = false;
  /** True when the last line read left a frame or a goroutine half-printed (a log cut mid-dump). */
  get midFrame() {
    const g = this.current;
    return this.pending !== void 0 || g !== void 0 && g.frames.length === 0 && !this.unavailable;
  }
  /**
   * Takes a line that may belong to the dump; false means the dump has ended before this line.
   * Whitespace does not matter (pasted dumps lose or change their tabs): a `path:line` line is a file
   * line, a function line a function line, and a viewer's joined `func(…) path:line` both at once.
   */
  accept(line) {
    if (line.charCodeAt(0) === 9 && this.pending && line.charCodeAt(1) > 32) {
      const location2 = parseFileLine(line, 1);
      if (location2) {
        this.addFrame(location2);
        return true;
      }
    }
    if (isBlank(line)) {
      return true;
    }
    const header = parseGoroutineHeader(line);
    if (header) {
      this.closeGoroutine();
      this.skipping = false;
      this.unavailable = false;
      this.current = { id: header.id, state: header.state, frames: [], count: 1 };
      if (header.waitMinutes !== void 0) this.current.waitMinutes = header.waitMinutes;
      if (header.lockedToThread) this.current.lockedToThread = true;
      return true;
    }
    const from = indentEnd(line);
    const text2 = from === 0 ? line : line.slice(from);
    if (text2.charCodeAt(text2.length - 1) === 41) {
      const func3 = parseFuncLine(text2);
      if (func3) {
        this.pending = { func: func3.func, inlined: func3.inlined, createdBy: false };
        return true;
      }
    }
    if (text2 === STACK_UNAVAILABLE && from > 0) {
      this.unavailable = true;
      return true;
    }
    if (isEditorialLine(text2)) return true;
    const location = readFileLine(line);
    if (location) {
      this.addFrame(location);
      return true;
    }
    if (isIgnorableDumpLine(text2)) {
      if (text2 !== STACK_UNAVAILABLE) this.skipping = true;
      return true;
    }
    if (isElisionLine(text2)) {
      if (this.current) this.current.elided = true;
      return true;
    }
    const created = parseCreatedBy(text2);
    if (created) {
      this.pending = { func: created.func, inlined: false, createdBy: true };
      if (created.parentId !== void 0) this.pending.parentId = created.parentId;
      return true;
    }
    const func2 = parseFuncLine(text2);
    if (func2) {
      this.pending = { func: func2.func, inlined: func2.inlined, createdBy: false };
      return true;
    }
    const joined = readJoinedFrame(text2);
    if (joined) {
      this.pending = { func: joined.func.func, inlined: joined.func.inlined, createdBy: false };
      this.addFrame(joined.location);
      return true;
    }
    return false;
  }
  /** Frames read before any goroutine header (a fragment) go to a goroutine of unknown id. */
  get headerless() {
    return this.implicit;
  }
  /** A file line: completes the pending function's frame; a stray one (a cut first frame) is skipped. */
  addFrame(location) {
    const pending = this.pending;
    if (!pending) return;
    this.pending = void 0;
    if (this.skipping) return;
    let g = this.current;
    if (!g) {
      if (!this.allowHeaderless) return;
      g = { id: 0, state: "unknown", frames: [], count: 1 };
      this.current = g;
      this.implicit = true;
    }
    const frame = { func: pending.func, file: location.file, line: location.line };
    if (pending.createdBy) {
      g.createdBy = frame;
      if (pending.parentId !== void 0) g.parentId = pending.parentId;
    } else if (g.frames.length < MAX_FRAMES_PER_GOROUTINE) {
      if (pending.inlined) frame.inlined = true;
      g.frames.push(frame);
    } else {
      g.omittedFrames = (g.omittedFrames ?? 0) + 1;
    }
  }
  /** The goroutine being read (the first one while it is still open). */
  get first() {
    return this.crashing ?? this.current;
  }
  closeGoroutine() {
    this.pending = void 0;
    const g = this.current;
    if (!g) return;
    this.current = void 0;
    if (this.crashing === void 0) this.crashing = g;
    else this.buckets.add(g);
  }
  finish() {
    this.closeGoroutine();
    const result2 = {
      others: this.buckets.goroutines(),
      omittedGoroutines: this.buckets.omittedGoroutines
    };
    if (this.crashing) result2.crashing = this.crashing;
    return result2;
  }
};
function isBlank(line) {
  for (let i2 = 0; i2 < line.length; i2++) {
    const c = line.charCodeAt(i2);
    if (c === 32 || c >= 9 && c <= 13) continue;
    return c >= 128 ? line.trim() === "" : false;
  }
  return true;
}

// src/parse/headline.ts
var FATAL_KINDS = /* @__PURE__ */ new Map([
  ["concurrent map writes", "concurrent-map-writes"],
  // Swiss maps (Go 1.24+) detect some concurrent writes only as a full small map.
  ["small map with no empty slot (concurrent map writes?)", "concurrent-map-writes"],
  ["concurrent map read and map write", "concurrent-map-read-write"],
  ["concurrent map iteration and map write", "concurrent-map-iteration-write"],
  ["concurrent map clone and map write", "concurrent-map-clone-write"],
  ["all goroutines are asleep - deadlock!", "deadlock"],
  ["no goroutines (main called runtime.Goexit) - deadlock!", "deadlock"]
]);
function kindOfFatal(message) {
  return FATAL_KINDS.get(message) ?? "panic";
}
function stripRecovered(value) {
  return value.replace(/ \[recovered(?:, repanicked)?\]$/, "");
}
function kindOfPanicValue(value) {
  if (value === "assignment to entry in nil map") return "nil-map-write";
  if (value.startsWith("runtime error: invalid memory address or nil pointer dereference"))
    return "nil-deref";
  if (value === "send on closed channel") return "closed-channel";
  if (value.startsWith("test timed out after ")) return "test-timeout";
  if (/^cache .+ modified$/.test(value)) return "cache-mutation";
  return "panic";
}
function observedPanicValue(line) {
  const at = line.indexOf("] Observed a panic: ");
  if (at < 0 || !/^E\d{4} /.test(line)) return void 0;
  const rest = line.slice(at + "] Observed a panic: ".length);
  if (rest.startsWith('"') && rest.endsWith(")")) {
    let i2 = 1;
    while (i2 < rest.length && rest[i2] !== '"') i2 += rest[i2] === "\\" ? 2 : 1;
    if (rest.startsWith(" (", i2 + 1)) return rest.slice(i2 + 3, -1);
  }
  return rest;
}
function parseCacheAltered(line) {
  const m = /^CACHE (\S+)\[(\d+)\] ALTERED!$/.exec(line);
  if (!m) return void 0;
  return { objectType: m[1] ?? "", index: Number(m[2]) };
}
function cacheTypeOfPanicValue(value) {
  return /^cache (.+) modified$/.exec(value)?.[1];
}

// src/parse/race.ts
var RACE_RULE = "==================";
var RACE_WARNING = "WARNING: DATA RACE";
var MAX_SECTIONS = 32;
var MAX_FRAMES = 200;
var ACCESS = /^(Previous )?(?:(atomic|Atomic) )?(read|write|Read|Write) at (0x[0-9a-fA-F]+) by (?:main goroutine|goroutine (\d+)):$/;
var ACCESS_CUT = /^(Previous )?(?:(atomic|Atomic) )?(read|write|Read|Write) at (0x[0-9a-fA-F]+) by (?!main goroutine:$|goroutine \d+:$)/;
var ACCESS_TAIL = /^(?:main goroutine|goroutine (\d+)):$/;
var CREATED = /^Goroutine (\d+) \((running|finished)\) created at:$/;
var HEAP2 = /^Heap block of size \d+ at 0x[0-9a-fA-F]+ allocated by (?:main goroutine|goroutine \d+):$/;
var GLOBAL = /^Global var (\S+) of size \d+ at 0x[0-9a-fA-F]+ declared at (.+):(\d+)$/;
function accessHeaderOf(text2) {
  const c = text2.charCodeAt(0);
  if (c !== 82 && c !== 87 && c !== 80 && c !== 65 && c !== 97) return void 0;
  if (text2.indexOf(" at 0x") === -1) return void 0;
  const m = ACCESS.exec(text2) ?? ACCESS_CUT.exec(text2);
  return m ? { previous: m[1] !== void 0 } : void 0;
}
var MAIN_GOROUTINE_ID = 1;
var RaceReportBuilder = class {
  accesses = [];
  locations = [];
  /** Frames of the section being read; undefined outside a section or once its cap is hit. */
  frames;
  pendingFunc;
  sections = 0;
  /** An access whose header was cut (ACCESS_CUT): its `goroutine N:` line is still to come. */
  cutAccess;
  /**
   * A paste cut inside the first access: its frames were read before any section header. They are
   * the first access's (its operation unknown: recorded as a read, `sectionLost` set).
   */
  startWithFrames(frames) {
    this.sections += 1;
    const entry = { op: "read", previous: false, address: "", goroutineId: 0, frames };
    entry.sectionLost = true;
    this.accesses.push(entry);
    this.frames = frames;
  }
  /** True once a `Previous …` access was read: a later first access starts another report. */
  get sawPrevious() {
    return this.accesses.some((a) => a.previous);
  }
  /** Feeds one line of the report body (after the `WARNING` line); true when it closed the report. */
  accept(line) {
    if (line === RACE_RULE) return true;
    const text2 = line.trim();
    if (text2 === "" || isEditorialLine(text2)) return false;
    if (this.cutAccess && this.finishCutAccess(text2)) return false;
    if (this.startSection(text2)) return false;
    if (text2 === "[failed to restore the stack]") {
      const last = this.accesses[this.accesses.length - 1];
      if (last && this.frames === last.frames) last.stackUnavailable = true;
      return false;
    }
    this.acceptFrameLine(text2);
    return false;
  }
  finishCutAccess(text2) {
    const tail = ACCESS_TAIL.exec(text2);
    if (!tail || !this.cutAccess) return false;
    this.cutAccess.goroutineId = tail[1] === void 0 ? MAIN_GOROUTINE_ID : Number(tail[1]);
    this.cutAccess = void 0;
    return true;
  }
  startSection(text2) {
    if (text2.charCodeAt(text2.length - 1) !== 58 && !text2.startsWith("Global var ")) {
      return this.startCutAccess(text2);
    }
    const access = ACCESS.exec(text2);
    const created = access ? void 0 : CREATED.exec(text2);
    const heap = access || created ? false : HEAP2.test(text2);
    const global = access || created || heap ? void 0 : GLOBAL.exec(text2);
    if (!access && !created && !heap && !global) return false;
    this.pendingFunc = void 0;
    this.frames = void 0;
    if (this.sections >= MAX_SECTIONS) return true;
    this.sections += 1;
    const frames = [];
    if (access) {
      const [, previous, atomic, op = "", address = "", id] = access;
      this.pushAccess(
        previous,
        atomic,
        op,
        address,
        id === void 0 ? MAIN_GOROUTINE_ID : Number(id),
        frames
      );
    } else if (created) {
      const id = Number(created[1]);
      const state = created[2] === "finished" ? "finished" : "running";
      for (const entry of this.accesses) {
        if (entry.goroutineId === id && entry.createdAt === void 0) {
          entry.goroutineState = state;
          entry.createdAt = frames;
        }
      }
    } else if (global) {
      const [, variable = "", file = "", lineText = ""] = global;
      this.locations.push({
        description: text2,
        variable,
        declaredAt: { file, line: Number(lineText) },
        frames
      });
    } else {
      this.locations.push({ description: text2.slice(0, -1), frames });
    }
    this.frames = frames;
    return true;
  }
  /** `Read at 0x… by ` + another writer's line: the access starts, its goroutine comes later. */
  startCutAccess(text2) {
    const cut2 = ACCESS_CUT.exec(text2);
    if (!cut2) return false;
    this.pendingFunc = void 0;
    this.frames = void 0;
    if (this.sections >= MAX_SECTIONS) return true;
    this.sections += 1;
    const [, previous, atomic, op = "", address = ""] = cut2;
    const frames = [];
    this.cutAccess = this.pushAccess(previous, atomic, op, address, 0, frames);
    this.frames = frames;
    return true;
  }
  pushAccess(previous, atomic, op, address, goroutineId, frames) {
    const entry = {
      op: op.toLowerCase() === "write" ? "write" : "read",
      previous: previous !== void 0,
      address,
      goroutineId,
      frames
    };
    if (atomic) entry.atomic = true;
    this.accesses.push(entry);
    return entry;
  }
  /** A frame's function or file line, whatever the whitespace, or both joined on one line. */
  acceptFrameLine(text2) {
    if (!this.frames) return;
    if (text2.charCodeAt(text2.length - 1) === 41) {
      const func3 = parseFuncLine(text2);
      if (func3) {
        this.pendingFunc = func3.func;
        return;
      }
    }
    const location = readFileLine(text2);
    if (location) {
      const func3 = this.pendingFunc;
      this.pendingFunc = void 0;
      if (func3 !== void 0) this.push(func3, location.file, location.line);
      return;
    }
    const func2 = parseFuncLine(text2);
    if (func2) {
      this.pendingFunc = func2.func;
      return;
    }
    const joined = readJoinedFrame(text2);
    this.pendingFunc = void 0;
    if (joined) this.push(joined.func.func, joined.location.file, joined.location.line);
  }
  push(func2, file, line) {
    if (this.frames && this.frames.length < MAX_FRAMES) this.frames.push({ func: func2, file, line });
  }
};

// src/parse/machine.ts
var MAX_PENDING = 64;
var MAX_STREAMS = 256;
var MAX_HEADER_NOISE = 50;
var MAX_RACE_NOISE = 1e4;
var MAX_RULE_GAP = 16;
var MAX_FOREIGN_RUN = 2;
var MAX_FOREIGN_LINES = 32;
var MAX_TEXT = 4096;
var MAX_CHAIN = 32;
var MAX_RUNNING_TESTS = 1e3;
var ENDS_HEADER = /^(?:panic: |fatal error: |=== |--- |={18}$|FAIL(?:\t|$)|ok {2}\t|PASS$)/;
var ENDS_RACE = /^(?:=== |--- |FAIL(?:\t|$)|ok {2}\t|PASS$|Found \d+ data race\(s\)$|testing: race detected)/;
var RACE_BREAK_STARTS = new Uint8Array(128);
for (const c of "W=-FoPt") RACE_BREAK_STARTS[c.charCodeAt(0)] = 1;
var MISSING_HEADLINE = "(no headline in the log: partial stack)";
function clip(text2) {
  return text2.length > MAX_TEXT ? text2.slice(0, MAX_TEXT) : text2;
}
function newFault(kind, headline, line) {
  const fault = { kind, headline: clip(headline), others: [], span: { start: line.no, end: line.no } };
  if (line.package) fault.package = line.package;
  return fault;
}
var HEADLINE = 1;
var FRAGMENT = 2;
var IDLE_FIRST = new Uint8Array(128);
for (const c of "WpfCERPAa") IDLE_FIRST[c.charCodeAt(0)] = HEADLINE;
for (const c of "abcdefghijklmnopqrstuvwxyz_ ") {
  const at = c.charCodeAt(0);
  IDLE_FIRST[at] = (IDLE_FIRST[at] ?? 0) | FRAGMENT;
}
function mayStartHeadline(first) {
  return first < 128 && (IDLE_FIRST[first] & HEADLINE) !== 0;
}
function mayStartFragment(text2, first) {
  if (first === 103 && text2.startsWith("goroutine ")) return true;
  const from = first === 32 ? text2.charCodeAt(1) === 32 && text2.charCodeAt(2) !== 32 ? 2 : -1 : 0;
  if (from < 0) return false;
  const c = text2.charCodeAt(from);
  if (!(c >= 97 && c <= 122 || c === 95)) return false;
  const last = text2.charCodeAt(text2.length - 1);
  const endsLikeFrame = last === 41 || last >= 48 && last <= 57 || last >= 97 && last <= 102;
  if (!endsLikeFrame) return false;
  for (let i2 = from; i2 < text2.length; i2++) {
    const d = text2.charCodeAt(i2);
    if (d === 40) return true;
    if (d === 32 || d === 9) return false;
  }
  return false;
}
var FaultMachine = class {
  constructor(onFault) {
    this.onFault = onFault;
  }
  onFault;
  streams = /* @__PURE__ */ new Map();
  lastLineNo = 0;
  /** The stream of the previous line: consecutive lines almost always share it. */
  recent;
  sawTruncation = false;
  /** A fault whose dump ended on a malformed line: truncated if that line was the last of the input. */
  suspect;
  /** True once any fault was found cut short. */
  get truncated() {
    return this.sawTruncation;
  }
  push(line) {
    this.pushLine(line.text, line.no, line.package, line.test);
  }
  /**
   * `push`, field by field. The input layer calls this for every line of the log: most lines are
   * read and dropped at once, so no object is made for them.
   */
  pushLine(text2, no, pkg, test) {
    this.lastLineNo = no;
    const stream = this.stream(pkg ?? "");
    const active = stream.active;
    if (active && this.feedActive(stream, active, { text: text2, no, package: pkg, test })) return;
    this.idle(stream, text2, no, pkg, test);
  }
  end() {
    for (const stream of this.streams.values()) this.closeStream(stream, true);
    this.streams.clear();
    this.recent = void 0;
  }
  stream(key3) {
    if (this.recent?.key === key3) return this.recent.stream;
    const stream = this.lookupStream(key3);
    this.recent = { key: key3, stream };
    return stream;
  }
  lookupStream(key3) {
    let stream = this.streams.get(key3);
    if (stream) {
      if (this.streams.size > 1) {
        this.streams.delete(key3);
        this.streams.set(key3, stream);
      }
      return stream;
    }
    if (this.streams.size >= MAX_STREAMS) {
      const [oldestKey, oldest] = this.streams.entries().next().value ?? [];
      if (oldest !== void 0 && oldestKey !== void 0) {
        this.closeStream(oldest, false);
        this.streams.delete(oldestKey);
      }
    }
    stream = { tracker: new TestTracker(), pending: [] };
    this.streams.set(key3, stream);
    return stream;
  }
  closeStream(stream, atEnd) {
    if (stream.active) this.finish(stream, stream.active, atEnd);
    this.releaseProvisional(stream);
    for (const p of stream.pending) this.emit(p.fault);
    stream.pending = [];
  }
  // ---- lines outside any fault: the fast path ----
  idle(stream, text2, no, pkg, test) {
    const first = text2.charCodeAt(0);
    if (first === 61 && text2.length === RACE_RULE.length && text2 === RACE_RULE) {
      stream.ruleAt = no;
      return;
    }
    let ruleAt = stream.ruleAt;
    if (ruleAt !== void 0 && no - ruleAt > MAX_RULE_GAP) ruleAt = stream.ruleAt = void 0;
    if (first === 9) return;
    const kind = first < 128 ? IDLE_FIRST[first] : 0;
    if ((kind & HEADLINE) !== 0 && this.startHeadline(stream, { text: text2, no, package: pkg, test }, first, ruleAt))
      return;
    if ((kind & FRAGMENT) !== 0 && mayStartFragment(text2, first) && this.startFragment(stream, { text: text2, no, package: pkg, test }))
      return;
    const event = stream.tracker.observe(text2, test);
    if (event) this.settle(stream, event);
  }
  /**
   * Starts a fault when the line is a headline; the first-character switch keeps regexes off most lines.
   * Its cases are the characters `mayStartHeadline` lets through.
   */
  startHeadline(stream, line, first, ruleAt) {
    const text2 = line.text;
    switch (first) {
      case 87:
        if (text2.startsWith(RACE_WARNING)) {
          if (ruleAt !== void 0) stream.ruleAt = void 0;
          this.observeGlued(stream, text2.slice(RACE_WARNING.length), line.test);
          this.startRace(stream, line, ruleAt ?? line.no);
          return true;
        }
        return this.startRaceAtAccess(stream, line);
      case 82:
      case 80:
      case 65:
      case 97:
        return this.startRaceAtAccess(stream, line);
      case 112:
        if (!text2.startsWith("panic: ")) return false;
        this.startPanic(stream, line);
        return true;
      case 102:
        if (!text2.startsWith("fatal error: ")) return false;
        this.startFatal(stream, line);
        return true;
      case 67:
        return text2.startsWith("CACHE ") && this.startCache(stream, line);
      case 69:
        return this.startObserved(stream, line);
      default:
        return false;
    }
  }
  /** A go test line glued to the end of a race report line still counts for attribution. */
  observeGlued(stream, tail, test) {
    if (tail === "") return;
    const event = stream.tracker.observe(tail, test);
    if (event) this.settle(stream, event);
  }
  // ---- starting faults ----
  begin(stream, fault, mode, provisional = false) {
    const active = { fault, mode, dump: new DumpBuilder(true), noise: 0, provisional };
    stream.active = active;
    return active;
  }
  startPanic(stream, line) {
    const printed = line.text.slice("panic: ".length);
    const value = stripRecovered(printed);
    const fault = newFault(kindOfPanicValue(value), line.text, line);
    fault.panicChain = [clip(line.text)];
    const test = value === printed ? stream.tracker.crashTest(line.test) : stream.tracker.recoveredPanicTest(line.test);
    if (test !== void 0) fault.test = test;
    this.begin(stream, fault, "header").chainOpen = true;
  }
  startFatal(stream, line) {
    const fault = newFault(kindOfFatal(line.text.slice("fatal error: ".length)), line.text, line);
    const test = stream.tracker.crashTest(line.test);
    if (test !== void 0) fault.test = test;
    this.releaseProvisional(stream);
    this.begin(stream, fault, "header");
  }
  startRace(stream, line, ruleAt) {
    const fault = newFault("data-race", RACE_WARNING, line);
    fault.span.start = ruleAt;
    this.releaseProvisional(stream);
    const active = this.begin(stream, fault, "race");
    active.race = new RaceReportBuilder();
  }
  /** A race report pasted from an access section (`Write at 0x… by goroutine 7:`): no WARNING line. */
  startRaceAtAccess(stream, line) {
    if (accessHeaderOf(line.text) === void 0) return false;
    this.startRace(stream, line, line.no);
    const active = stream.active;
    active.fault.partial = true;
    active.race?.accept(line.text);
    return true;
  }
  /**
   * A goroutine header or a frame with no headline before it: read it as a dump, which becomes a
   * partial fault when it ends if its stack shows a crash (see `crashSignOf`), and is dropped otherwise.
   */
  startFragment(stream, line) {
    if (line.text.charCodeAt(0) === 103) {
      if (!parseGoroutineHeader(line.text)) return false;
    } else if (!readFuncLine(line.text) && !readJoinedFrame(line.text)) return false;
    const fault = newFault("panic", MISSING_HEADLINE, line);
    const active = this.begin(stream, fault, "dump");
    active.fragment = true;
    active.dump.accept(line.text);
    return true;
  }
  startCache(stream, line) {
    const altered = parseCacheAltered(line.text);
    if (!altered) return false;
    const fault = newFault("cache-mutation", line.text, line);
    fault.cacheMutation = { objectType: altered.objectType, indexes: [altered.index], changedFields: [] };
    const test = stream.tracker.crashTest(line.test);
    if (test !== void 0) fault.test = test;
    this.releaseProvisional(stream);
    const active = this.begin(stream, fault, "cache");
    active.diff = new SideBySideDiffReader();
    return true;
  }
  startObserved(stream, line) {
    const value = observedPanicValue(line.text);
    if (value === void 0) return false;
    const at = line.text.indexOf("Observed a panic: ");
    const fault = newFault(kindOfPanicValue(value), line.text.slice(at), line);
    const test = stream.tracker.crashTest(line.test);
    if (test !== void 0) fault.test = test;
    this.releaseProvisional(stream);
    this.begin(stream, fault, "header", true);
    return true;
  }
  // ---- inside a fault ----
  /** Feeds a line to the fault being read; false when the line is not part of it (the fault is finished). */
  feedActive(stream, active, line) {
    const consumed = this.feedMode(active, line.text);
    if (consumed) active.fault.span.end = line.no;
    else this.finish(stream, active, false, line);
    return consumed;
  }
  feedMode(active, text2) {
    switch (active.mode) {
      case "race":
        return this.feedRace(active, text2);
      case "cache":
        return this.feedCache(active, text2);
      case "running-tests":
        if (this.feedRunningTest(active, text2)) return true;
        active.mode = "header";
        return this.feedHeader(active, text2);
      case "header":
        return this.feedHeader(active, text2);
      case "dump":
        if (active.dump.accept(text2)) {
          active.foreignRun = 0;
          return true;
        }
        return active.fragment === true && (this.fragmentBecomesRace(active, text2) || this.skipsForeign(active, text2));
      case "closed":
        return false;
    }
  }
  /**
   * Another writer's line inside a headless stack (the race detector writes a report frame by frame,
   * and other processes' lines fall between): skipped, a few at a time, unless it may start a fault.
   */
  skipsForeign(active, text2) {
    if (!active.dump.headerless || mayStartHeadline(text2.charCodeAt(0)) || ENDS_HEADER.test(text2))
      return false;
    const run3 = (active.foreignRun ?? 0) + 1;
    const total = (active.foreignTotal ?? 0) + 1;
    if (run3 > MAX_FOREIGN_RUN || total > MAX_FOREIGN_LINES) return false;
    active.foreignRun = run3;
    active.foreignTotal = total;
    return true;
  }
  /** A fragment's stack met a race access section: it was the first access of a cut race report. */
  fragmentBecomesRace(active, text2) {
    const access = accessHeaderOf(text2.trim());
    const frames = active.dump.first?.frames;
    if (access === void 0 || !access.previous || !frames || frames.length === 0 || active.race)
      return false;
    const race = new RaceReportBuilder();
    race.startWithFrames(frames);
    race.accept(text2);
    active.race = race;
    active.mode = "race";
    active.fragment = false;
    active.dump = new DumpBuilder();
    const fault = active.fault;
    fault.kind = "data-race";
    fault.headline = RACE_WARNING;
    fault.partial = true;
    return true;
  }
  feedHeader(active, text2) {
    const fault = active.fault;
    if (text2.trim() === "" || text2 === fault.headline) return true;
    if (text2 === "runtime stack:" || parseGoroutineHeader(text2)) {
      active.mode = "dump";
      return active.dump.accept(text2);
    }
    const chainOpen = active.chainOpen === true;
    active.chainOpen = false;
    if (this.startsHeaderlessDump(active, text2)) return true;
    const from = indentEnd(text2);
    if (fault.panicChain && text2.startsWith("panic: ", from) && (from > 0 || chainOpen)) {
      active.chainOpen = true;
      const entry = from === 0 ? text2 : text2.slice(from);
      if (fault.panicChain.length < MAX_CHAIN) fault.panicChain.push(clip(entry));
      if (fault.kind === "panic") fault.kind = kindOfPanicValue(stripRecovered(entry.slice(7)));
      return true;
    }
    if (text2.startsWith("[signal ")) {
      fault.signal = clip(text2);
      return true;
    }
    if (text2.trim() === "running tests:") {
      active.mode = "running-tests";
      fault.runningTests = [];
      return true;
    }
    if (ENDS_HEADER.test(text2) || active.noise >= MAX_HEADER_NOISE) return false;
    active.noise += 1;
    return true;
  }
  /**
   * A dump pasted without its `goroutine N [running]:` line: a function line followed by its file
   * line (or both joined) after the headline starts it, marked partial.
   */
  startsHeaderlessDump(active, text2) {
    const held = active.headerFunc;
    active.headerFunc = void 0;
    if (held !== void 0 && readFileLine(text2)) {
      active.mode = "dump";
      active.fault.partial = true;
      active.dump.accept(held);
      return active.dump.accept(text2);
    }
    if (readJoinedFrame(text2)) {
      active.mode = "dump";
      active.fault.partial = true;
      return active.dump.accept(text2);
    }
    if (text2.charCodeAt(text2.length - 1) === 41 && readFuncLine(text2)) {
      active.headerFunc = text2;
      active.noise += 1;
      return true;
    }
    return false;
  }
  feedRunningTest(active, text2) {
    const m = /^\t*(\S+) \(([^()]*)\)$/.exec(text2);
    if (!m) return false;
    const list2 = active.fault.runningTests;
    if (list2 && list2.length < MAX_RUNNING_TESTS) {
      const entry = { name: m[1] ?? "", duration: m[2] ?? "" };
      list2.push(entry);
    }
    return true;
  }
  feedRace(active, text2) {
    const race = active.race;
    if (!race) return false;
    if (text2.startsWith("panic: ") || text2.startsWith("fatal error: ")) {
      active.fault.truncated = true;
      return false;
    }
    if (RACE_BREAK_STARTS[text2.charCodeAt(0)] === 1 && (text2.startsWith(RACE_WARNING) || ENDS_RACE.test(text2)))
      return false;
    const access = accessHeaderOf(text2);
    if (access !== void 0 && !access.previous && race.sawPrevious) return false;
    if (race.accept(text2)) {
      active.mode = "closed";
      return true;
    }
    active.noise += 1;
    if (active.noise > MAX_RACE_NOISE) {
      active.fault.truncated = true;
      return false;
    }
    return true;
  }
  feedCache(active, text2) {
    const cache = active.fault.cacheMutation;
    if (!cache) return false;
    const altered = parseCacheAltered(text2);
    if (altered) {
      if (cache.indexes.length < 1e3) cache.indexes.push(altered.index);
      active.diff?.nextObject();
      return true;
    }
    if (text2.startsWith("panic: ")) {
      const value = stripRecovered(text2.slice("panic: ".length));
      const objectType = cacheTypeOfPanicValue(value);
      if (objectType !== void 0) {
        active.fault.headline = clip(text2);
        active.fault.panicChain = [clip(text2)];
        active.mode = "header";
        return true;
      }
      return false;
    }
    if (text2.startsWith("fatal error: ")) return false;
    active.diff?.accept(text2);
    return true;
  }
  // ---- finishing and attribution ----
  finish(stream, active, atEnd, breaker) {
    stream.active = void 0;
    const fault = active.fault;
    if (active.fragment) {
      const sign = crashSignOf(active.dump.first?.frames ?? []);
      if (sign === void 0) return;
      fault.kind = sign;
      if (sign === "data-race") {
        fault.headline = RACE_WARNING;
        const frames = active.dump.first?.frames ?? [];
        const access = { op: "read", previous: false, address: "", goroutineId: 0, frames };
        access.sectionLost = true;
        active.race = new RaceReportBuilder();
        active.race.accesses.push(access);
      }
      fault.partial = true;
    }
    if (active.race) {
      if (atEnd && active.mode === "race") fault.truncated = true;
      fault.accesses = active.race.accesses;
      if (active.race.locations.length > 0) fault.raceLocations = active.race.locations;
    }
    if (active.diff && fault.cacheMutation) fault.cacheMutation.changedFields = active.diff.changedFields();
    if (active.dump.headerless) fault.partial = true;
    const dump = active.dump.finish();
    if (dump.crashing) fault.crashing = dump.crashing;
    fault.others = dump.others;
    if (dump.omittedGoroutines > 0) fault.omittedGoroutines = dump.omittedGoroutines;
    if (atEnd && (active.mode === "header" || active.mode === "cache" || active.mode === "running-tests")) {
      fault.truncated = true;
    }
    if (atEnd && active.mode === "dump" && active.dump.midFrame) fault.truncated = true;
    if (breaker && active.mode === "dump" && (breaker.text.startsWith("	") || active.dump.midFrame)) {
      this.suspect = { fault, lineNo: breaker.no };
    }
    if (fault.kind === "test-timeout") this.attributeTimeout(stream, fault);
    if (active.provisional) {
      this.releaseProvisional(stream);
      stream.provisional = fault;
      return;
    }
    const previous = stream.provisional;
    if (previous) {
      stream.provisional = void 0;
      const same = previous.crashing === void 0 || previous.crashing.id === fault.crashing?.id;
      if (!same) this.enqueue(stream, previous, false);
    }
    this.enqueue(stream, fault, fault.kind === "data-race" && fault.test === void 0);
  }
  attributeTimeout(stream, fault) {
    const running = fault.runningTests ?? [];
    let best;
    for (const t of running) if (best === void 0 || t.name.startsWith(`${best}/`)) best = t.name;
    const test = best ?? stream.tracker.timeoutTest(void 0) ?? fault.test;
    if (test === void 0) delete fault.test;
    else fault.test = test;
  }
  releaseProvisional(stream) {
    const fault = stream.provisional;
    if (!fault) return;
    stream.provisional = void 0;
    this.enqueue(stream, fault, false);
  }
  enqueue(stream, fault, awaitingRaceTest) {
    stream.pending.push({ fault, awaitingRaceTest });
    if (stream.pending.length > MAX_PENDING) {
      const oldest = stream.pending.shift();
      if (oldest) this.emit(oldest.fault);
    }
    this.flush(stream);
  }
  settle(stream, event) {
    if (event.type === "race-detected") {
      for (const p of stream.pending) {
        if (!p.awaitingRaceTest) continue;
        p.awaitingRaceTest = false;
        if (event.test !== void 0) p.fault.test = event.test;
      }
    } else {
      this.releaseProvisional(stream);
      for (const p of stream.pending) {
        p.awaitingRaceTest = false;
        if (p.fault.package === void 0) p.fault.package = event.package;
      }
    }
    this.flush(stream);
  }
  /** Emits, in order, the head of the queue while its attribution is final. */
  flush(stream) {
    while (stream.pending.length > 0) {
      const head = stream.pending[0];
      if (!head || head.awaitingRaceTest || head.fault.package === void 0) return;
      stream.pending.shift();
      this.emit(head.fault);
    }
  }
  emit(fault) {
    if (this.suspect?.fault === fault) {
      if (this.suspect.lineNo === this.lastLineNo) fault.truncated = true;
      this.suspect = void 0;
    }
    if (fault.truncated) this.sawTruncation = true;
    this.onFault(fault);
  }
};

// src/parse/index.ts
var LogParser = class {
  machine;
  reader;
  constructor(onFault) {
    this.machine = new FaultMachine(onFault);
    this.reader = LineReader.withSink((text2, no, pkg, test) => this.machine.pushLine(text2, no, pkg, test));
  }
  push(chunk) {
    this.reader.push(chunk);
  }
  end() {
    const { bytes, lines } = this.reader.end();
    this.machine.end();
    const { restored, outOfOrder } = this.reader.ordering;
    return { bytes, lines, truncated: this.machine.truncated, reordered: restored, outOfOrder };
  }
};

// src/report/order.ts
var SEVERITY = { crash: 0, race: 1, hang: 2 };
function severityRank(kind) {
  return SEVERITY[severityGroup(kind)];
}
function orderFindings(findings) {
  return findings.map((finding, index) => ({ finding, index })).sort(
    (a, b) => Number(b.finding.culprit?.inDiff === true) - Number(a.finding.culprit?.inDiff === true) || severityRank(a.finding.kind) - severityRank(b.finding.kind) || b.finding.occurrences - a.finding.occurrences || a.index - b.index
  ).map((x) => x.finding);
}

// src/triage.ts
async function triage(input, options = {}) {
  const locate = {
    ...options.modulePath && { modulePath: options.modulePath },
    ...options.pathMappings?.length && { pathMappings: options.pathMappings }
  };
  const grouper = new FindingGrouper(locate);
  let faults = 0;
  const parser2 = new LogParser((fault) => {
    faults++;
    locateFault(fault, locate);
    grouper.add(fault);
  });
  let bytes = 0;
  for await (const chunk of input) {
    parser2.push(chunk);
    bytes += chunk.length;
    options.onProgress?.({ bytes, faults });
  }
  const stats = parser2.end();
  let findings = grouper.findings();
  if (options.diagnose) {
    await placeMainFrames(findings, options.diagnose.sources);
    for (const finding of findings) {
      const { culprit, reason } = await diagnose(finding, options.diagnose);
      finding.culprit = culprit;
      if (!culprit && reason) finding.culpritReason = reason;
    }
  }
  findings = orderFindings(findings);
  const dropped = grouper.droppedFaults();
  return {
    findings,
    stats: {
      bytes: stats.bytes,
      lines: stats.lines,
      faults,
      truncated: stats.truncated,
      ...dropped > 0 && { droppedFaults: dropped },
      ...stats.reordered && { reordered: true },
      ...stats.outOfOrder && { outOfOrder: true }
    }
  };
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["text", "markdown", "json", "sarif"];
var UsageError = class extends Error {
};
var USAGE = `Usage: go-panic-triage [analyze] [FILE|-] [options]

Reads a Go test or CI log (FILE, or stdin when FILE is - or stdin is piped) and reports
panics, concurrent map faults, data races, timeouts and deadlocks, grouped and located.

Options:
  --format text|markdown|json|sarif
                               output format (default: text)
  --module PATH                the repository's Go module path (default: go.mod in --source-root)
  --source-root DIR            local checkout (the directory holding go.mod): enables diagnosis
  --diff FILE                  unified diff of the change (git diff), to flag culprits it touched
  --config FILE                a go-panic-triage.yml: module, ignore rules, shared sources, max findings
  -h, --help                   show this help
  -v, --version                print the version

Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.
`;
function parseSettings(argv) {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message.split(". ")[0] : String(error);
    throw new UsageError(message ?? "invalid arguments");
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help", input: null, format: "text" };
  if (values.version) return { command: "version", input: null, format: "text" };
  const args2 = positionals[0] === "analyze" ? positionals.slice(1) : positionals;
  if (args2.length > 1) throw new UsageError(`expected one FILE, got ${args2.length}: ${args2.join(" ")}`);
  const format = values.format ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(", ")})`);
  if (values.diff !== void 0 && values["source-root"] === void 0) {
    throw new UsageError("--diff needs --source-root (the diff is matched against the sources)");
  }
  const settings = { command: "analyze", input: args2[0] ?? null, format };
  if (values.module !== void 0) settings.modulePath = nonEmpty("--module", values.module);
  if (values["source-root"] !== void 0) {
    settings.sourceRoot = nonEmpty("--source-root", values["source-root"]);
  }
  if (values.diff !== void 0) settings.diffFile = nonEmpty("--diff", values.diff);
  if (values.config !== void 0) settings.configFile = nonEmpty("--config", values.config);
  return settings;
}
function parseCommandLine(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      module: { type: "string" },
      "source-root": { type: "string" },
      diff: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
}
function isFormat(value) {
  return FORMATS.includes(value);
}
function nonEmpty(flag, value) {
  if (value.trim() === "") throw new UsageError(`${flag} needs a value`);
  return value;
}

// src/cli/input.ts
import { open, readFile as readFile2, stat as stat2 } from "node:fs/promises";
var InputError = class extends Error {
};
var READ_SIZE = 1024 * 1024;
var CHUNK_SIZE = 64 * 1024;
async function openLog(path) {
  try {
    return readAhead(await open(path, "r"), path);
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  }
}
async function* readAhead(handle2, path) {
  const readNext = () => handle2.read(Buffer.allocUnsafe(READ_SIZE), 0, READ_SIZE, null);
  let next = readNext();
  try {
    for (; ; ) {
      const { bytesRead, buffer } = await next;
      if (bytesRead === 0) return;
      next = readNext();
      for (let at = 0; at < bytesRead; at += CHUNK_SIZE) {
        yield buffer.subarray(at, Math.min(at + CHUNK_SIZE, bytesRead));
      }
    }
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  } finally {
    await next.catch(() => void 0);
    await handle2.close();
  }
}
async function requireDirectory(path) {
  const info2 = await stat2(path).catch((error) => {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  });
  if (!info2.isDirectory()) throw new InputError(`cannot read '${path}': not a directory`);
}
async function readTextFile(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${reasonOf(error)}`);
  }
}
function stdinLog(stdin) {
  return guarded(stdin, "stdin");
}
async function* guarded(chunks, name2) {
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    throw new InputError(`cannot read '${name2}': ${reasonOf(error)}`);
  }
}
var REASONS = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EMFILE: "too many open files",
  EIO: "input/output error"
};
function reasonOf(error) {
  const code2 = error?.code;
  if (typeof code2 === "string") return REASONS[code2] ?? code2;
  return error instanceof Error ? error.message : String(error);
}

// src/cli/progress.ts
var PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
var REDRAW_MS = 250;
var MB = 1024 * 1024;
var ProgressLine = class {
  constructor(sink, now = Date.now) {
    this.sink = sink;
    this.now = now;
    this.started = now();
  }
  sink;
  now;
  started;
  lastDraw = 0;
  drawn = false;
  /** Called after every chunk; draws at most every REDRAW_MS, and only once the input is large. */
  update(bytes, faults) {
    if (bytes < PROGRESS_MIN_BYTES) return;
    const t = this.now();
    if (this.drawn && t - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    const seconds = Math.max((t - this.started) / 1e3, 1e-3);
    const rate = bytes / MB / seconds;
    const crashes = faults === 1 ? "crash" : "crashes";
    this.sink.write(
      `\r\x1B[K${(bytes / MB).toFixed(1)} MB read, ${rate.toFixed(1)} MB/s, ${faults} ${crashes} so far`
    );
  }
  /** Erases the line, if one was drawn, so the report starts on a clean terminal. */
  clear() {
    if (this.drawn) this.sink.write("\r\x1B[K");
    this.drawn = false;
  }
};

// package.json
var package_default = {
  name: "go-panic-triage",
  version: "0.1.0",
  description: "Triage Go crashes (panics, concurrent map faults, data races, cache mutations, timeouts, deadlocks) from CI logs",
  type: "module",
  license: "MIT",
  bin: {
    "go-panic-triage": "dist/cli.js"
  },
  files: [
    "dist"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    start: "probot run ./dist/app.js",
    test: "vitest run",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome format --write .",
    bench: "node scripts/bench.mjs",
    "bench:app": "node scripts/bench-app.mjs",
    "bench:repo": "node scripts/bench-repo.mjs",
    "fixtures:check": "scripts/check-fresh-logs.sh"
  },
  devDependencies: {
    "@biomejs/biome": "^2.6.8",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    marked: "^18.3.0",
    typescript: "^5.9.3",
    vitest: "^4.1.12"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@actions/glob": "^0.7.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    bullmq: "^5.81.5",
    fflate: "^0.8.3",
    ioredis: "^5.11.1",
    "js-yaml": "^5.5.0",
    probot: "^14.3.2",
    "tree-sitter-go": "^0.25.0",
    "web-tree-sitter": "^0.25.10"
  },
  overrides: {
    vite: "8.3.5"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/run.ts
var EXIT_CLEAN = 0;
var EXIT_FINDINGS = 1;
var EXIT_ERROR = 2;
async function run2(argv, io) {
  const fail = (message) => {
    io.stderr.write(`go-panic-triage: ${oneLine(message)}
`);
    return EXIT_ERROR;
  };
  let settings;
  try {
    settings = parseSettings(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message} (see --help)`);
    throw error;
  }
  if (settings.command === "help") {
    io.stdout.write(USAGE);
    return EXIT_CLEAN;
  }
  if (settings.command === "version") {
    io.stdout.write(`go-panic-triage ${VERSION}
`);
    return EXIT_CLEAN;
  }
  try {
    const report = await analyze(settings, io);
    io.stdout.write(render(report, settings, io));
    return report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return fail(error.message);
    return fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function analyze(settings, io) {
  const config = await readConfig(settings);
  const options = await triageOptions(settings, config, io);
  const input = await openInput(settings, io);
  const progress = io.stderr.isTTY ? new ProgressLine(io.stderr) : null;
  if (progress) options.onProgress = ({ bytes, faults }) => progress.update(bytes, faults);
  try {
    const full = await triage(input, options);
    return settings.configFile === void 0 ? full : applyConfig(full, config).report;
  } finally {
    progress?.clear();
  }
}
async function readConfig(settings) {
  if (settings.configFile === void 0) return { ...DEFAULT_CONFIG };
  const text2 = await readTextFile(settings.configFile);
  try {
    return parseConfig(text2, settings.configFile);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}
async function triageOptions(settings, config, io) {
  const options = {};
  const root = settings.sourceRoot ?? await moduleRootAt(io.cwd);
  if (root !== void 0) {
    await requireDirectory(root);
    options.diagnose = { ...await diagnoseContext(settings, root), rules: rulesFor(config) };
  }
  const modulePath = settings.modulePath ?? config.module ?? (root === void 0 ? null : await readModulePath(new LocalSourceReader(root)));
  if (config.pathMappings.length > 0) options.pathMappings = config.pathMappings;
  if (modulePath) options.modulePath = modulePath;
  else if (root !== void 0) {
    io.stderr.write(
      `go-panic-triage: warning: no module line in '${root}/go.mod'; pass --module to map frames
`
    );
  }
  return options;
}
async function openInput(settings, io) {
  if (settings.input === "-" || settings.input === null && !io.stdin.isTTY) return stdinLog(io.stdin);
  if (settings.input === null)
    throw new UsageError("no log given: pass FILE, or pipe a log into stdin (see --help)");
  return openLog(settings.input);
}
async function moduleRootAt(cwd) {
  if (cwd === void 0) return void 0;
  return await new LocalSourceReader(cwd).read("go.mod") === null ? void 0 : cwd;
}
async function diagnoseContext(settings, sourceRoot) {
  const context2 = { sources: new LocalSourceReader(sourceRoot) };
  if (settings.diffFile !== void 0) context2.changedLines = await readChangedLines(settings.diffFile);
  return context2;
}
async function readChangedLines(path) {
  return parseUnifiedDiff(await readTextFile(path));
}
function render(report, settings, io) {
  switch (settings.format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return renderSarif(report, VERSION);
    case "text":
      return renderText(report, {
        color: shouldColor({ isTTY: io.stdout.isTTY === true, env: io.env }),
        // A terminal's own width; 80 for a pipe or a file.
        ...io.stdout.isTTY && io.stdout.columns && { width: io.stdout.columns }
      });
  }
}
function oneLine(message) {
  return message.replace(/\s*\n\s*/g, " ");
}

// src/cli/main.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run2(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
