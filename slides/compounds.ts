/**
 * Thai words and fixed phrases the decks and the page use that the browser's word list cuts in two
 * (สภาพ|แวดล้อม, ปราบ|ปราม, ทุก|คน), so a line could end inside them. The renderer keeps each on one line
 * wherever it appears (src/render/text.ts); a unit test checks that every entry occurs in the slides or the
 * shortcut list and is one the browser would cut. English needs no list: it breaks at spaces only.
 */
export const THAI_COMPOUNDS: readonly string[] = [
  // coalition
  'เครือข่าย',
  'เสริมสร้าง',
  'ส่งเสริม',
  'ร่วมกัน',
  'สภาพแวดล้อม',
  'ทุกคน',
  'ผู้บริหาร',
  'ขับเคลื่อน',
  'ตระหนักรู้',
  'ระดับชาติ',
  'ครั้งที่',
  'รับผิดชอบ',
  'วิสัยทัศน์',
  'ส่งมอบ',
  'ข้อเสนอ',
  'ต่อต้าน',
  'สงสัยไว้ก่อน',
  'ขู่กรรโชก',
  'ทางเพศ',
  // dsi
  'ปราบปราม',
  'แสวงหาประโยชน์',
  'คดีพิเศษ',
  'ได้รับ',
  'สืบสวนสอบสวน',
  'ครอบครอง',
  'ลามกอนาจาร',
  'โควิด-19',
  'รูปแบบ',
  'ล่วงละเมิด',
  'ผลประโยชน์',
  'การเงิน',
  'ปฏิบัติการ',
  'ร่วมมือ',
  'ข้ามพรมแดน',
  'เป็นทางการ',
  'นำไปสู่',
  'แลกเปลี่ยน',
  'ความคิดเห็น',
  // ICU cuts these wrongly in running text: การกระทำ as การก|ระ|ทำ, การกองคดี as การก|องค|ดี.
  'กระทำ',
  'กองคดี',
  // the page's own text: the shortcut list (src/deck/keys.ts)
  'ถัดไป',
  'แป้นพิมพ์ลัด',
  'คิวอาร์โค้ด',
];
