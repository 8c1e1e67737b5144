/**
 * 最初の表示に出るレビュー担当者向けツールの日本語: 推奨とレビューの切り替え、ヘッダーのエクスポート
 * メニュー (Japanese twin of `en/record-tools.ts`). Pure.
 */
import type { RecordToolsWords } from '../en/record-tools';

export const recordTools: RecordToolsWords = {
  modes: {
    label: '何をしますか?',
    recommend: '推奨',
    review: '設計のレビュー',
  },

  exportMenu: {
    button: 'エクスポート',
    label: 'エクスポートと共有',
    markdown: 'Markdown (MADR)',
    json: 'JSON 決定記録',
    png: '図 (PNG)',
    svg: '図 (SVG)',
    print: '印刷ビュー…',
    copyLink: '共有リンクのコピー',
    needsResult: '先にすべての質問に答えてください。記録には推奨事項が必要です。',
    working: 'ファイルを準備しています…',
    saved: (name) => `${name} をダウンロードしました。`,
    failed:
      'エクスポートに失敗しました。ページ上の内容は変更されていません。もう一度お試しください。',
    linkCopied: '共有リンクをクリップボードにコピーしました。',
    linkCopyFailed:
      'コピーできませんでした。代わりにアドレス バーからアドレスをコピーしてください。',
  },
};
