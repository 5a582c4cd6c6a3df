// Exports of the view: the visible graph as graph.json, the canvas as PNG.
import type Sigma from "sigma";
import { downloadAsPNG } from "@sigma/export-image";
import type { DataGraph } from "../data/index.ts";

export { visibleGraph } from "./visible.ts";

export function download(content: Blob, fileName: string): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const downloadJSON = (graph: DataGraph, fileName = "graph.json") =>
  download(new Blob([JSON.stringify(graph.export())], { type: "application/json" }), fileName);

export const downloadPNG = (renderer: Sigma<any, any>, fileName = "casegraph") =>
  downloadAsPNG(renderer as unknown as Sigma, { fileName, backgroundColor: "#ffffff" });
