// Work on millions of rows done on the page's main thread in pieces: a step function is a generator
// that yields now and then (every few tens of thousands of rows), and runInSlices runs it a slice of
// at most SLICE_MS at a time, giving the page its turn in between, so that no task holds the page long
// (the dataset is built while the page stays responsive). Tests and the CLI run the same steps at once.

/** A slice of work on the main thread: half of the 50 ms a task may take before the page feels it. */
export const SLICE_MS = 25;

export type Steps<T> = Generator<void, T, void>;

/** Every `every` rows, whether to yield (the caller yields): cheap enough to ask in a loop over rows. */
export const ROWS_A_STEP = 1 << 15;

/** The steps run through at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A task soon (setTimeout's nested calls wait 4 ms each). */
function soon(work: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const handle = setTimeout(work, 0);
    return () => clearTimeout(handle);
  }
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) work();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}

/** The steps run a slice at a time; cancel() stops them (the promise then never settles). */
export function runInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): { done: Promise<T>; cancel: () => void } {
  let cancel = () => {};
  const done = new Promise<T>((resolve, reject) => {
    const slice = () => {
      const until = performance.now() + sliceMs;
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) return resolve(next.value);
          if (performance.now() >= until) break;
        }
      } catch (error) {
        return reject(error);
      }
      cancel = soon(slice);
    };
    cancel = soon(slice);
  });
  return { done, cancel: () => cancel() };
}
