import { lazy, type ComponentType, type JSX } from 'react';
import { loadLateWords } from '@/i18n/english';
import { afterFirstLook } from './first-look';
import { onRetryLoads } from './load-failure';

/** A component that loads in its own chunk, with a way to load that chunk ahead of use. */
export type LazyPart<P extends object> = ((props: P) => JSX.Element) & {
  readonly preload: () => Promise<unknown>;
};

export interface LazyPartOptions {
  /**
   * A render loads the chunk only after the page's first look has painted (first-look.ts): for
   * parts the first look at a result does not need, so their loading and rendering do not hold up
   * the diagram. `preload` still loads at once.
   */
  readonly afterFirstLook?: boolean;
}

/**
 * Like React.lazy, but once the chunk has loaded (by an earlier render or `preload`) the part
 * renders at once instead of suspending for one more round: a second opening of the details, or a
 * page whose parts were preloaded, needs no Suspense fallback. A chunk that fails to load reaches
 * the region's error boundary; the boundary's "Try again" forgets it, and the next render calls
 * `load` again (React.lazy would keep the failure). The browser keeps a failed `import()` too:
 * `load` is a `retryableImport` (load-failure.ts), for the chunk to arrive then and for the
 * boundary to say the part could not be loaded.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: LazyPartOptions = {},
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  // The English words only these parts read (src/i18n/english.ts) arrive with them.
  const preload = () =>
    Promise.all([load(), loadLateWords()]).then(([component]) => {
      loaded = component;
      return component;
    });
  const waitForLook = options.afterFirstLook === true;
  let failed = false;
  const attempt = () =>
    lazy(() =>
      (waitForLook ? afterFirstLook().then(preload) : preload()).then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    );
  let Lazy = attempt();
  onRetryLoads(() => {
    if (!failed) return;
    failed = false;
    Lazy = attempt();
  });
  function Part(props: P) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return Object.assign(Part, { preload });
}
