import { defineSlide } from '../types';

export default defineSlide({
  id: 'financial-gain',
  layout: 'points',
  text: {
    th: {
      title: 'การแสวงหาประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน',
      groups: [
        {
          heading: 'ปฏิบัติการ',
          items: ['ปฏิบัติการ Blackwrist', 'ปฏิบัติการเลิงนกทา'],
        },
      ],
    },
    en: {
      title: 'Child Sexual Exploitation for Financial Gain',
      groups: [
        {
          heading: 'Operations',
          items: ['Operation Blackwrist', 'Operation Loeng Nok Tha'],
        },
      ],
    },
  },
  notes: {
    th: [
      'หัวข้อนี้คือการแสวงหาประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน',
      'สไลด์ระบุชื่อปฏิบัติการไว้ 2 ปฏิบัติการ ได้แก่ ปฏิบัติการ Blackwrist และปฏิบัติการเลิงนกทา',
      'สไลด์ระบุเพียงชื่อปฏิบัติการ รายละเอียดของคดีให้ผู้บรรยายพิจารณาตามความเหมาะสม โดยคำนึงถึงการคุ้มครองข้อมูลของเด็กผู้เสียหาย',
      'ต่อไปคือความร่วมมือข้ามพรมแดน',
    ],
    en: [
      'This topic is child sexual exploitation for financial gain.',
      'The slide names two operations: Operation Blackwrist and Operation Loeng Nok Tha.',
      'The slide gives only the operations’ names; case details are at the speaker’s discretion, with care to protect the child victims’ information.',
      'Next, cross-border collaborations.',
    ],
  },
});
