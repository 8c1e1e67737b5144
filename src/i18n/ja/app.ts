/**
 * ページの枠、質問票パネルの操作部分、推奨事項パネルの日本語 (Japanese twin of `en/app.ts`).
 * Terms: docs/i18n/ja/glossary.md; wording from the translation memory where the English is
 * unchanged (docs/i18n/ja/strings.jsonl). Pure.
 */
import type { AppWords } from '../en/app';

export const app: AppWords = {
  locale: 'ja',
  appName: 'WFP Layer Chooser',
  tagline:
    'ネットワーク タスクに使用できる、最も高い Windows フィルタリング プラットフォームのレイヤーを見つけます',
  documentTitle: 'WFP Layer Chooser',
  metaDescription:
    'ネットワーク タスクに使用できる最も高い Windows フィルタリング プラットフォームのレイヤーを、IPsec との互換性と、ユーザー モードのフィルターかカーネル モードのコールアウトかの判定とともに選びます。',

  language: {
    label: '言語',
  },

  theme: {
    label: 'テーマ',
    choices: { system: 'システム', light: 'ライト', dark: 'ダーク' },
  },

  copyLink: 'リンクのコピー',
  linkCopied: 'リンクをクリップボードにコピーしました。',
  linkCopyFailed: 'コピーできませんでした。代わりにアドレス バーからアドレスをコピーしてください。',

  regions: {
    page: 'ページ',
    questionnaire: '質問票',
    diagram: 'Windows ネットワーク スタック',
    result: '推奨事項',
    details: 'レイヤーの詳細',
    review: '設計のレビュー',
    records: '決定記録',
    gallery: 'シナリオ ギャラリー',
    paths: 'パケット パス',
    quiz: 'クイズ',
    compare: 'レイヤーの比較',
    present: 'プレゼンテーション',
    exportMenu: 'エクスポート メニュー',
  },
  diagramLoading: 'スタック図を読み込んでいます…',

  errorBoundary: {
    title: (region) => `${region} で予期しないエラーが発生しました。`,
    rest: 'ページのほかの部分は引き続き使用できます。入力した内容は失われていません。',
    detail: '技術的な詳細',
    retry: '再試行',
    startOver: '最初からやり直す',
    notLoaded: (region) => `${region} を読み込めませんでした。`,
    notLoadedRest:
      '接続が切れているか、サイトが更新された可能性があります。再試行するか、ページを再読み込みしてください。回答はリンクに含まれており、保存した決定記録はこのブラウザーに残ります。',
    reload: 'ページを再読み込み',
  },

  profileErrors: {
    title: 'このリンクの一部を読み取れませんでした',
    outcome: {
      loaded:
        'リンクの残りの部分を下に読み込みました。以前の状態には、ブラウザーの履歴で 1 つ前に戻ると戻れます。',
      kept: 'リンクに使用できる内容がなかったため、質問票は元のままにしました。',
    },
    dismiss: '閉じる',
    readInFull: {
      title: 'このリンクは別の書き方で書かれています',
      outcome:
        'リンクのすべてを読み取り、下に読み込みました。以前の状態には、ブラウザーの履歴で 1 つ前に戻ると戻れます。',
    },
  },

  questionnaire: {
    title: 'タスクの説明',
    intro:
      '製品がネットワーク トラフィックに対して何を行うかについて、いくつかの質問に答えてください。回答するたびに、図と推奨事項が更新されます。',
    progress: (answered) => (answered === 0 ? '未回答' : `${answered} 件回答済み`),
    questionNumber: (n) => `質問 ${n}`,
    answeredTitle: '回答',
    change: '変更',
    changeLabel: (title) => `回答の変更: ${title}`,
    cancel: 'キャンセル',
    save: '回答を保存',
    continue: '続行',
    back: '戻る',
    startOver: '最初からやり直す',
    singleHint: 'オプションをクリックするか、方向キーで選択して Enter キーで続行してください。',
    multiHint:
      '当てはまるオプションをすべてオンにしてから [続行] を選択してください (Space キーでオン、Enter キーで続行)。',
    chooseAtLeastOne: 'オプションを 1 つ以上選択してください。',
    optionGroups: {
      who: 'だれが — プログラム、ユーザー、通信相手',
      where: 'どこで — アドレス、ポート、インターフェイス、VM',
      what: '何を — プロトコル、内容、ヘッダー、量',
    },
    settingIdle: 'この回答では結果に影響しません。',
    defaultedTitle: '既定値のある設定',
    defaultedIntro:
      'これらの設定には妥当な既定値があり、リンクにも含まれます。製品で必要な場合は変更してください。',
    badges: { default: '既定', settled: '回答から決定' },
    completeTitle: 'すべての質問に回答しました',
    completeText:
      '推奨事項の準備ができました。比較するには、上のいずれかの回答を変更してください。',
    announceQuestion: (n, title) => `質問 ${n}: ${title}`,
    announceComplete: 'すべての質問に回答しました。推奨事項の準備ができました。',
    announceChanged: (title) => `回答を変更しました: ${title}。`,
    valueList: (labels) => labels.join('、'),
    noneSelected: 'なし',
  },

  result: {
    emptyTitle: '推奨事項はまだありません',
    emptyText:
      '左側の質問に答えてください。回答が終わると、このパネルに判定が表示されます。ユーザー モードのフィルターで十分か、カーネル モードのコールアウト ドライバーが必要か、どのレイヤーを使うか、何に注意すべきかがわかります。',
    emptySteps: [
      '図では、タスクを実行できる最も高いレイヤーが強調表示され、実行できないレイヤーは理由とともに淡色表示されます。',
      '各レイヤーには IPsec バッジが表示されます。',
      'アドレス バーのリンクには常に回答が含まれています。レビュー担当者と共有してください。',
    ],
    quotable: (verdict, summary) => `${verdict}: ${summary}`,
    copyVerdict: '判定のコピー',
    verdictCopied: '判定をコピーしました。',
    buildConditions: 'フィルター条件',
    calloutType: 'コールアウトの種類',
    injection: '挿入',
    pend: '判断の保留',
    primaryTitle: '推奨レイヤー',
    noPrimary: 'このタスクを実行できる WFP フィルター レイヤーはありません。',
    showDetails: 'レイヤーの詳細',
    showDetailsLabel: (shown) => `${shown} の詳細を表示`,
    companionsTitle: '併用レイヤー',
    ipsecTitle: 'IPsec',
    ipsecLoud: 'ネットワークで IPsec が使用されています。この設計では IPsec が機能しなくなります。',
    ipsecFixes: 'このタスクで使える解決策',
    technologyCost: 'コスト',
    considerationsTitle: '該当するプログラミングの考慮事項',
    whyItApplies: '該当する理由',
    warningsTitle: '警告',
    severity: {
      critical: { icon: '✖', text: '重大' },
      warning: { icon: '⚠', text: '警告' },
      info: { icon: 'ℹ', text: '注意' },
    },
    whyNotHigherTitle: 'より高いレイヤーを使わない理由',
    whyNotHigherEmpty: 'このタスクでは、推奨レイヤーより上位のレイヤーはありません。',
    alternativesTitle: '検討すべき代替案',
    rationaleTitle: '推奨事項の根拠',
    sourcesTitle: 'ソース',
    sourcesLabel: 'ソース:',
    rulesVersion: (version) => `ルールのバージョン ${version}`,
    card: {
      layer: 'レイヤー',
      noLayer: 'WFP レイヤーなし',
      alternative: '代わりに使うもの',
      whereAlternative: '動作する場所',
      outsideLayers: 'WFP フィルター レイヤーの外側',
      companions: '併用',
      ipsec: 'IPsec',
      mustKnow: '必ず知っておくこと',
      mustKnowNone:
        'この設計を損なう事項はありません。注意事項は下の各セクションを参照してください。',
      more: '詳細',
      moreLabel: (title) => `詳細: ${title}`,
      roles: {
        'other-direction': 'もう一方の方向',
        'pair-protocol': '他のプロトコル',
        'flow-context': 'フロー コンテキスト',
        'ale-classify': 'ALE 分類',
        'return-path': '戻りの経路',
        'require-ipsec': 'IPsec の要求',
        'ipsec-policy': 'IPsec ポリシー',
        proposed: '提案',
      },
    },
    foldsTitle: '判定の背景',
    planTitle: '構築計画',
    layersTitle: '設計のレイヤー',
    sourceRef: (n, title) => `ソース ${n}: ${title}`,
    sectionSources: 'このセクションのソース',
    startingPoint:
      'これは設計レビューの出発点であり、最終的な結論ではありません。実際のケースについてはソースを確認してください。',
  },
};
