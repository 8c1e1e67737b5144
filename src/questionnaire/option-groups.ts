/**
 * How the options of a long question are grouped for reading: the `basis` items by
 * who the decision is about, where the traffic is, and what in it is looked at. Display order
 * only; the answer and the link keep the vocabulary's order. Pure data.
 */
import type { QuestionId } from './types';

export interface OptionGroup {
  /** Stable id; its heading lives in src/i18n. */
  readonly id: string;
  readonly options: readonly string[];
}

export const OPTION_GROUPS: { readonly [K in QuestionId]?: readonly OptionGroup[] } = {
  basis: [
    { id: 'who', options: ['app', 'user', 'package', 'remote-identity'] },
    {
      id: 'where',
      options: ['address', 'port', 'interface', 'loopback', 'vm', 'vlan', 'mac'],
    },
    {
      id: 'what',
      options: [
        'protocol',
        'icmp-type',
        'ethertype',
        'rpc-interface',
        'payload',
        'transport-header',
        'ip-header',
        'fragments',
        'volume',
      ],
    },
  ],
};

/**
 * The groups of `id` holding the `open` options (empty groups left out); one unnamed group of
 * every open option when the question has no grouping. Options a grouping forgets go last.
 */
export function groupOptions(
  id: QuestionId,
  open: readonly string[],
): readonly { readonly id: string | null; readonly options: readonly string[] }[] {
  const groups = OPTION_GROUPS[id];
  if (groups === undefined) return [{ id: null, options: open }];
  const out: { id: string | null; options: readonly string[] }[] = [];
  const placed = new Set<string>();
  for (const g of groups) {
    const options = g.options.filter((o) => open.includes(o));
    options.forEach((o) => placed.add(o));
    if (options.length > 0) out.push({ id: g.id, options });
  }
  const rest = open.filter((o) => !placed.has(o));
  if (rest.length > 0) out.push({ id: null, options: rest });
  return out;
}
