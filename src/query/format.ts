// Results as text a person reads: each path on one line, then each hop with its quoted sentences.
import type Graph from "graphology";
import type { Hop, PathResult } from "./types.ts";

export function nodeName(graph: Graph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return `${a.label ?? key} (${a.type})`;
}

/** `Jane Doe (Person) -PRESIDED_OVER-> Doe trial (Trial)`: the path on one line. */
export function formatPathLine(graph: Graph, result: PathResult): string {
  let line = nodeName(graph, result.nodes[0]!);
  result.hops.forEach((hop, i) => { line += ` ${hopArrow(hop)} ${nodeName(graph, result.nodes[i + 1]!)}`; });
  return line;
}

function hopArrow(hop: Hop): string {
  const forward = [...new Set(hop.edges.filter((e) => !e.reversed).map((e) => e.type))];
  const back = [...new Set(hop.edges.filter((e) => e.reversed).map((e) => e.type))];
  const parts = [];
  if (forward.length) parts.push(`-${forward.join("|")}->`);
  if (back.length) parts.push(`<-${back.join("|")}-`);
  return parts.join(" ") || "--";
}

/** A path with every hop's edges and evidence, indented under its one-line summary. */
export function formatPath(graph: Graph, result: PathResult, heading = ""): string {
  const lines = [`${heading}${formatPathLine(graph, result)}`];
  for (const hop of result.hops) {
    const s = graph.getNodeAttribute(hop.source, "label") ?? hop.source, t = graph.getNodeAttribute(hop.target, "label") ?? hop.target;
    for (const edge of hop.edges) {
      // each edge reads the way its relation goes, even where the path walks it backwards
      const [from, to] = edge.reversed ? [t, s] : [s, t];
      const confidence = edge.confidence !== undefined ? ` (confidence ${edge.confidence})` : "";
      lines.push(`   ${from} -${edge.type}-> ${to}${confidence}`);
      if (edge.evidence.length === 0) lines.push("      (no evidence recorded)");
      for (const ev of edge.evidence) {
        const outlet = [ev.source, ev.published].filter(Boolean).join(", ");
        const where = `${outlet ? `${outlet}; ` : ""}${ev.path || ev.article}, characters ${ev.start}-${ev.end}`;
        const what = ev.surface !== undefined ? `"${ev.surface}" in ` : "";
        lines.push(`      ${what}"${oneLine(ev.text)}" (${where})`);
      }
    }
  }
  return lines.join("\n");
}

/** Several results, numbered, with a count line. */
export function formatResults(graph: Graph, results: PathResult[], title: string, more = false): string {
  if (results.length === 0) return `no paths match ${title}`;
  const count = `${results.length}${more ? "+" : ""} path${results.length === 1 && !more ? "" : "s"}`;
  const body = results.map((r, i) => formatPath(graph, r, `${i + 1}. `)).join("\n\n");
  return `${count} for ${title}\n\n${body}${more ? `\n\n(more paths match; raise --limit to see them)` : ""}`;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
