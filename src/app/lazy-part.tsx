import { lazy, type ComponentType, type JSX } from 'react';
import { loadLateWords } from '@/i18n/english';

/** A component that loads in its own chunk, with a way to load that chunk ahead of use. */
export type LazyPart<P extends object> = ((props: P) => JSX.Element) & {
  readonly preload: () => Promise<unknown>;
};

/**
 * Like React.lazy, but once the chunk has loaded (by an earlier render or `preload`) the part
 * renders at once instead of suspending for one more round: a second opening of the details, or a
 * page whose parts were preloaded, needs no Suspense fallback.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  // The English words only these parts read (src/i18n/english.ts) arrive with them.
  const preload = () =>
    Promise.all([load(), loadLateWords()]).then(([component]) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Part(props: P) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return Object.assign(Part, { preload });
}
