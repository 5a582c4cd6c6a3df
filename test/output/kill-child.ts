// A build's last step, stopped dead (SIGKILL) at the step named on the command line:
//   tsx kill-child.ts <output-dir> <step> <text>
// It writes graph.json and graph.graphml holding <text> as a new set.
import { prepareOutputFolder, replaceOutputSet, type Step } from "../../src/output/set.ts";

const [out, stopAt, text] = process.argv.slice(2) as [string, Step, string];
const folder = prepareOutputFolder(out, ["graph.json", "graph.graphml"]);
await replaceOutputSet(folder, [{ name: "graph.json", chunks: [`{"set":"${text}"}`] }, { name: "graph.graphml", chunks: ["<graphml>", text, "</graphml>"] }], (step) => {
  if (step === stopAt) process.kill(process.pid, "SIGKILL");
});
