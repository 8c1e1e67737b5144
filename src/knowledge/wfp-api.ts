/**
 * WFP API names the starter code uses beyond the layer, condition and injection records: the
 * management-API calls and structures (fwpmu.h / fwpmk.h), the callout registration calls
 * (fwpsk.h), the action types and flags, and the verification commands. Each name cites the
 * page that defines it; a test checks every identifier in generated code is here or in the
 * layer, condition or injection records. Pure data.
 */
import type { MinOs } from './vocabulary';
import type { Source, SourceId } from './types';

const API = 'https://learn.microsoft.com/windows/win32/api/';
const DDI = 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fwpsk/';

/** Pages cited only by this table (the others are in SOURCES). */
export const WFP_API_SOURCES: readonly Source[] = [
  {
    id: 'api-engineopen',
    title: 'FwpmEngineOpen0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmengineopen0`,
    kind: 'learn',
  },
  {
    id: 'api-session0',
    title: 'FWPM_SESSION0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_session0`,
    kind: 'learn',
  },
  {
    id: 'api-txbegin',
    title: 'FwpmTransactionBegin0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmtransactionbegin0`,
    kind: 'learn',
  },
  {
    id: 'api-txcommit',
    title: 'FwpmTransactionCommit0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmtransactioncommit0`,
    kind: 'learn',
  },
  {
    id: 'api-txabort',
    title: 'FwpmTransactionAbort0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmtransactionabort0`,
    kind: 'learn',
  },
  {
    id: 'api-provideradd',
    title: 'FwpmProviderAdd0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmprovideradd0`,
    kind: 'learn',
  },
  {
    id: 'api-provider0',
    title: 'FWPM_PROVIDER0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_provider0`,
    kind: 'learn',
  },
  {
    id: 'api-sublayeradd',
    title: 'FwpmSubLayerAdd0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmsublayeradd0`,
    kind: 'learn',
  },
  {
    id: 'api-sublayer0',
    title: 'FWPM_SUBLAYER0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_sublayer0`,
    kind: 'learn',
  },
  {
    id: 'api-calloutadd',
    title: 'FwpmCalloutAdd0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmcalloutadd0`,
    kind: 'learn',
  },
  {
    id: 'api-callout0',
    title: 'FWPM_CALLOUT0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_callout0`,
    kind: 'learn',
  },
  {
    id: 'api-engineclose',
    title: 'FwpmEngineClose0 function',
    url: `${API}fwpmu/nf-fwpmu-fwpmengineclose0`,
    kind: 'learn',
  },
  {
    id: 'api-condition0',
    title: 'FWPM_FILTER_CONDITION0 structure',
    url: `${API}fwpmtypes/ns-fwpmtypes-fwpm_filter_condition0`,
    kind: 'learn',
  },
  {
    id: 'ddi-register0',
    title: 'FwpsCalloutRegister0 function',
    url: `${DDI}nf-fwpsk-fwpscalloutregister0`,
    kind: 'learn',
  },
  {
    id: 'ddi-register1',
    title: 'FwpsCalloutRegister1 function',
    url: `${DDI}nf-fwpsk-fwpscalloutregister1`,
    kind: 'learn',
  },
  {
    id: 'ddi-register2',
    title: 'FwpsCalloutRegister2 function',
    url: `${DDI}nf-fwpsk-fwpscalloutregister2`,
    kind: 'learn',
  },
  {
    id: 'ddi-classifyout',
    title: 'FWPS_CLASSIFY_OUT0 structure',
    url: `${DDI}ns-fwpsk-fwps_classify_out0_`,
    kind: 'learn',
  },
  {
    id: 'netsh-wfp',
    title: 'netsh wfp',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/netsh-wfp',
    kind: 'learn',
  },
  {
    id: 'auditpol-set',
    title: 'auditpol set',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/auditpol-set',
    kind: 'learn',
  },
];

export interface WfpApiName {
  readonly name: string;
  /** Oldest Windows that has it (only where it matters to the starter code). */
  readonly minOs?: MinOs;
  readonly sourceIds: readonly SourceId[];
}

function names(
  sourceIds: readonly SourceId[],
  list: readonly string[],
  minOs?: MinOs,
): WfpApiName[] {
  return list.map((name) => ({ name, ...(minOs ? { minOs } : {}), sourceIds }));
}

/** Every API, structure and constant name the starter code may use. */
export const WFP_API_NAMES: readonly WfpApiName[] = [
  ...names(['api-engineopen'], ['FwpmEngineOpen0', 'RPC_C_AUTHN_WINNT', 'RPC_C_AUTHN_DEFAULT']),
  ...names(['api-session0'], ['FWPM_SESSION0', 'FWPM_SESSION_FLAG_DYNAMIC']),
  ...names(['api-txbegin'], ['FwpmTransactionBegin0']),
  ...names(['api-txcommit'], ['FwpmTransactionCommit0']),
  ...names(['api-txabort'], ['FwpmTransactionAbort0']),
  ...names(['api-engineclose'], ['FwpmEngineClose0']),
  ...names(['api-provideradd'], ['FwpmProviderAdd0']),
  ...names(['api-provider0'], ['FWPM_PROVIDER0', 'FWPM_PROVIDER_FLAG_PERSISTENT']),
  ...names(['api-sublayeradd'], ['FwpmSubLayerAdd0']),
  ...names(['api-sublayer0'], ['FWPM_SUBLAYER0', 'FWPM_SUBLAYER_FLAG_PERSISTENT']),
  ...names(['w32-sublayers', 'wdk-layerreq'], ['FWPM_SUBLAYER_UNIVERSAL', 'FwpmSubLayerEnum0']),
  ...names(['api-calloutadd'], ['FwpmCalloutAdd0']),
  ...names(['api-callout0'], ['FWPM_CALLOUT0', 'FWPM_CALLOUT_FLAG_PERSISTENT']),
  ...names(['api-filteradd'], ['FwpmFilterAdd0']),
  ...names(
    ['api-filter0'],
    [
      'FWPM_FILTER0',
      'FWPM_FILTER_FLAG_PERSISTENT',
      'FWPM_FILTER_FLAG_BOOTTIME',
      'FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED',
      'FWPM_FILTER_FLAG_CLEAR_ACTION_RIGHT',
      'FWP_EMPTY',
    ],
  ),
  ...names(
    ['api-condition0'],
    ['FWPM_FILTER_CONDITION0', 'FWP_MATCH_EQUAL', 'FWP_MATCH_FLAGS_ALL_SET', 'FWP_UINT32'],
  ),
  ...names(
    ['api-action0'],
    [
      'FWP_ACTION_BLOCK',
      'FWP_ACTION_PERMIT',
      'FWP_ACTION_CONTINUE',
      'FWP_ACTION_CALLOUT_TERMINATING',
      'FWP_ACTION_CALLOUT_INSPECTION',
      'FWP_ACTION_CALLOUT_UNKNOWN',
    ],
  ),
  ...names(
    ['ddi-register0'],
    [
      'FwpsCalloutRegister0',
      'FWPS_CALLOUT0',
      'FWPS_FILTER0',
      'FWPS_INCOMING_VALUES0',
      'FWPS_INCOMING_METADATA_VALUES0',
      'FwpsCalloutUnregisterById0',
    ],
    'vista',
  ),
  ...names(['ddi-register1'], ['FwpsCalloutRegister1', 'FWPS_CALLOUT1', 'FWPS_FILTER1'], 'win7'),
  ...names(
    ['ddi-register2', 'ddi-callout2'],
    ['FwpsCalloutRegister2', 'FWPS_CALLOUT2', 'FWPS_FILTER2'],
    'win8',
  ),
  ...names(
    ['ddi-callout2', 'wdk-flowctx'],
    ['FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW', 'FwpsFlowAssociateContext0'],
  ),
  ...names(
    ['ddi-classifyout', 'wdk-types'],
    ['FWPS_CLASSIFY_OUT0', 'FWPS_RIGHT_ACTION_WRITE', 'FWPS_CLASSIFY_OUT_FLAG_ABSORB'],
  ),
  ...names(['ddi-callout2'], ['FWPS_CALLOUT_NOTIFY_TYPE']),
  ...names(['ddi-pendop'], ['FwpsPendOperation0']),
  ...names(['ddi-pendclassify'], ['FwpsPendClassify0']),
  ...names(['ddi-construct'], ['FwpsConstructIpHeaderForTransportPacket0']),
  ...names(['w32-appuser'], ['FwpmGetAppIdFromFileName0']),
];

/** The name set, for look-ups. */
export const WFP_API_NAME_SET: ReadonlySet<string> = new Set(WFP_API_NAMES.map((n) => n.name));
