import { defineSlide } from '../types';

export default defineSlide({
  id: 'cross-border-collaborations',
  layout: 'points',
  text: {
    th: {
      title: 'ความร่วมมือข้ามพรมแดน',
      groups: [
        {
          heading: 'ความร่วมมืออย่างไม่เป็นทางการนำไปสู่ความร่วมมืออย่างเป็นทางการ',
          items: [
            'สนธิสัญญาว่าด้วยความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา (MLAT)',
            'การส่งผู้ร้ายข้ามแดน',
            'กฎหมายที่มีผลใช้บังคับนอกอาณาเขต',
            'การสืบสวนสอบสวนคู่ขนาน',
          ],
        },
      ],
    },
    en: {
      title: 'Cross-border Collaborations',
      groups: [
        {
          heading: 'Informal collaborations result in formal collaborations',
          items: [
            'MLAT (Mutual Legal Assistance Treaty)',
            'Extraditions',
            'Extra-territorial law',
            'Parallel investigations',
          ],
        },
      ],
    },
  },
  notes: {
    th: [
      'ประเด็นหลักของสไลด์นี้: ความร่วมมืออย่างไม่เป็นทางการนำไปสู่ความร่วมมืออย่างเป็นทางการ',
      'ภายใต้ประเด็นนี้ สไลด์ระบุสนธิสัญญาว่าด้วยความช่วยเหลือซึ่งกันและกันในเรื่องทางอาญา (MLAT) และการส่งผู้ร้ายข้ามแดน',
      'รวมถึงกฎหมายที่มีผลใช้บังคับนอกอาณาเขต และการสืบสวนสอบสวนคู่ขนาน',
      'เน้นว่าความร่วมมืออย่างไม่เป็นทางการเป็นจุดเริ่มต้นที่นำไปสู่ความร่วมมืออย่างเป็นทางการ',
      'ต่อไปคือสไลด์ปิดท้ายและช่วงถาม-ตอบ',
    ],
    en: [
      'The key message of this slide: informal collaborations result in formal collaborations.',
      'Under this message the slide lists mutual legal assistance treaties (MLATs) and extraditions.',
      'It also lists extra-territorial law and parallel investigations.',
      'Stress that informal collaboration is the starting point that leads to formal collaboration.',
      'Next, the closing slide and questions.',
    ],
  },
});
