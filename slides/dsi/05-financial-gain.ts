import { defineSlide } from '../types';

export default defineSlide({
  id: 'financial-gain',
  layout: 'points',
  text: {
    th: {
      title: 'การแสวงประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน',
      groups: [
        {
          heading: 'ปฏิบัติการ',
          items: ['ปฏิบัติการ Black Wrist', 'ปฏิบัติการเลิงนกทา'],
        },
      ],
    },
    en: {
      title: 'Child Sexual Exploitation for Financial Gain',
      groups: [
        {
          heading: 'Operations',
          items: ['Operation Black Wrist', 'Operation Loeng Nok Tha'],
        },
      ],
    },
  },
  notes: {
    th: [
      'หัวข้อนี้คือการแสวงประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน',
      'สไลด์ระบุชื่อปฏิบัติการไว้ 2 ปฏิบัติการ ได้แก่ ปฏิบัติการ Black Wrist และปฏิบัติการเลิงนกทา',
      'นำเสนอโดยระบุชื่อปฏิบัติการเท่านั้น และไม่เพิ่มรายละเอียดของคดีนอกเหนือจากที่ปรากฏบนสไลด์',
      'ต่อไปคือความร่วมมือข้ามพรมแดน',
    ],
    en: [
      'This topic is child sexual exploitation for financial gain.',
      'The slide names two operations: Operation Black Wrist and Operation Loeng Nok Tha.',
      'Present them by name only, and add no case details beyond what the slide shows.',
      'Next, cross-border collaborations.',
    ],
  },
});
