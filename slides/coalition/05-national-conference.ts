import { defineSlide } from '../types';

export default defineSlide({
  id: 'national-conference',
  layout: 'event',
  date: { start: '2023-02-08', end: '2023-02-09' },
  text: {
    th: {
      title: 'การประชุมระดับชาติ ครั้งที่ 1: ร่วมกันสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กทุกคน',
      venue: 'โรงแรมอีสติน สาทร',
    },
    en: {
      title: '1st National Conference: Together for a Safe Digital Environment for Every Child',
      venue: 'Eastin Grand Hotel Sathorn',
    },
  },
  notes: {
    th: [
      'การประชุมระดับชาติ ครั้งที่ 1 จัดขึ้นระหว่างวันที่ 8–9 กุมภาพันธ์ 2566 ณ โรงแรมอีสติน สาทร',
      'ชื่อการประชุม “ร่วมกันสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กทุกคน” สอดคล้องกับคำขวัญของเครือข่าย',
      'เน้นว่าเป็นการประชุมระดับชาติครั้งแรก และเริ่มในวันถัดจากกิจกรรมวันส่งเสริมอินเทอร์เน็ตปลอดภัย',
      'ต่อไปคือการเสวนาเรื่อง “สื่อกับความรุนแรง” ในวันที่ 27 กุมภาพันธ์ 2566',
    ],
    en: [
      'The 1st National Conference took place on 8–9 February 2023 at the Eastin Grand Hotel Sathorn.',
      'Its title, “Together for a Safe Digital Environment for Every Child”, echoes the coalition’s tagline.',
      'Stress that this was the first national conference, starting the day after the Safer Internet Day activity.',
      'Next, the panel discussion on “Media and Violence” on 27 February 2023.',
    ],
  },
});
