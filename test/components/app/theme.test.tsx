// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initTheme, resolveTheme, THEME_STORAGE_KEY } from '@/app/theme';
import { ThemeToggle } from '@/components/common/ThemeToggle';

function mockSystemDark(dark: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.spyOn(window, 'matchMedia').mockImplementation(() => media as unknown as MediaQueryList);
  return {
    change(next: boolean) {
      media.matches = next;
      listeners.forEach((listener) => listener());
    },
  };
}

describe('theme', () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    window.localStorage.clear();
    delete document.documentElement.dataset.theme;
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('resolves "system" from the colour-scheme preference', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('follows the system until a theme is picked, and remembers the pick', async () => {
    const system = mockSystemDark(true);
    stop = initTheme();
    expect(document.documentElement.dataset.theme).toBe('dark');
    system.change(false);
    expect(document.documentElement.dataset.theme).toBe('light');

    render(<ThemeToggle />);
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    system.change(false);
    expect(document.documentElement.dataset.theme).toBe('dark');

    stop();
    stop = initTheme();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('still works when the browser refuses storage', async () => {
    mockSystemDark(false);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    stop = initTheme();
    expect(document.documentElement.dataset.theme).toBe('light');
    render(<ThemeToggle />);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
