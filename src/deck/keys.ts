import type { Bilingual } from '../../slides/types';

/** A row of the key table: the keys as printed on the keyboard and what they do. */
interface KeyRow {
  readonly keys: readonly string[];
  readonly action: Bilingual<string>;
}

/** A key the deck binds itself (through reveal.js's `keyboard` option, replacing reveal's use of that key). */
interface BoundKeyRow extends KeyRow {
  /** `KeyboardEvent.keyCode`, as reveal.js's `keyboard` option expects. */
  readonly keyCode: number;
  readonly command: string;
}

/**
 * Every key of the deck, in the order a speaker needs them: reveal.js's own (see its keyboard controller)
 * and the deck's, which carry a key code and a command. The help overlay lists this table and reveal.js's
 * `keyboard` option is built from it, so a key cannot be bound without being listed, or listed unbound.
 */
export const KEY_TABLE = [
  { keys: ['→', 'Space', 'N'], action: { th: 'สไลด์ถัดไป', en: 'Next slide' } },
  { keys: ['←', 'P'], action: { th: 'สไลด์ก่อนหน้า', en: 'Previous slide' } },
  { keys: ['Home', 'End'], action: { th: 'สไลด์แรก / สไลด์สุดท้าย', en: 'First / last slide' } },
  { keys: ['G'], action: { th: 'ไปยังสไลด์ที่ต้องการ', en: 'Jump to a slide' } },
  { keys: ['Esc', 'O'], action: { th: 'ภาพรวมสไลด์ทั้งหมด', en: 'Slide overview' } },
  { keys: ['F'], action: { th: 'เต็มจอ', en: 'Full screen' } },
  { keys: ['B', '.'], action: { th: 'พักจอ (จอดำ)', en: 'Pause (black screen)' } },
  {
    keys: ['L'],
    keyCode: 76,
    command: 'toggle-language',
    action: { th: 'สลับภาษาไทย / อังกฤษ', en: 'Switch Thai / English' },
  },
  {
    keys: ['D'],
    keyCode: 68,
    command: 'cycle-screen',
    action: { th: 'ภาษาบนจอ: ไทย → อังกฤษ → สองภาษา', en: 'On-screen languages: Thai → English → both' },
  },
  {
    keys: ['T'],
    keyCode: 84,
    command: 'toggle-notes',
    action: { th: 'สลับภาษาของบันทึกผู้บรรยาย', en: 'Switch the speaker notes’ language' },
  },
  {
    keys: ['S'],
    keyCode: 83,
    command: 'speaker-view',
    action: { th: 'มุมมองผู้บรรยาย (บันทึก สไลด์ถัดไป เวลา)', en: 'Speaker view (notes, next slide, timer)' },
  },
  {
    keys: ['Q'],
    keyCode: 81,
    command: 'share',
    action: { th: 'แชร์สไลด์นี้ (คิวอาร์โค้ดและลิงก์)', en: 'Share this slide (QR code and link)' },
  },
  // `?` is Shift + `/`: the key code is the same either way, and `/` no longer pauses (B and . do), so a
  // `?` that reaches the deck without its Shift (the speaker view forwards key codes only) opens help too.
  { keys: ['?'], keyCode: 191, command: 'help', action: { th: 'แสดงแป้นพิมพ์ลัดทั้งหมด', en: 'Show every shortcut' } },
] as const satisfies readonly (KeyRow | BoundKeyRow)[];

type Bound = Extract<(typeof KEY_TABLE)[number], { keyCode: number }>;

/** What the deck's own keys do; each needs a handler (a missing one is a compile error). */
export type KeyCommand = Bound['command'];

const isBound = (row: KeyRow | BoundKeyRow): row is Bound => 'keyCode' in row;

/** reveal.js's `keyboard` option for the deck's keys: key code → its command's handler. */
export const keyboardFor = (handlers: Readonly<Record<KeyCommand, () => void>>): Record<number, () => void> =>
  Object.fromEntries(KEY_TABLE.filter(isBound).map((row) => [row.keyCode, () => handlers[row.command]()]));

/** The command a key code is bound to, if any (for keys the deck reads itself, outside reveal.js). */
export const commandOfKey = (keyCode: number): KeyCommand | null =>
  KEY_TABLE.filter(isBound).find((row) => row.keyCode === keyCode)?.command ?? null;
