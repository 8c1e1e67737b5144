/**
 * The Japanese knowledge words, assembled from their files; the same shape as the English ones
 * (`KnowledgeWords`). Pure.
 */
import type { KnowledgeWords } from '../en/knowledge';
import { conditions } from './knowledge-conditions';
import { layers } from './knowledge-layers';
import { alternatives, considerations, ipsecRules, paths } from './knowledge-notes';

export const knowledge: KnowledgeWords = {
  layers,
  conditions,
  considerations,
  alternatives,
  paths,
  ipsecRules,
};
