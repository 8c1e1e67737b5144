/**
 * レビュー担当者向けツールの日本語: 設計レビューのフォーム、記録の項目とチェックリスト、エクスポート
 * メニューと印刷ビュー、インポート、最近の記録、保存データのメッセージ、スターター コード
 * (Japanese twin of `en/records-ui.ts`). Pure.
 */
import type { RecordsUiWords } from '../en/records-ui';

export const recordsUi: RecordsUiWords = {
  proposal: {
    title: 'レビュー対象の設計',
    intro:
      '同僚の設計を入力してください。右側のレビューでは、「推奨」で説明したタスクに照らしてその設計を確認します。',
    layersLegend: '設計で使用するレイヤー',
    search: 'レイヤーの検索',
    searchHint: '名前または FWPM 名 (例: auth connect、IPPACKET)',
    noMatch: '一致するレイヤーはありません。',
    chosen: (n) => (n === 0 ? 'レイヤーはまだ選択されていません' : `${n} 個選択済み`),
    remove: (name) => `${name} を削除`,
    kindLegend: 'フィルター処理の方法',
    kinds: {
      filter: 'ユーザー モードからの通常のフィルター',
      callout: 'カーネル モードのコールアウト',
    },
    calloutLabel: 'コールアウトが行うこと',
    callouts: {
      inspect: '検査',
      modify: '変更',
      redirect: 'リダイレクト',
      inject: '挿入',
      pend: '保留 (判断を保留する)',
    },
    injectLabel: '挿入関数 (省略可能)',
    weightLabel: 'サブレイヤーの重み (省略可能)',
    weights: {
      'below-universal': 'FWPM_SUBLAYER_UNIVERSAL より下',
      'above-universal': 'FWPM_SUBLAYER_UNIVERSAL より上',
    },
    notStated: '指定なし',
    useRecommended: '推奨された設計から始める',
    clear: '設計をクリア',
  },

  review: {
    needsTask:
      '先に「推奨」のすべての質問に答えてください。レビューでは、そのタスクに照らして設計を確認します。',
    needsLayers: '設計で使用するレイヤーを 1 つ以上選択してください。',
    firstReason: '主な理由',
    ipsec: 'この設計の IPsec の状態',
    proposedMark: '提案',
    findingsTitle: '指摘事項',
  },

  record: {
    title: '決定記録',
    titleLabel: 'タイトル',
    titlePlaceholder: '例: エンドポイント エージェントのアプリごとの送信ブロック',
    notesLabel: 'メモ',
    notesPlaceholder: '会議で決まったこと、未解決の疑問、フォローアップの担当者…',
    checklistTitle: 'レビュー チェックリスト',
    checklistIntro: '設計で対応済みの項目をオンにしてください。チェックは記録に保存されます。',
    checklistEmpty: 'この結果にはチェックする項目がありません。',
    checklistKinds: { consideration: '考慮事項', warning: '警告', finding: '指摘事項' },
    progress: (done, all) => `${all} 件中 ${done} 件完了`,
    save: '最近の記録に保存',
    saved: '最近の記録に保存しました。',
  },

  recent: {
    button: '記録',
    title: '最近の記録',
    intro:
      'このブラウザーに保存された記録 (最新 20 件) です。記録を開くと、ページ上の回答が置き換えられます。',
    empty:
      '記録はまだありません。記録を保存するか、JSON 記録をエクスポートするか、記録ファイルをインポートしてください。',
    open: '開く',
    openLabel: (title) => `記録「${title}」を開く`,
    remove: '削除',
    removeLabel: (title) => `記録「${title}」を削除`,
    untitled: '無題の記録',
    import: '記録ファイルのインポート…',
    importHint: 'または .json 記録をページ上の任意の場所にドロップ',
    close: '閉じる',
    rulesBadge: (v) => `ルール ${v}`,
  },

  importing: {
    drop: '決定記録 (.json) をドロップして開きます',
    failedTitle: 'このファイルはインポートできませんでした',
    unchanged: 'ページ上の内容は変更されていません。',
    unreadableFile: 'ディスクからファイルを読み取れませんでした。',
    dismiss: '閉じる',
  },

  rules: {
    title: 'この記録の作成後にルールが変更されました',
    madeUnder: (old, now) =>
      `ルール ${old} で作成されました。このアプリはルール ${now} を使用しています。`,
    columns: { what: '', before: '作成時', now: '現在' },
    same: '判定、主レイヤー、IPsec の状態は、現在のルールでも同じです。',
    changesTitle: 'それ以降のルールの変更点',
    unknownVersion: (v) =>
      `このアプリはルール ${v} を認識していません。認識しているすべての変更を示します。`,
    noChanges: '変更履歴には、それ以降の変更はありません。',
    dismiss: '閉じる',
    none: 'なし',
  },

  starter: {
    title: 'スターター コード',
    forRecommendation: '推奨された設計の場合',
    forProposal: 'レビュー対象の設計の場合',
    disclaimer:
      'これは出発点であり、ここではだれもコンパイルしていません。すべての呼び出しをドキュメントで確認してください。',
    copy: 'コードのコピー',
    copied: 'コードをコピーしました。',
    copyFailed: 'コピーできませんでした。コードを選択してコピーしてください。',
    verifyTitle: 'テスト コンピューターで動作を確認する',
    copyVerify: 'コマンドのコピー',
  },

  storage: {
    title: '保存した作業を完全には復元できませんでした',
    problems: {
      unavailable:
        'このブラウザーでは、ページが保存データを読み取れません (ストレージがブロックされているか、いっぱいです)。ページは動作しますが、再読み込みすると作業は失われます。',
      unreadable:
        '保存データが破損していて読み取れませんでした。データは別に保管し、ページは新しい状態で開始しました。',
      'wrong-shape':
        '保存データがこのバージョンで想定している形式ではありません。データは別に保管し、読み取れた内容でページを新しく開始しました。',
      'newer-version':
        '保存データはこのページの新しいバージョンで書き込まれています。データは変更せずに別に保管し、ページは新しい状態で開始しました。',
      'bad-answers':
        '保存された回答の一部が質問票に合わなくなりました。回答が必要な最初の質問から再開します。',
      'bad-records':
        '保存された記録の一部を読み取れなかったため、一覧から除外し、保存データは別に保管しました。他の記録はそのまま残っています。',
      'write-failed':
        'このブラウザーに作業を保存できませんでした (ストレージがいっぱいか、ブロックされています)。保持するには記録をエクスポートしてください。',
      'bad-language':
        '保存された表示言語を読み取れませんでした。値は別に保管し、ブラウザーの言語で表示しています。',
      'bad-theme':
        '保存されたテーマを読み取れませんでした。値は別に保管し、システムのテーマに従っています。',
    },
    dismiss: '閉じる',
  },

  print: {
    button: '印刷',
    preparing: '印刷ビューを準備しています…',
    untitled: 'WFP レイヤーの決定',
    diagramTitle: 'Windows ネットワーク スタック',
    diagramMissing: '図を含めるには、[エクスポート] メニューの [印刷ビュー] を使用してください。',
    decisionTitle: '決定',
    notesTitle: 'メモ',
    checklistTitle: 'レビュー チェックリスト',
    done: '完了',
    open: '未完了',
    rulesVersion: (v) => `ルール ${v}`,
    link: '共有リンク',
  },
};
