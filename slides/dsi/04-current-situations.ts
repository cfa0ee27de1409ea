import { defineSlide } from '../types';

export default defineSlide({
  id: 'current-situations',
  layout: 'points',
  text: {
    th: {
      title: 'สถานการณ์ปัจจุบัน',
      groups: [
        {
          heading: 'ยุคหลังโควิด-19',
          items: ['การใช้อินเทอร์เน็ตเพิ่มขึ้นอย่างรวดเร็ว', 'ผู้ใช้งานรายใหม่ที่เป็นเด็ก'],
        },
        {
          heading: 'รูปแบบใหม่ของการแสวงหาประโยชน์ทางเพศและการล่วงละเมิดทางเพศเด็ก (CSEA)',
          items: [
            'การแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์',
            'การแสวงหาประโยชน์ทางเพศและการล่วงละเมิดทางเพศเด็กทางออนไลน์ (OCSEA) แบบสด: การถ่ายทอดสด',
          ],
        },
      ],
    },
    en: {
      title: 'Current Situation',
      groups: [
        {
          heading: 'Post-COVID era',
          items: ['Spike in internet use', 'New child users'],
        },
        {
          heading: 'New forms of CSEA',
          items: [
            'Online child sexual exploitation',
            'Live online child sexual exploitation and abuse (OCSEA): live-streaming',
          ],
        },
      ],
    },
  },
  notes: {
    th: [
      'สถานการณ์ปัจจุบันแบ่งเป็นสองด้าน: ยุคหลังโควิด-19 และรูปแบบใหม่ของการแสวงหาประโยชน์ทางเพศและการล่วงละเมิดทางเพศเด็ก (CSEA)',
      'ในยุคหลังโควิด-19 การใช้อินเทอร์เน็ตเพิ่มขึ้นอย่างรวดเร็ว และมีเด็กเข้ามาเป็นผู้ใช้งานรายใหม่',
      'รูปแบบใหม่ ได้แก่ การแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์ และการแสวงหาประโยชน์ทางเพศและการล่วงละเมิดทางเพศเด็กทางออนไลน์ (OCSEA) แบบสด ผ่านการถ่ายทอดสด',
      'เน้นว่าสองด้านนี้เกิดขึ้นพร้อมกัน: เด็กใช้งานออนไลน์มากขึ้น ขณะที่การแสวงหาประโยชน์ทางเพศจากเด็กมีรูปแบบใหม่ทางออนไลน์',
      'ต่อไปคือการแสวงหาประโยชน์ทางเพศจากเด็กเพื่อผลประโยชน์ทางการเงิน',
    ],
    en: [
      'The current situation has two sides: the post-COVID era, and new forms of child sexual exploitation and abuse (CSEA).',
      'In the post-COVID era, internet use spiked and children came online as new users.',
      'The new forms are online child sexual exploitation, and live online child sexual exploitation and abuse (OCSEA) through live-streaming.',
      'Stress that the two sides appear together: more children are online, while child sexual exploitation takes new online forms.',
      'Next, child sexual exploitation for financial gain.',
    ],
  },
});
