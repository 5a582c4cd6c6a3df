// The maps a build holds until its reduce, made compact as they come in: the same values in less
// heap. Extraction builds its arrays by push, so most hold one or two items in room for seventeen
// (a 5 MB corpus's maps had 227,000 arrays averaging 143 bytes of backing store), and a map read
// back from the cache or a worker thread (v8 deserialisation) holds its own copy of every string
// ("Person", "person1", each rule id...) where the extractor shared one. Each array becomes one of
// its exact length, and each short string the one copy the build has seen: the maps of a 5 MB
// corpus took 63 MB of heap, compacted 39 MB. Texts (an article's and its sentences', slices of it)
// are left as they are.
import type { ArticleMap } from "../pipeline.ts";

/** Strings up to this length are shared; longer ones (texts, titles) are seldom repeated. */
const SHARED_LENGTH = 64;

/**
 * A compactor for the maps of one build: its table of shared strings lives as long as it does.
 * A map `read` back (v8 deserialisation: from the cache, a worker or a packed map) has arrays of
 * their exact length already, and nothing else holds them: they are compacted in place rather than
 * copied (at 5 MB, a rebuild from the cache made 227,000 copies only for them to be collected).
 */
export function mapCompactor(): (map: ArticleMap, read?: boolean) => ArticleMap {
  const strings = new Map<string, string>();
  const share = (s: string): string => {
    if (s.length > SHARED_LENGTH) return s;
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const compact = (value: unknown, read: boolean): unknown => {
    if (typeof value === "string") return share(value);
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      // slice() makes an array of exactly its length
      const copy = read ? value : value.slice();
      for (let i = 0; i < copy.length; i++) copy[i] = compact(copy[i], read);
      return copy;
    }
    const o = value as Record<string, unknown>;
    for (const k in o) if (k !== "text") o[k] = compact(o[k], read);
    return o;
  };
  return (map, read = false) => compact(map, read) as ArticleMap;
}
