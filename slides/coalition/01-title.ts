import { defineSlide } from '../types';

export default defineSlide({
  id: 'title',
  layout: 'title',
  seconds: { th: 45, en: 40 },
  text: {
    th: {
      title: 'เครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย',
      subtitle: 'ร่วมกันสร้างสภาพแวดล้อมออนไลน์ที่ปลอดภัยสำหรับเด็กทุกคน',
      byline: [],
    },
    en: {
      title: 'Thailand Safe Internet Coalition',
      subtitle: 'Together for Safer Internet for Every Child',
      byline: [],
    },
  },
  notes: {
    th: [
      'แนะนำเครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย หรือ Thailand Safe Internet Coalition',
      'คำขวัญของเครือข่ายคือ “ร่วมกันสร้างสภาพแวดล้อมออนไลน์ที่ปลอดภัยสำหรับเด็กทุกคน” ซึ่งสรุปเป้าหมายร่วมของเครือข่าย',
      'เน้นคำว่า “ร่วมกัน” และ “เด็กทุกคน”: ความปลอดภัยออนไลน์ของเด็กเป็นงานที่ต้องทำร่วมกัน',
      'สไลด์ต่อจากนี้เป็นกิจกรรมของเครือข่ายตามลำดับเวลา ตั้งแต่เดือนพฤศจิกายน 2565 ถึงเดือนมิถุนายน 2566 และปิดท้ายด้วยแคมเปญ #สงสัยไว้ก่อน',
      'ต่อไปคือกิจกรรมแรก: การประชุมผู้บริหารระดับสูงเรื่องการสร้างสภาพแวดล้อมดิจิทัลที่ปลอดภัยสำหรับเด็กและเยาวชน',
    ],
    en: [
      'Introduce the Thailand Safe Internet Coalition (เครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย).',
      'The coalition’s tagline, “Together for Safer Internet for Every Child”, sums up its shared goal.',
      'Stress the words “together” and “every child”: children’s online safety is work that must be done together.',
      'The slides that follow show the coalition’s activities in date order, from November 2022 to June 2023, ending with the #CautionFirst campaign.',
      'Next, the first activity: the high-level executive meeting on creating a safe digital environment for children and youth.',
    ],
  },
});
