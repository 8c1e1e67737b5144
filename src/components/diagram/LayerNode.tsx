import { memo, useId, useState, type KeyboardEvent } from 'react';
import { Handle, NodeToolbar, Position, type NodeProps } from '@xyflow/react';
import { useWordsNow } from '@/app/language';
import { useDiagramActions } from './diagram-context';
import type { LayerFlowNode, NavDirection } from './flow-elements';
import { IpsecBadge } from './IpsecBadge';
import { useIsProposed } from './proposed-context';
import { useWorkshopMark } from './workshop-context';

const SIDES = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
] as const;

/** Every handle a layer can have: a source and a target on each side. */
const HANDLES = (['source', 'target'] as const).flatMap((type) =>
  SIDES.map(([side, position]) => [`${side}-${type}`, type, position] as const),
);

const ARROWS: Readonly<Record<string, NavDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * One WFP layer on the canvas: a button (click, Enter or Space opens its details; arrow keys move
 * to the neighbouring layer) that wears its state, IPsec mark and minimum Windows. The reason a
 * layer is excluded, a companion's role and the layer's one-line summary show in a tooltip on
 * hover and on keyboard focus, and are tied to the button with aria-describedby.
 *
 * The button is named by its content (WCAG 2.5.3, label in name): the words shown on the node, in
 * the order shown (glyphs hidden), then a visually hidden line that spells out the state, IPsec
 * status, minimum Windows and reason in full. Whatever the zoom shows is what the name starts with.
 */
function LayerNodeView({ data }: NodeProps<LayerFlowNode>) {
  const actions = useDiagramActions();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const descriptionId = useId();
  const proposed = useIsProposed(data.layerId);
  const mark = useWorkshopMark(data.layerId);
  const words = useWordsNow();
  const t = words.diagram;
  // The layer's name and summary in the language shown (the node data carries the English).
  const name = words.common.layerName(data.layerId);
  const summary = words.knowledge.layers[data.layerId]?.summary ?? data.summary;
  const os = data.minOs === null ? t.minOsUnknown : t.minOs[data.minOs];
  // A long OS chip leaves room only for the short IPsec badge (the label has both in full).
  const longOs = data.minOs !== null && t.minOsShort[data.minOs] !== undefined;
  const roleWords = data.role !== undefined ? t.roleWords(data.role) : undefined;
  const alternative = data.alternative;
  const baseDetails = t.nodeDetails({
    state: data.state,
    ipsec: data.ipsec,
    minOs: os,
    role: data.roleText ?? roleWords,
    reason: data.reason,
    likely: data.likely,
    alternative,
    proposed,
  });
  const details = mark?.label !== undefined ? `${baseDetails} ${mark.label}` : baseDetails;
  const tip = [
    data.reason !== undefined ? t.excludedBecause(data.reason) : undefined,
    data.roleText,
    summary,
  ].filter((line): line is string => line !== undefined && line !== '');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.select(data.layerId);
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      actions.edge(event.key === 'Home' ? 'first' : 'last');
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      actions.leave();
      return;
    }
    const direction = ARROWS[event.key];
    if (direction !== undefined) {
      event.preventDefault();
      actions.move(data.layerId, direction);
    }
  };

  // The state in words; a companion's role goes on its own line so nothing is cut off.
  const stateLine =
    data.state === 'idle' ? null : (
      <span className="layer-node__state">
        <span>
          {data.state === 'recommended' && (
            <span aria-hidden="true">{t.stateMark.recommended}</span>
          )}
          {data.likely === true ? `${t.likelyMark} · ` : ''}
          {t.statesShort[data.state]}
        </span>{' '}
        {roleWords !== undefined && <span className="layer-node__role">{roleWords} </span>}
        {alternative !== undefined && (
          <span className="layer-node__role">{t.alternativeShort} </span>
        )}
      </span>
    );

  return (
    <div
      className={[
        'layer-node',
        `layer-node--${data.variant}`,
        `is-${data.state}`,
        data.likely === true ? 'is-likely' : '',
        data.alternative !== undefined ? 'is-alternative' : '',
        data.selected ? 'is-selected' : '',
        proposed ? 'is-proposed' : '',
        mark?.step !== undefined ? 'is-on-path' : '',
        mark?.current === true ? 'is-path-current' : '',
        mark?.quiz !== undefined ? `is-quiz-${mark.quiz}` : '',
      ].join(' ')}
      data-layer-id={data.layerId}
      data-state={data.state}
      data-ipsec={data.ipsec}
      data-likely={data.likely === true ? 'true' : undefined}
      data-alternative={data.alternative !== undefined ? 'true' : undefined}
      data-selected={data.selected ? 'true' : undefined}
      data-proposed={proposed ? 'true' : undefined}
      data-path-step={mark?.step}
      data-path-current={mark?.current === true ? 'true' : undefined}
      data-quiz={mark?.quiz}
      role="button"
      tabIndex={data.active ? 0 : -1}
      aria-describedby={descriptionId}
      onClick={() => actions.select(data.layerId)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => {
        setFocused(true);
        actions.focused(data.layerId);
        actions.reveal(data.layerId);
      }}
      onBlur={() => setFocused(false)}
    >
      {HANDLES.filter(([id]) => data.handles === undefined || data.handles.includes(id)).map(
        ([id, type, position]) => (
          <Handle
            key={id}
            id={id}
            type={type}
            position={position}
            isConnectable={false}
            className="layer-handle"
          />
        ),
      )}
      {data.variant === 'discard' ? (
        <span className="layer-node__pill">
          <span className="layer-node__pill-text">
            <span aria-hidden="true">{t.stateMark[data.state]}</span>
            {t.discardChip}
          </span>{' '}
          <IpsecBadge status={data.ipsec} size="icon" />
        </span>
      ) : (
        <>
          <span className="layer-node__overview">
            {t.overviewMark[data.state] !== '' && (
              <span className="layer-node__mark" aria-hidden="true">
                {t.overviewMark[data.state]}
              </span>
            )}
            {name}
          </span>{' '}
          <span className="layer-node__name">{name}</span>{' '}
          {data.variant === 'compact' &&
          (data.state === 'recommended' || data.state === 'companion') ? (
            stateLine
          ) : (
            <span className="layer-node__fwpm">{data.fwpmShort}</span>
          )}{' '}
          <span className="layer-node__chips">
            <span className="layer-node__os">
              {data.minOs !== null ? (t.minOsShort[data.minOs] ?? os) : os}
            </span>{' '}
            <IpsecBadge
              status={data.ipsec}
              size={data.variant === 'compact' || longOs ? 'tiny' : 'short'}
            />
          </span>{' '}
          {data.variant === 'main' && stateLine}
        </>
      )}{' '}
      {mark?.step !== undefined && (
        <span className={`layer-node__step${mark.inferred === true ? ' is-inferred' : ''}`}>
          {mark.step}{' '}
        </span>
      )}
      {proposed && <span className="layer-node__proposed">{t.proposedMark} </span>}
      {/* The rest of the button's name: everything above in full words. */}
      <span className="visually-hidden">{details}</span>
      {/* Read as the description only (aria-describedby), not as part of the name. */}
      <span id={descriptionId} className="visually-hidden" aria-hidden="true">
        {tip.join(' ')}
      </span>
      {/* Mounted only while shown: each toolbar subscribes to the whole node list. */}
      {(hovered || focused) && (
        <NodeToolbar isVisible position={Position.Top} offset={10}>
          <div className={`layer-tip layer-tip--${data.state}`} aria-hidden="true">
            <strong className="layer-tip__name">{name}</strong>
            {tip.map((line) => (
              <span key={line} className="layer-tip__line">
                {line}
              </span>
            ))}
          </div>
        </NodeToolbar>
      )}
    </div>
  );
}

export const LayerNode = memo(LayerNodeView);
