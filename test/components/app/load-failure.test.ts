// @vitest-environment jsdom
/**
 * Which chunk a failed `import()` names (load-failure.ts): a retry imports that chunk afresh under
 * a new address, since the browser keeps the failed import. Only a script of the page's own origin
 * is ever imported that way.
 */
import { describe, expect, it } from 'vitest';
import { failedChunkUrl, isLoadFailure, loadFailure, retryableImport } from '@/app/load-failure';

const here = window.location.origin;

describe('failedChunkUrl', () => {
  it('reads the chunk from the messages Chromium and Firefox give', () => {
    expect(
      failedChunkUrl(
        new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/Quiz-AbC1.js`),
      ),
    ).toBe(`${here}/assets/Quiz-AbC1.js`);
    expect(
      failedChunkUrl(
        new TypeError(`error loading dynamically imported module: ${here}/assets/ja-x_Y.js`),
      ),
    ).toBe(`${here}/assets/ja-x_Y.js`);
  });

  it('drops the query an earlier retry added', () => {
    expect(
      failedChunkUrl(
        new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/a-1.js?retry=2`),
      ),
    ).toBe(`${here}/assets/a-1.js`);
  });

  it('names nothing for another origin, or a message without a script', () => {
    expect(
      failedChunkUrl(
        new TypeError('Failed to fetch dynamically imported module: https://elsewhere.test/x.js'),
      ),
    ).toBeNull();
    expect(failedChunkUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedChunkUrl(undefined)).toBeNull();
  });
});

describe('loadFailure', () => {
  it('marks a failed load, keeping the error and its message', () => {
    const error = new TypeError('offline');
    expect(isLoadFailure(error)).toBe(false);
    expect(loadFailure(error)).toBe(error);
    expect(isLoadFailure(error)).toBe(true);
    expect(isLoadFailure(new TypeError('offline'))).toBe(false);
    const fromText = loadFailure('no network');
    expect(fromText.message).toBe('no network');
    expect(isLoadFailure(fromText)).toBe(true);
  });
});

describe('retryableImport', () => {
  it('gives what the caller picks from the module', async () => {
    const load = retryableImport(
      () => Promise.resolve({ Part: 'the part' }),
      (m) => m.Part,
    );
    await expect(load()).resolves.toBe('the part');
  });

  it('fails as a load failure when the module loaded has nothing to pick (not the part asked for)', async () => {
    const load = retryableImport(
      () => Promise.resolve({ Other: 1 } as { Part?: string }),
      (m) => m.Part,
    );
    const failure = await load().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isLoadFailure(failure)).toBe(true);
  });

  it('calls the loader again after a failure that names no script, and succeeds then', async () => {
    let calls = 0;
    const load = retryableImport(
      () =>
        ++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve({ Part: 2 }),
      (m) => m.Part,
    );
    const first = await load().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isLoadFailure(first)).toBe(true);
    await expect(load()).resolves.toBe(2);
    expect(calls).toBe(2);
  });
});
