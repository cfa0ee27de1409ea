import type { Bilingual } from '../../slides/types';

/** A key (or keys) and what it does, for the help overlay. */
export interface Shortcut {
  /** Keys as printed on the keyboard. */
  readonly keys: readonly string[];
  readonly action: Bilingual<string>;
}

// reveal.js's own keys (see its keyboard controller) and ours, in the order a speaker needs them.
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['→', 'Space', 'N'], action: { th: 'สไลด์ถัดไป', en: 'Next slide' } },
  { keys: ['←', 'P'], action: { th: 'สไลด์ก่อนหน้า', en: 'Previous slide' } },
  { keys: ['Home', 'End'], action: { th: 'สไลด์แรก / สไลด์สุดท้าย', en: 'First / last slide' } },
  { keys: ['G'], action: { th: 'ไปยังสไลด์ที่ต้องการ', en: 'Jump to a slide' } },
  { keys: ['Esc', 'O'], action: { th: 'ภาพรวมสไลด์ทั้งหมด', en: 'Slide overview' } },
  { keys: ['F'], action: { th: 'เต็มจอ', en: 'Full screen' } },
  { keys: ['B', '.'], action: { th: 'พักจอ (จอดำ)', en: 'Pause (black screen)' } },
  { keys: ['L'], action: { th: 'สลับภาษาไทย / อังกฤษ', en: 'Switch Thai / English' } },
  { keys: ['D'], action: { th: 'ภาษาบนจอ: ไทย → อังกฤษ → สองภาษา', en: 'On-screen languages: Thai → English → both' } },
  { keys: ['T'], action: { th: 'สลับภาษาของบันทึกผู้บรรยาย', en: 'Switch the speaker notes’ language' } },
  { keys: ['S'], action: { th: 'มุมมองผู้บรรยาย (บันทึก สไลด์ถัดไป เวลา)', en: 'Speaker view (notes, next slide, timer)' } },
  { keys: ['?'], action: { th: 'แสดงแป้นพิมพ์ลัดทั้งหมด', en: 'Show every shortcut' } },
];
