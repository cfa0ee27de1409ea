import { defineSlide } from '../types';

export default defineSlide({
  id: 'closing',
  layout: 'closing',
  seconds: { th: 45, en: 40 },
  text: {
    th: {
      title: 'ขอบคุณ',
      message: 'ถาม-ตอบและแลกเปลี่ยนความคิดเห็น',
    },
    en: {
      title: 'Thank you',
      message: 'Questions and discussion',
    },
  },
  notes: {
    th: [
      'ขอบคุณผู้ฟัง',
      'สรุป: คดีพิเศษของ DSI อำนาจสอบสวนคดีการแสวงประโยชน์ทางเพศจากเด็กตั้งแต่ปี พ.ศ. 2566 สถานการณ์ปัจจุบัน ปฏิบัติการที่เกี่ยวข้อง และความร่วมมือข้ามพรมแดน',
      'ย้ำว่าการปราบปรามการแสวงประโยชน์ทางเพศจากเด็กทางออนไลน์ต้องอาศัยความร่วมมือข้ามพรมแดน',
      'ต่อไปคือช่วงถาม-ตอบและแลกเปลี่ยนความคิดเห็น',
    ],
    en: [
      'Thank the audience.',
      'Recap: DSI’s special cases, its authority since 2023 to investigate child sexual exploitation, current situations, the operations cited, and cross-border collaborations.',
      'Restate that combatting online child sexual exploitation relies on cross-border collaboration.',
      'Next, questions and discussion.',
    ],
  },
});
