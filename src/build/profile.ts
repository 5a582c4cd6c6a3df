// Stage times of a build, for measuring (CASEGRAPH_PROFILE=1 prints them on stderr after each
// build): wall and CPU milliseconds per named step. Off, a step is only its function call.
const on = () => !!process.env.CASEGRAPH_PROFILE;

/** Per step: wall and CPU ms, the resident set and heap in use (MB) when it last ended, and the process's peak resident set so far (MB). */
export type Profile = Map<string, { wall: number; cpu: number; rss?: number; heap?: number; peak?: number }>;
let current: Profile | undefined;
let started = { wall: 0, cpu: 0 };
let last: Profile | undefined;

/** The profile of the last build that made one (for the benchmark). */
export const lastProfile = () => last;

const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

/** Starts a build's profile (when asked for); `profiled` adds to it until `endProfile`. */
export function startProfile(): void {
  current = on() ? new Map() : undefined;
  started = { wall: performance.now(), cpu: cpuMs() };
}

/** Runs `f`, its time added to the step `name` of the current profile. */
export function profiled<T>(name: string, f: () => T): T {
  if (!current) return f();
  const p = current, w0 = performance.now(), c0 = cpuMs();
  try { return f(); } finally { add(p, name, performance.now() - w0, cpuMs() - c0); memory(p, name); }
}

/** profiled for a function that waits: the whole span, other work of the process in it included. */
export async function profiledAsync<T>(name: string, f: () => Promise<T>): Promise<T> {
  if (!current) return f();
  const p = current, w0 = performance.now(), c0 = cpuMs();
  try { return await f(); } finally { add(p, name, performance.now() - w0, cpuMs() - c0); memory(p, name); }
}

/** The chunks of `chunks`, the time spent making each added to the step `name`. */
export function* profiledChunks(name: string, chunks: Iterable<string>): Generator<string> {
  if (!current) { yield* chunks; return; }
  const p = current, it = chunks[Symbol.iterator]();
  for (;;) {
    const w0 = performance.now(), c0 = cpuMs();
    const next = it.next();
    add(p, name, performance.now() - w0, cpuMs() - c0);
    if (next.done) return;
    yield next.value;
  }
}

function memory(p: Profile, name: string): void {
  // with node --expose-gc, the heap measured is the live heap (garbage collected first)
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  Object.assign(p.get(name)!, { rss: Math.round(rss / 2 ** 20), heap: Math.round(heapUsed / 2 ** 20), peak: Math.round(process.resourceUsage().maxRSS / 1024) });
}

function add(p: Profile, name: string, wall: number, cpu: number): void {
  const s = p.get(name) ?? { wall: 0, cpu: 0 };
  s.wall += wall; s.cpu += cpu;
  p.set(name, s);
}

/** The finished profile (printed on stderr as one JSON line), or undefined when not asked for. */
export function endProfile(): Profile | undefined {
  const p = current;
  current = undefined;
  if (p) { add(p, "total", performance.now() - started.wall, cpuMs() - started.cpu); last = p; }
  if (p) console.error(`casegraph: profile ${JSON.stringify(Object.fromEntries([...p].map(([k, v]) => [k, { ...v, wall: Math.round(v.wall), cpu: Math.round(v.cpu) }])))}`);
  return p;
}
