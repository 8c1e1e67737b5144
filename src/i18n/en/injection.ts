/**
 * English words of the injection functions, by id: what the NET_BUFFER_LIST must start with and
 * the notes on using it, from src/knowledge/injection-notes.ts. A late section (issue 12): only the
 * layer details show them. Pure.
 */
import { INJECTION_NOTES } from '@/knowledge/injection-notes';
import type { InjectionId } from '@/knowledge/types';
import type { InjectionWords } from './knowledge';

export const injection: Readonly<Record<InjectionId, InjectionWords>> = INJECTION_NOTES;
