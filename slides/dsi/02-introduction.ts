import { defineSlide } from '../types';

export default defineSlide({
  id: 'introduction',
  layout: 'points',
  text: {
    th: {
      title: 'บทนำ',
      groups: [
        {
          heading: 'คดีพิเศษ',
          items: [
            'คดีที่มีความซับซ้อน',
            'อาชญากรรมร้ายแรง',
            'อาชญากรรมข้ามชาติและอาชญากรรมที่จัดตั้งในลักษณะองค์กร',
            'คดีที่มีผู้ใช้ให้กระทำความผิด',
            'คดีที่เกี่ยวข้องกับเจ้าหน้าที่ระดับสูง',
          ],
        },
      ],
    },
    en: {
      title: 'Introduction',
      groups: [
        {
          heading: 'Special Cases',
          items: [
            'Complicated',
            'Serious crimes',
            'Transnational & organized crimes',
            'Instigators',
            'Senior officials',
          ],
        },
      ],
    },
  },
  notes: {
    th: [
      'DSI รับผิดชอบคดีที่กำหนดให้เป็น “คดีพิเศษ”',
      'สไลด์นี้แสดงลักษณะของคดีที่ DSI รับเป็นคดีพิเศษ: คดีที่มีความซับซ้อน อาชญากรรมร้ายแรง อาชญากรรมข้ามชาติและอาชญากรรมที่จัดตั้งในลักษณะองค์กร',
      'รวมถึงคดีที่เกี่ยวข้องกับผู้ใช้ให้กระทำความผิด และคดีที่เกี่ยวข้องกับเจ้าหน้าที่ระดับสูง',
      'เน้นว่าลักษณะเหล่านี้เป็นกรอบที่กำหนดว่าคดีใดอยู่ในความรับผิดชอบของ DSI',
      'ต่อไปคือการแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์ ซึ่ง DSI ได้รับอำนาจให้สอบสวนเป็นคดีพิเศษตั้งแต่ปี พ.ศ. 2566',
    ],
    en: [
      'DSI is responsible for cases designated as “special cases”.',
      'This slide shows the kinds of case DSI takes on as special cases: complicated cases, serious crimes, and transnational and organized crimes.',
      'They also include cases involving instigators and cases involving senior officials.',
      'Stress that these characteristics frame which cases fall within DSI’s responsibility.',
      'Next, online child sexual exploitation, which DSI has been authorized to investigate as special cases since 2023.',
    ],
  },
});
