// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { en } from '@/i18n/en';

function Fragile({ broken }: { readonly broken: boolean }) {
  if (broken) throw new Error('the diagram could not be laid out');
  return <p>diagram drawn</p>;
}

function Page() {
  const [broken, setBroken] = useState(true);
  return (
    <>
      <p>questionnaire still here</p>
      <ErrorBoundary region="diagram" onReset={() => setBroken(false)}>
        <Fragile broken={broken} />
      </ErrorBoundary>
    </>
  );
}

describe('ErrorBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the rest of the page when one region fails, says what failed and offers a way out', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Page />);
    expect(screen.getByText('questionnaire still here')).toBeVisible();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(en.app.errorBoundary.title(en.app.regions.diagram));
    expect(alert).toHaveTextContent('the diagram could not be laid out');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByText('diagram drawn')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
