/**
 * What the product runs instead of a callout of its own (`own-driver=avoid`): the technology the
 * verdict names, chosen from what the task needs, or null when nothing without a driver of one's
 * own can do it. Ids are ALTERNATIVES ids. Pure.
 */
import type { Task } from './design';
import { QOS_BASIS } from '@/knowledge/rule-facts';

export type Substitute = 'packet-diversion-driver' | 'policy-based-qos';

/** The driver-less technology for a task whose design would need a callout, or null. */
export function substituteFor(task: Task): Substitute | null {
  const { action, traffic, protocol, direction } = task.profile;
  // Policy-based QoS throttles outbound traffic on what its policies match (qos-top, qos-works).
  if (
    action === 'shape' &&
    direction === 'outbound' &&
    [...task.basis].every((b) => QOS_BASIS.has(b))
  ) {
    return 'policy-based-qos';
  }
  // A signed packet-diversion driver captures, drops, changes and reinjects IP packets of this
  // host's and routed traffic from user mode (wd-doc); it never sees the vSwitch path or non-IP frames.
  if ((traffic === 'local' || traffic === 'forwarded') && protocol !== 'non-ip') {
    return 'packet-diversion-driver';
  }
  return null;
}
