// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The first look is page-wide state: each test loads fresh copies of the modules.
async function load() {
  vi.resetModules();
  const look = await import('@/app/first-look');
  const { lazyPart } = await import('@/app/lazy-part');
  return { ...look, lazyPart };
}

function Hello({ who }: { who: string }) {
  return <p>hello {who}</p>;
}

/** Lets the pending promise callbacks (a resolved chunk, a resumed wait) run. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));

describe('the first look', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds a waiting part back until the diagram says it has painted, then renders it', async () => {
    const { lazyPart, firstLookShown } = await load();
    const loader = vi.fn(() => Promise.resolve(Hello));
    const Part = lazyPart(loader, { afterFirstLook: true });
    render(
      <Suspense fallback={<p>later</p>}>
        <Part who="reviewer" />
      </Suspense>,
    );
    await settle();
    expect(loader).not.toHaveBeenCalled();
    expect(screen.getByText('later')).toBeInTheDocument();

    act(() => firstLookShown());
    await settle();
    expect(loader).toHaveBeenCalledOnce();
    expect(screen.getByText('hello reviewer')).toBeInTheDocument();
  });

  it('a part that does not wait loads at once, and preload never waits', async () => {
    const { lazyPart, isFirstLookShown } = await load();
    const Now = lazyPart(() => Promise.resolve(Hello));
    const later = vi.fn(() => Promise.resolve(Hello));
    const Later = lazyPart(later, { afterFirstLook: true });
    render(
      <Suspense fallback={<p>later</p>}>
        <Now who="now" />
      </Suspense>,
    );
    await settle();
    expect(screen.getByText('hello now')).toBeInTheDocument();

    await act(() => Later.preload());
    expect(later).toHaveBeenCalledOnce();
    render(<Later who="preloaded" />);
    expect(screen.getByText('hello preloaded')).toBeInTheDocument();
    expect(isFirstLookShown()).toBe(false);
  });

  it('a key or pointer press ends the wait: the user wants the whole page now', async () => {
    const { afterFirstLook, isFirstLookShown } = await load();
    const resumed = vi.fn();
    void afterFirstLook().then(resumed);
    await settle();
    expect(resumed).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await settle();
    expect(resumed).toHaveBeenCalledOnce();
    expect(isFirstLookShown()).toBe(true);

    const second = await load();
    const resumedToo = vi.fn();
    void second.afterFirstLook().then(resumedToo);
    window.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(resumedToo).toHaveBeenCalledOnce();
  });

  it('a diagram that never paints holds nothing back for longer than the fallback', async () => {
    const { afterFirstLook, FIRST_LOOK_FALLBACK_MS } = await load();
    const resumed = vi.fn();
    void afterFirstLook().then(resumed);
    await act(() => vi.advanceTimersByTimeAsync(FIRST_LOOK_FALLBACK_MS - 1));
    expect(resumed).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(resumed).toHaveBeenCalledOnce();
  });

  it('afterNextPaint runs its work after the next animation frame, not before', async () => {
    const { afterNextPaint } = await load();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      frames.push(cb);
      return frames.length;
    });
    const work = vi.fn();
    afterNextPaint(work);
    await settle();
    expect(work).not.toHaveBeenCalled();
    frames.shift()?.(0);
    expect(work).not.toHaveBeenCalled();
    await settle();
    expect(work).toHaveBeenCalledOnce();
  });
});
