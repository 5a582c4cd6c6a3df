// XML 1.0 text: escapes, and characters XML cannot hold at all (most control characters, lone
// surrogates) replaced by U+FFFD so every parser accepts the file.

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * A character that element content or an attribute value cannot take as it is: one to escape,
 * one XML cannot hold, or any surrogate (a pair is fine, but the slow path decides). Without the
 * `u` flag, so the usual string, which has none, is passed over in one quick scan.
 */
const TEXT_WORK = /[^\t\n\x20-\x25\x27-\x3b\x3d\x3f-\ud7ff\ue000-\ufffd]/;
const ATTR_WORK = /[^\x20\x21\x23-\x25\x28-\x3b\x3d\x3f-\ud7ff\ue000-\ufffd]/;

/** Element content. \r is written as a character reference: parsers turn a raw CR into LF. */
export function xmlText(s: string): string {
  if (!TEXT_WORK.test(s)) return s;
  return s.replace(NOT_XML, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT[c]!);
}

/** Attribute values, in double quotes; tabs and line breaks as references so they survive normalisation. */
export function xmlAttr(s: string): string {
  if (!ATTR_WORK.test(s)) return s;
  return s.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);
}

const TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR: Record<string, string> = { ...TEXT, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;" };

/** Strings with characters XML cannot hold made safe, for writers that escape but do not filter. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, "\uFFFD");
}

const NOT_XML_OR_BACKSLASH = /[^\t\n\r\u0020-\u005B\u005D-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** Any character that might be one of those (a surrogate might be half of a lone pair), without the `u` flag's cost. */
const KEY_WORK = /[^\t\n\r\x20-\x5b\x5d-\ud7ff\ue000-\ufffd]/;

/**
 * A key or a name XML can hold, and still one of its own: keys that differ only in characters
 * XML cannot hold stay apart. Such characters become `\uXXXX` and backslashes `\\`, but only in
 * keys that hold either, so ordinary keys are unchanged and no escaped key equals another key.
 */
export function xmlKey(s: string): string {
  if (!KEY_WORK.test(s) || !NOT_XML_OR_BACKSLASH.test(s)) return s;
  return s.replace(/\\/g, "\\\\").replace(NOT_XML, (c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""));
}
