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
  /** The live control's name: attendees follow the speaker (it always contains this word). */
  readonly live: string;
  /** The live control while an attendee browses on their own; `{{slide}}` is the presenter's slide, from 1. */
  readonly backToLive: string;
  readonly liveReconnecting: string;
  /** On the presenter's screen: how many phones follow. */
  readonly liveFollowers: string;
  /** Read before the phone's slide number ("4 / 10"). */
  readonly slideNumberPrefix: string;
  /** The share dialog's heading and text where the deck has no public address (a file, this machine). */
  readonly shareNoPublicTitle: string;
  readonly shareNoPublicAddress: string;
  /** Shown instead of the deck when another site frames it, with a link that opens the deck itself. */
  readonly framedNotice: string;
  readonly framedOpen: string;
  /** reveal.js's speaker view, in the notes' language: its window title and labels. */
  readonly speakerViewTitle: string;
  readonly speakerLoading: string;
  readonly speakerTime: string;
  readonly speakerResetTimer: string;
  readonly speakerPacing: string;
  readonly speakerNotes: string;
  readonly speakerUpcoming: string;
  /** The layout menu's label; `{{layout}}` is one of the layout names below. */
  readonly speakerLayout: string;
  readonly speakerLayout_default: string;
  readonly speakerLayout_wide: string;
  readonly speakerLayout_tall: string;
  readonly speakerLayout_notesOnly: string;
  /** Written into a speaker view a reload has emptied. */
  readonly speakerReloaded: string;
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
    keyboardHint: 'กด L เพื่อเปลี่ยนภาษา กด ? เพื่อดูแป้นพิมพ์ลัดทั้งหมด ในชุดสไลด์ กด S เพื่อเปิดมุมมองผู้บรรยาย',
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
    live: 'สด',
    backToLive: 'กลับไปดูสด · สไลด์ที่ {{slide}}',
    liveReconnecting: 'สด · กำลังเชื่อมต่อใหม่',
    liveFollowers: 'สด · ผู้ติดตาม {{count}} คน',
    slideNumberPrefix: 'สไลด์ที่',
    shareNoPublicTitle: 'ยังไม่มีลิงก์สำหรับผู้ชม',
    shareNoPublicAddress:
      'สไลด์ชุดนี้เปิดจากเครื่องนี้ ที่อยู่ของสไลด์จึงเปิดบนโทรศัพท์ของผู้ชมไม่ได้ เว็บไซต์ที่สร้างโดยกำหนด VITE_PUBLIC_URL จะแสดงคิวอาร์โค้ดที่นี่',
    framedNotice: 'สไลด์ชุดนี้แสดงภายในเว็บไซต์อื่นไม่ได้',
    framedOpen: 'เปิดสไลด์ในแท็บใหม่',
    speakerViewTitle: 'มุมมองผู้บรรยาย',
    speakerLoading: 'กำลังเปิดมุมมองผู้บรรยาย…',
    speakerTime: 'เวลา',
    speakerResetTimer: 'คลิกเพื่อเริ่มจับเวลาใหม่',
    speakerPacing: 'เวลาที่เหลือของสไลด์นี้',
    speakerNotes: 'บันทึกผู้บรรยาย',
    speakerUpcoming: 'สไลด์ถัดไป',
    speakerLayout: 'การจัดวาง: {{layout}}',
    speakerLayout_default: 'ค่าเริ่มต้น',
    speakerLayout_wide: 'แนวนอน',
    speakerLayout_tall: 'แนวตั้ง',
    speakerLayout_notesOnly: 'บันทึกอย่างเดียว',
    speakerReloaded: 'การโหลดหน้านี้ใหม่ทำให้มุมมองผู้บรรยายว่างเปล่า กด S ในหน้าต่างสไลด์เพื่อเปิดอีกครั้ง',
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
    keyboardHint: 'Press L to switch language, ? for every shortcut; in a deck, S for the speaker view',
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
    live: 'Live',
    backToLive: 'Back to live · slide {{slide}}',
    liveReconnecting: 'Live · reconnecting',
    liveFollowers: 'Live · {{count}} following',
    slideNumberPrefix: 'Slide',
    shareNoPublicTitle: 'No link for the audience yet',
    shareNoPublicAddress:
      'This copy runs from this computer, so its address would not open on the audience’s phones. A site built with VITE_PUBLIC_URL shows a QR code here.',
    framedNotice: 'This deck cannot be shown inside another website.',
    framedOpen: 'Open the deck in a new tab',
    speakerViewTitle: 'Speaker view',
    speakerLoading: 'Opening the speaker view…',
    speakerTime: 'Time',
    speakerResetTimer: 'Click to reset',
    speakerPacing: 'Pacing: time left for this slide',
    speakerNotes: 'Notes',
    speakerUpcoming: 'Upcoming',
    speakerLayout: 'Layout: {{layout}}',
    speakerLayout_default: 'Default',
    speakerLayout_wide: 'Wide',
    speakerLayout_tall: 'Tall',
    speakerLayout_notesOnly: 'Notes only',
    speakerReloaded: 'Reloading emptied the speaker view. Press S in the slides’ window to open it again.',
    downloadBilingualHandout: 'PDF with speaker notes in both languages',
    notesPageHeading: 'Speaker notes, slide {{number}}',
    notesContinued: 'Speaker notes, slide {{number}} (continued)',
    handoutPage: 'Page {{page}} of {{pages}}',
  },
};
