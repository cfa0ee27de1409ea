import { defineSlide } from '../types';

export default defineSlide({
  id: 'executive-meeting',
  layout: 'event',
  date: { start: '2022-11-29' },
  text: {
    th: {
      title: 'การประชุมผู้บริหารระดับสูง เรื่อง การสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กและเยาวชน',
      venue: 'โรงแรมรอยัล ปริ๊นเซส หลานหลวง',
    },
    en: {
      title: 'High-level executive meeting on creating a safe digital environment for children and youth',
      venue: 'Royal Princess Larn Luang Hotel',
    },
  },
  notes: {
    th: [
      'กิจกรรมแรกคือการประชุมผู้บริหารระดับสูง เมื่อวันที่ 29 พฤศจิกายน 2565 ณ โรงแรมรอยัล ปริ๊นเซส หลานหลวง',
      'หัวข้อของการประชุมคือการสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กและเยาวชน',
      'เน้นว่าเป็นการประชุมของผู้บริหารระดับสูง',
      'ต่อไปคือการประชุมหารือและวางแผนการขับเคลื่อนเครือข่ายฯ ในเดือนมกราคม 2566',
    ],
    en: [
      'The first activity was a high-level executive meeting on 29 November 2022 at the Royal Princess Larn Luang Hotel.',
      'Its topic was creating a safe digital environment for children and youth.',
      'Stress that this was a meeting of senior executives.',
      'Next, the meeting to consult on and plan how to drive the coalition forward, in January 2023.',
    ],
  },
});
