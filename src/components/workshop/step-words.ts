import type { WorkshopWords } from '@/i18n/en/workshop-words';
import type { StepView } from '@/knowledge/packet-paths';

/** A step's facts in words, for the panel and the presentation caption. */
export function stepWords(t: WorkshopWords, step: StepView) {
  return {
    layer: t.layerName(step.layerId),
    unit: t.paths.units[step.unit],
    data: t.paths.dataStarts[step.dataStart],
    identity: t.paths.identity[step.identity],
    direction: t.paths.directions[step.direction],
    confidence: t.paths.confidence[step.confidence],
    note: step.note === undefined ? undefined : t.paths.notes[step.note],
  };
}
