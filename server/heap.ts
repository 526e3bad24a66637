// The production server's V8 heap limit (`--max-old-space-size`), set by `npm start` (SERVER_HEAP_MB) and used
// alike by the benchmark's server and export processes (issue 6).
//
// Without it V8 sizes the heap from the machine's memory (about 4 GB here) and lets garbage pile up to 130–180 MB
// before its first full collection: an export of 100,000 agreements, which keeps under 60 MB alive, peaked at
// 290–360 MB of RSS. With a limit of 1 GB V8 collects earlier and more often: 220–250 MB, for ~10 % more CPU in the
// export. 1 GB is ample for this app (its heap holds ~100 MB under load) and keeps a runaway request from taking the
// machine's memory.
export const DEFAULT_SERVER_HEAP_MB = 1024;

/** Node's options for the server process. */
export function serverHeapArgs(heapMb: number = DEFAULT_SERVER_HEAP_MB): string[] {
  return [`--max-old-space-size=${heapMb}`];
}
