/**
 * ワークショップのうち、モードを開く前にページが必要とする日本語: モード バー、
 * 戻るボタン、レイヤーの詳細の比較ボタン。残りは最初のモードを開いたときに読み込まれます
 * (`load`、src/i18n/ja/workshop-words.ts)。Pure.
 */
import { workshop as en } from '../en/workshop';
import { retryableImport } from '@/app/load-failure';
import { layerName } from './common';

export const workshop: typeof en = {
  barLabel: 'ワークショップ',
  modes: {
    gallery: 'ギャラリー',
    paths: 'パケット パス',
    quiz: 'クイズ',
    compare: '比較',
    present: 'プレゼン',
  },
  close: 'レイヤー選択に戻る',
  layerName,
  compareWith: (layer) => `${layer} と比較`,
  load: retryableImport(
    () => import('./workshop-words'),
    (m) => m.workshopWords,
  ),
};
