// A worker thread of the extraction pool (src/build/map.ts). Like src/bin.js, it loads the
// TypeScript through tsx, registered in this thread, then hands piscina the task function.
import { register } from "tsx/esm/api";

register();
const { mapTask } = await import("./map-task.ts");
export default mapTask;
