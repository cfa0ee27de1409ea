import { defineSlide } from '../types';

export default defineSlide({
  id: 'title',
  layout: 'title',
  seconds: { th: 45, en: 40 },
  text: {
    th: {
      title: 'บทบาทของ DSI ในการปราบปรามการแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์',
      subtitle: 'กรมสอบสวนคดีพิเศษ (DSI)',
      // The source names the bureau in English only ("Bureau of Technology and Cyber Crime"); this Thai name
      // (here and in notes.th[0]) is our rendering, not yet confirmed: confirm it with DSI or the speaker.
      byline: ['เขมชาติ ประกายหงษ์มณี', 'ผู้อำนวยการกองคดีเทคโนโลยีและอาชญากรรมไซเบอร์'],
    },
    en: {
      title: 'The Role of DSI in Combatting Online Child Sexual Exploitation',
      subtitle: 'Department of Special Investigation (DSI)',
      byline: ['Khemachart Prakaihongmanee', 'Director, Bureau of Technology and Cyber Crime'],
    },
  },
  notes: {
    th: [
      'แนะนำตัวผู้บรรยาย: เขมชาติ ประกายหงษ์มณี ผู้อำนวยการกองคดีเทคโนโลยีและอาชญากรรมไซเบอร์ กรมสอบสวนคดีพิเศษ (DSI)',
      'หัวข้อคือบทบาทของ DSI ในการปราบปรามการแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์',
      'ลำดับการบรรยาย ได้แก่ คดีพิเศษของ DSI, อำนาจสอบสวนคดีการแสวงหาประโยชน์ทางเพศจากเด็ก, สถานการณ์ปัจจุบัน, การแสวงหาประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน และความร่วมมือข้ามพรมแดน',
      'ต่อไปคือบทนำ: คดีประเภทใดที่ DSI รับเป็นคดีพิเศษ',
    ],
    en: [
      'Introduce the speaker: Khemachart Prakaihongmanee, Director, Bureau of Technology and Cyber Crime, Department of Special Investigation (DSI).',
      'The topic is DSI’s role in combatting online child sexual exploitation.',
      'Outline: DSI’s special cases, its authority to investigate child sexual exploitation cases, the current situation, child sexual exploitation for financial gain, and cross-border collaborations.',
      'Next, the introduction: which kinds of case DSI takes on as special cases.',
    ],
  },
});
