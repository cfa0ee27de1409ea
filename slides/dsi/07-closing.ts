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
      'สรุปประเด็น ได้แก่ คดีพิเศษของ DSI, อำนาจสอบสวนคดีการแสวงหาประโยชน์ทางเพศจากเด็กตั้งแต่ปี พ.ศ. 2566, สถานการณ์ปัจจุบัน, ปฏิบัติการที่เกี่ยวข้อง และความร่วมมือข้ามพรมแดน',
      'ย้ำประเด็นหลักของความร่วมมือข้ามพรมแดน: ความร่วมมืออย่างไม่เป็นทางการนำไปสู่ความร่วมมืออย่างเป็นทางการ',
      'ต่อไปคือช่วงถาม-ตอบและแลกเปลี่ยนความคิดเห็น',
    ],
    en: [
      'Thank the audience.',
      'Recap: DSI’s special cases, its authority since 2023 to investigate child sexual exploitation, the current situation, the operations cited, and cross-border collaborations.',
      'Restate the key message on cross-border collaboration: informal collaborations result in formal collaborations.',
      'Next, questions and discussion.',
    ],
  },
});
