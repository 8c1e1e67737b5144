import type { WordedRationaleStep as RationaleStep } from '@/i18n/word';
import { SourceLinks } from '@/components/common/SourceLinks';

export function RationaleList({ steps }: { readonly steps: readonly RationaleStep[] }) {
  return (
    <ol className="rationale">
      {steps.map((step) => (
        <li key={step.id} data-rationale-id={step.id}>
          <p>{step.text}</p>
          <SourceLinks ids={step.sourceIds} />
        </li>
      ))}
    </ol>
  );
}
