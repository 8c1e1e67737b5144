/**
 * A part of the page whose code (or words) could not be loaded: the connection dropped, or a new
 * version of the site replaced the files the page still asks for. The region's error boundary
 * says so in those words (not "an unexpected error") and offers reloading the page; its "Try
 * again" asks for the code afresh (`retryFailedLoads`), since a failed `import()` stays failed in
 * React.lazy's cache. Pure: no React; of the DOM, only the page's origin.
 */

// The errors that are load failures (the original error, kept with its message and type).
const failures = new WeakSet<Error>();

/** `error` marked as a load failure: the region's boundary receives it when a chunk did not load. */
export function loadFailure(error: unknown): Error {
  const failure = error instanceof Error ? error : new Error(String(error));
  failures.add(failure);
  return failure;
}

export function isLoadFailure(error: unknown): boolean {
  return failures.has(error as Error);
}

const forgetters = new Set<() => void>();

/**
 * Registers what forgets a failed load, so that the next render asks again. Loaders never retry
 * from a render on their own: a render that fails to load goes to the boundary, and only the
 * reader's "Try again" starts the next attempt (no loop of requests while offline).
 */
export function onRetryLoads(forget: () => void): void {
  forgetters.add(forget);
}

/** Forgets every failed load (a region's "Try again"): the parts that render next load afresh. */
export function retryFailedLoads(): void {
  forgetters.forEach((forget) => forget());
}

/** The same-origin script a failed `import()` names in its message (Chromium and Firefox do). */
export function failedChunkUrl(error: unknown): string | null {
  // The script's address, without the query an earlier retry added.
  const named = /https?:\/\/[^\s'"?]+\.m?js/.exec(String(error))?.[0];
  return named !== undefined && new URL(named).origin === globalThis.location?.origin
    ? named
    : null;
}

/**
 * A chunk's `import()` that can be asked again. The browser keeps a failed module import for the
 * page's life (a second `import()` of the same URL fails at once, with no request), so once
 * `load` has failed naming its chunk, later calls import that chunk under a fresh address (a
 * query the server ignores); `pick` takes what the caller wants from the module. A failure that
 * names no chunk (another browser, or a stylesheet the chunk needs) calls `load` again. Either
 * way it fails as a load failure (`isLoadFailure`).
 */
export function retryableImport<M, T>(
  load: () => Promise<M>,
  pick: (module: M) => T,
): () => Promise<T> {
  let failedUrl: string | null = null;
  return () => {
    // Each retry a new address: the one before may have failed too.
    const loading: Promise<M> =
      failedUrl === null
        ? load()
        : (import(/* @vite-ignore */ `${failedUrl}?retry=${Date.now()}`) as Promise<M>);
    return loading.then(
      (module) => {
        // A retry under the failed script's address may have loaded a chunk the part depends
        // on rather than the part: without what `pick` wants, it still could not be loaded.
        const picked = pick(module);
        if (picked === undefined) throw loadFailure(new Error(`nothing to take from ${failedUrl}`));
        return picked;
      },
      (error: unknown) => {
        failedUrl ??= failedChunkUrl(error);
        throw loadFailure(error);
      },
    );
  };
}
