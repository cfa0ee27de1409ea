import type { Bilingual } from '../../slides/types';

/** Every string the engine shows around the slides, in both languages. */
export interface UiText {
  readonly siteTitle: string;
  readonly siteDescription: string;
  readonly chooseDeck: string;
  readonly slideCount: string;
  /** Read before the other language's name on the language button: "Switch the language to" + "ไทย". */
  readonly switchLanguage: string;
  /** The language a toggle switches to, named in that language. */
  readonly otherLanguageName: string;
  readonly languageName: string;
  readonly backToDecks: string;
  readonly unknownDeck: string;
  readonly unknownLanguage: string;
  readonly slideOutOfRange: string;
  readonly dismiss: string;
  readonly keyboardHint: string;
  /** Read before the screen-mode button's visible label ("ไทย + EN"). */
  readonly screenModePrefix: string;
  /** The screen-mode button's tooltip; `{{mode}}` is one of the mode strings below. */
  readonly screenMode: string;
  readonly modeSingle: string;
  readonly modeDual: string;
  readonly langName_th: string;
  readonly langName_en: string;
  readonly helpTitle: string;
  readonly notesNotIncluded: string;
  readonly share: string;
  readonly shareTitle: string;
  readonly qrLabel: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly closingQrCaption: string;
  readonly downloadSlides: string;
  readonly downloadHandout: string;
  /** The link to the handout with both languages' notes. */
  readonly downloadBilingualHandout: string;
  /** The handout's heading over a slide's notes, in the notes' language; `{{number}}` is the slide's, from 1. */
  readonly notesPageHeading: string;
  /** The same heading on a page the notes run on to. */
  readonly notesContinued: string;
  /** A handout page's number in its footer. */
  readonly handoutPage: string;
}

export const UI_TEXT: Bilingual<UiText> = {
  th: {
    siteTitle: 'เครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย และ DSI',
    siteDescription: 'สไลด์นำเสนอสองภาษา (ไทย / อังกฤษ) เรื่องความปลอดภัยของเด็กบนโลกออนไลน์',
    chooseDeck: 'เลือกชุดสไลด์',
    slideCount: '{{count}} สไลด์',
    switchLanguage: 'เปลี่ยนภาษาเป็น',
    otherLanguageName: 'English',
    languageName: 'ไทย',
    backToDecks: 'ชุดสไลด์ทั้งหมด',
    unknownDeck: 'ไม่พบชุดสไลด์ “{{value}}” กรุณาเลือกจากรายการด้านล่าง',
    unknownLanguage: 'ไม่รองรับภาษา “{{value}}” จึงแสดงเป็นภาษาไทย',
    slideOutOfRange: 'ชุดสไลด์นี้มี {{total}} สไลด์ ไม่มีสไลด์ที่ {{requested}} จึงแสดงสไลด์สุดท้ายแทน',
    dismiss: 'ปิด',
    keyboardHint: 'กด L เพื่อเปลี่ยนภาษา กด S เพื่อเปิดมุมมองผู้บรรยาย กด ? เพื่อดูแป้นพิมพ์ลัดทั้งหมด',
    screenModePrefix: 'ภาษาบนจอ:',
    screenMode: 'เปลี่ยนภาษาบนจอ (ตอนนี้: {{mode}})',
    modeSingle: '{{lang}}อย่างเดียว',
    modeDual: '{{main}} โดยมี{{sub}}อยู่ด้านล่าง',
    langName_th: 'ภาษาไทย',
    langName_en: 'ภาษาอังกฤษ',
    helpTitle: 'แป้นพิมพ์ลัด',
    notesNotIncluded: 'ฉบับเผยแพร่นี้ไม่มีบันทึกผู้บรรยาย',
    share: 'แชร์',
    shareTitle: 'สแกนเพื่อเปิดสไลด์นี้',
    qrLabel: 'คิวอาร์โค้ดของลิงก์สไลด์นี้',
    copyLink: 'คัดลอกลิงก์',
    linkCopied: 'คัดลอกแล้ว',
    closingQrCaption: 'สแกนเพื่อเปิดสไลด์ชุดนี้บนโทรศัพท์',
    downloadSlides: 'ดาวน์โหลด PDF',
    downloadHandout: 'PDF พร้อมบันทึกผู้บรรยาย',
    downloadBilingualHandout: 'PDF พร้อมบันทึกผู้บรรยายสองภาษา',
    notesPageHeading: 'บันทึกผู้บรรยาย สไลด์ที่ {{number}}',
    notesContinued: 'บันทึกผู้บรรยาย สไลด์ที่ {{number}} (ต่อ)',
    handoutPage: 'หน้า {{page}} จาก {{pages}}',
  },
  en: {
    siteTitle: 'Thailand Safe Internet Coalition and DSI',
    siteDescription: 'Bilingual (Thai / English) presentations on keeping children safe online',
    chooseDeck: 'Choose a deck',
    slideCount: '{{count}} slides',
    switchLanguage: 'Switch the language to',
    otherLanguageName: 'ไทย',
    languageName: 'English',
    backToDecks: 'All decks',
    unknownDeck: 'There is no deck “{{value}}”. Choose one from the list below.',
    unknownLanguage: 'The language “{{value}}” is not available, so the deck is shown in English.',
    slideOutOfRange:
      'This deck has {{total}} slides, so there is no slide {{requested}}; the last slide is shown instead.',
    dismiss: 'Dismiss',
    keyboardHint: 'Press L to switch language, S for the speaker view, ? for every shortcut',
    screenModePrefix: 'On-screen languages:',
    screenMode: 'Change the on-screen languages (now: {{mode}})',
    modeSingle: '{{lang}} only',
    modeDual: '{{main}} with {{sub}} beneath',
    langName_th: 'Thai',
    langName_en: 'English',
    helpTitle: 'Keyboard shortcuts',
    notesNotIncluded: 'Speaker notes are not included in this public version.',
    share: 'Share',
    shareTitle: 'Scan to open this slide',
    qrLabel: 'QR code of the link to this slide',
    copyLink: 'Copy link',
    linkCopied: 'Copied',
    closingQrCaption: 'Scan to open this deck on your phone',
    downloadSlides: 'Download PDF',
    downloadHandout: 'PDF with speaker notes',
    downloadBilingualHandout: 'PDF with speaker notes in both languages',
    notesPageHeading: 'Speaker notes, slide {{number}}',
    notesContinued: 'Speaker notes, slide {{number}} (continued)',
    handoutPage: 'Page {{page}} of {{pages}}',
  },
};
