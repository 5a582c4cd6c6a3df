// XML escaping and keys: the quick pass over strings that need no work gives what the full escape gives.
import { describe, expect, it } from "vitest";
import { xmlAttr, xmlKey, xmlText } from "../../src/export/xml.ts";

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR: Record<string, string> = { ...TEXT, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;" };
const fullText = (s: string) => s.replace(NOT_XML, "\uFFFD").replace(/[&<>\r]/g, (c) => TEXT[c]!);
const NOT_XML_OR_BACKSLASH = /[^\t\n\r\u0020-\u005B\u005D-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const fullKey = (s: string) => (NOT_XML_OR_BACKSLASH.test(s) ? s.replace(/\\/g, "\\\\").replace(NOT_XML, (c) => [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")) : s);
const fullAttr = (s: string) => s.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ATTR[c]!);

describe("xmlText, xmlAttr and xmlKey", () => {
  it("equal the full escape on every character class, alone and in text", () => {
    const units = [0, 1, 8, 9, 10, 13, 31, 32, 33, 34, 38, 39, 60, 61, 62, 63, 92, 127, 0xe9, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0xffff];
    const strings = [...units.map((u) => String.fromCharCode(u)), "plain words", "Jury convicts contractor 😀", "a\ud800b", "\udc00x", "x & y", "a\\b", "person:ana-ruiz>article:x.txt#1@0-8", ...units.map((u) => `Judge Ana Ruiz${String.fromCharCode(u)} said`)];
    for (let a = 0; a < units.length; a++) for (let b = 0; b < units.length; b++) strings.push(String.fromCharCode(units[a]!, units[b]!));
    for (const s of strings) {
      expect(xmlText(s)).toBe(fullText(s));
      expect(xmlAttr(s)).toBe(fullAttr(s));
      expect(xmlKey(s)).toBe(fullKey(s));
    }
  });
});
