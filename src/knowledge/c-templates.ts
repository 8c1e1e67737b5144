/**
 * The C call sequences of the starter code (src/share/starter-code.ts), as small template
 * functions: the management-API sequence (FwpmEngineOpen0 → FwpmTransactionBegin0 →
 * FwpmProviderAdd0 → FwpmSubLayerAdd0 → FwpmFilterAdd0 → FwpmTransactionCommit0; api-engineopen,
 * api-txbegin, api-provideradd, api-sublayeradd, api-filteradd, api-txcommit in wfp-api.ts) and
 * callout registration (FwpsCalloutRegister0/1/2 + FwpmCalloutAdd0; ddi-register0/1/2,
 * api-calloutadd), and the verify commands (netsh-wfp, auditpol-set). Code, not prose: the words
 * in the comments are passed in. Pure.
 */

/** A C block comment from lines of text. */
export function comment(lines: readonly string[], indent = ''): string {
  const safe = lines.map((l) => l.replace(/\*\//g, '* /'));
  return [`${indent}/*`, ...safe.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}

function lineComment(text: string, indent: string): string {
  return `${indent}// ${text.replace(/\n/g, ' ')}`;
}

export const NETSH_SHOW_FILTERS = 'netsh wfp show filters';
export const NETSH_SHOW_STATE = 'netsh wfp show state';
export const NETSH_CAPTURE_START = 'netsh wfp capture start';
export const NETSH_CAPTURE_STOP = 'netsh wfp capture stop';
export const NETSH_SHOW_NETEVENTS = 'netsh wfp show netevents';
export const AUDITPOL_CONNECTION =
  'auditpol /set /subcategory:"Filtering Platform Connection" /success:enable /failure:enable';
export const AUDITPOL_DROP =
  'auditpol /set /subcategory:"Filtering Platform Packet Drop" /success:enable /failure:enable';

/** A verify command with its `rem` line. */
export function verifyLine(why: string, command: string): string[] {
  return [`rem ${why}`, command];
}

export interface ConditionSpec {
  readonly id: string;
  readonly flag: boolean;
}

function conditionBlock(
  conds: readonly ConditionSpec[],
  words: { value: string; appId: string },
  indent: string,
): string[] {
  if (conds.length === 0) return [];
  const out = [`${indent}FWPM_FILTER_CONDITION0 cond[${conds.length}] = { 0 };`];
  conds.forEach((c, i) => {
    if (c.flag) {
      out.push(
        `${indent}cond[${i}].fieldKey = FWPM_CONDITION_FLAGS;`,
        `${indent}cond[${i}].matchType = FWP_MATCH_FLAGS_ALL_SET;`,
        `${indent}cond[${i}].conditionValue.type = FWP_UINT32;`,
        `${indent}cond[${i}].conditionValue.uint32 = ${c.id};`,
      );
    } else {
      if (c.id === 'FWPM_CONDITION_ALE_APP_ID') out.push(lineComment(words.appId, indent));
      out.push(
        `${indent}cond[${i}].fieldKey = ${c.id};`,
        `${indent}cond[${i}].matchType = FWP_MATCH_EQUAL;`,
        `${indent}cond[${i}].conditionValue = value${i}; ${lineComment(words.value, '').trim()}`,
      );
    }
  });
  return out;
}

function sessionAndObjects(o: {
  dynamic: boolean;
  persistentObjects: boolean;
  weight: string;
  weightWhy: readonly string[];
  kernel: boolean;
}): string[] {
  const i = '    ';
  const status = o.kernel ? 'status' : 'rc';
  return [
    `${i}FWPM_SESSION0 session = { 0 };`,
    ...(o.dynamic ? [`${i}session.flags = FWPM_SESSION_FLAG_DYNAMIC;`] : []),
    `${i}${status} = FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &engine);`,
    `${i}if (${o.kernel ? '!NT_SUCCESS(status)' : 'rc != ERROR_SUCCESS'}) return ${status};`,
    `${i}${status} = FwpmTransactionBegin0(engine, 0);`,
    '',
    `${i}FWPM_PROVIDER0 provider = { 0 };`,
    `${i}provider.providerKey = PROVIDER_KEY;`,
    `${i}provider.displayData.name = L"My provider";`,
    ...(o.persistentObjects ? [`${i}provider.flags = FWPM_PROVIDER_FLAG_PERSISTENT;`] : []),
    `${i}${status} = FwpmProviderAdd0(engine, &provider, NULL);`,
    '',
    `${i}FWPM_SUBLAYER0 sublayer = { 0 };`,
    `${i}sublayer.subLayerKey = SUBLAYER_KEY;`,
    `${i}sublayer.displayData.name = L"My sublayer";`,
    `${i}sublayer.providerKey = (GUID *)&PROVIDER_KEY;`,
    ...(o.persistentObjects ? [`${i}sublayer.flags = FWPM_SUBLAYER_FLAG_PERSISTENT;`] : []),
    ...o.weightWhy.map((w) => lineComment(w, i)),
    `${i}sublayer.weight = ${o.weight};`,
    `${i}${status} = FwpmSubLayerAdd0(engine, &sublayer, NULL);`,
  ];
}

function guidDecls(names: readonly string[]): string[] {
  return names.map((n) => `static const GUID ${n} = { 0 }; // TODO`);
}

function flagsExpr(flags: readonly string[]): string {
  return flags.length > 0 ? flags.join(' | ') : '0';
}

/** The user-mode management-API program. */
export function userModeProgram(o: {
  dynamic: boolean;
  persistentObjects: boolean;
  weight: string;
  weightWhy: readonly string[];
  conditions: readonly ConditionSpec[];
  conditionWords: { value: string; appId: string };
  filters: readonly { layerKey: string; action: string }[];
  filterFlags: readonly string[];
  builtInCallout?: string | undefined;
}): string {
  const i = '    ';
  const out = [
    '#include <windows.h>',
    '#include <fwpmu.h>',
    '#pragma comment(lib, "fwpuclnt.lib")',
    '',
    ...guidDecls(['PROVIDER_KEY', 'SUBLAYER_KEY']),
    '',
    'DWORD AddFilters(void)',
    '{',
    `${i}HANDLE engine = NULL;`,
    `${i}DWORD rc;`,
    ...sessionAndObjects({ ...o, kernel: false }),
    '',
    ...conditionBlock(o.conditions, o.conditionWords, i),
  ];
  for (const f of o.filters) {
    out.push(
      '',
      `${i}{`,
      `${i}    FWPM_FILTER0 filter = { 0 };`,
      `${i}    filter.layerKey = ${f.layerKey};`,
      `${i}    filter.subLayerKey = SUBLAYER_KEY;`,
      `${i}    filter.displayData.name = L"My filter";`,
      `${i}    filter.flags = ${flagsExpr(o.filterFlags)};`,
      `${i}    filter.action.type = ${f.action};`,
      ...(o.builtInCallout ? [`${i}    filter.action.calloutKey = ${o.builtInCallout};`] : []),
      `${i}    filter.weight.type = FWP_EMPTY;`,
      `${i}    filter.numFilterConditions = ${o.conditions.length};`,
      `${i}    filter.filterCondition = ${o.conditions.length > 0 ? 'cond' : 'NULL'};`,
      `${i}    rc = FwpmFilterAdd0(engine, &filter, NULL, NULL);`,
      `${i}}`,
    );
  }
  out.push(
    '',
    `${i}rc = FwpmTransactionCommit0(engine);`,
    `${i}if (rc != ERROR_SUCCESS) FwpmTransactionAbort0(engine);`,
    ...(o.dynamic ? [] : [`${i}FwpmEngineClose0(engine);`]),
    `${i}return rc;`,
    '}',
    '',
  );
  return out.join('\n');
}

export interface CalloutEntry {
  readonly layerKey: string;
  readonly runtimeId: string;
  readonly role: string;
  readonly action: string;
  readonly flags: readonly string[];
  readonly failWhy: string;
  readonly conditionsHere: readonly ConditionSpec[];
  readonly conditionalOnFlow: boolean;
}

function calloutKeyName(e: CalloutEntry): string {
  return `CALLOUT_KEY_${e.layerKey.replace(/^FWPM_LAYER_/, '')}`;
}

/** The kernel callout program: classifyFn outline, registration, filters. */
export function calloutProgram(o: {
  version: 0 | 1 | 2;
  entries: readonly CalloutEntry[];
  weight: string;
  weightWhy: readonly string[];
  dynamic: boolean;
  persistentObjects: boolean;
  /** Persistent and boot-time filters may reference only a persistent callout (api-callout0). */
  persistentCallout: boolean;
  conditionWords: { value: string; appId: string };
  writeRight: string;
  considerations: readonly string[];
  ipsecRules: readonly string[];
  flowContextWords: string;
  work: readonly string[];
  observe: boolean;
  noBlockHere: string;
}): string {
  const v = o.version;
  const i = '    ';
  const filterType = `FWPS_FILTER${v}`;
  const calloutType = `FWPS_CALLOUT${v}`;
  const register = `FwpsCalloutRegister${v}`;
  const classifyParams = [
    `${i}const FWPS_INCOMING_VALUES0 *inFixedValues,`,
    `${i}const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues,`,
    `${i}void *layerData,`,
    ...(v >= 1 ? [`${i}const void *classifyContext,`] : []),
    `${i}const ${filterType} *filter,`,
    `${i}UINT64 flowContext,`,
    `${i}FWPS_CLASSIFY_OUT0 *classifyOut)`,
  ];
  const cases: string[] = [];
  for (const e of o.entries) {
    cases.push(`${i}case ${e.runtimeId}:`);
    if (e.role === 'flow-context') {
      cases.push(
        lineComment(o.flowContextWords, `${i}    `),
        lineComment(o.noBlockHere, `${i}    `),
      );
      cases.push(`${i}    classifyOut->actionType = FWP_ACTION_CONTINUE;`, `${i}    break;`);
      continue;
    }
    for (const w of o.work) cases.push(lineComment(w, `${i}    `));
    cases.push(
      `${i}    classifyOut->actionType = ${o.observe ? 'FWP_ACTION_CONTINUE' : 'FWP_ACTION_PERMIT'};`,
      `${i}    break;`,
    );
  }
  const keys = [...new Set(o.entries.map(calloutKeyName))];
  const out = [
    '#include <ntddk.h>',
    '#include <fwpsk.h>',
    '#include <fwpmk.h>',
    '',
    ...guidDecls(['PROVIDER_KEY', 'SUBLAYER_KEY', ...keys]),
    '',
    `static void NTAPI ClassifyFn(`,
    ...classifyParams,
    '{',
    ...o.considerations.map((c) => lineComment(c, i)),
    ...o.ipsecRules.map((c) => lineComment(c, i)),
    ...(o.observe
      ? []
      : [
          lineComment(o.writeRight, i),
          `${i}if ((classifyOut->rights & FWPS_RIGHT_ACTION_WRITE) == 0) return;`,
        ]),
    `${i}switch (inFixedValues->layerId) {`,
    ...cases,
    `${i}default:`,
    `${i}    break;`,
    `${i}}`,
    '}',
    '',
    `static NTSTATUS NTAPI NotifyFn(FWPS_CALLOUT_NOTIFY_TYPE type, const GUID *filterKey, ${filterType} *filter)`,
    '{',
    `${i}return STATUS_SUCCESS;`,
    '}',
    '',
    'static void NTAPI FlowDeleteFn(UINT16 layerId, UINT32 calloutId, UINT64 flowContext)',
    '{',
    '}',
    '',
    'static NTSTATUS AddCallout(void *deviceObject, HANDLE engine, const GUID *calloutKey,',
    `${i}const GUID *layerKey, UINT32 flags)`,
    '{',
    `${i}${calloutType} sCallout = { 0 };`,
    `${i}sCallout.calloutKey = *calloutKey;`,
    `${i}sCallout.flags = flags;`,
    `${i}sCallout.classifyFn = ClassifyFn;`,
    `${i}sCallout.notifyFn = NotifyFn;`,
    `${i}sCallout.flowDeleteFn = FlowDeleteFn;`,
    `${i}NTSTATUS status = ${register}(deviceObject, &sCallout, NULL);`,
    `${i}if (!NT_SUCCESS(status)) return status;`,
    `${i}FWPM_CALLOUT0 mCallout = { 0 };`,
    `${i}mCallout.calloutKey = *calloutKey;`,
    `${i}mCallout.displayData.name = L"My callout";`,
    `${i}mCallout.applicableLayer = *layerKey;`,
    ...(o.persistentCallout ? [`${i}mCallout.flags = FWPM_CALLOUT_FLAG_PERSISTENT;`] : []),
    `${i}return FwpmCalloutAdd0(engine, &mCallout, NULL, NULL);`,
    '}',
    '',
    'NTSTATUS RegisterCallouts(void *deviceObject, HANDLE *engineOut)',
    '{',
    `${i}HANDLE engine = NULL;`,
    `${i}NTSTATUS status;`,
    ...sessionAndObjects({ ...o, kernel: true }),
  ];
  for (const e of o.entries) {
    const conds = conditionBlock(e.conditionsHere, o.conditionWords, `${i}    `);
    out.push(
      '',
      `${i}{`,
      `${i}    status = AddCallout(deviceObject, engine, &${calloutKeyName(e)}, &${e.layerKey},`,
      `${i}        ${e.conditionalOnFlow ? 'FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW' : '0'});`,
      ...conds,
      `${i}    FWPM_FILTER0 filter = { 0 };`,
      `${i}    filter.layerKey = ${e.layerKey};`,
      `${i}    filter.subLayerKey = SUBLAYER_KEY;`,
      `${i}    filter.displayData.name = L"My callout filter";`,
      lineComment(e.failWhy, `${i}    `),
      `${i}    filter.flags = ${flagsExpr(e.flags)};`,
      `${i}    filter.action.type = ${e.action};`,
      `${i}    filter.action.calloutKey = ${calloutKeyName(e)};`,
      `${i}    filter.weight.type = FWP_EMPTY;`,
      `${i}    filter.numFilterConditions = ${e.conditionsHere.length};`,
      `${i}    filter.filterCondition = ${e.conditionsHere.length > 0 ? 'cond' : 'NULL'};`,
      `${i}    status = FwpmFilterAdd0(engine, &filter, NULL, NULL);`,
      `${i}}`,
    );
  }
  out.push(
    '',
    `${i}status = FwpmTransactionCommit0(engine);`,
    `${i}if (!NT_SUCCESS(status)) FwpmTransactionAbort0(engine);`,
    `${i}*engineOut = engine;`,
    `${i}return status;`,
    '}',
    '',
  );
  return out.join('\n');
}
