import { defineSlide } from '../types';

export default defineSlide({
  id: 'closing',
  layout: 'closing',
  seconds: { th: 45, en: 40 },
  text: {
    th: {
      title: 'ขอบคุณ',
      message: 'ร่วมกันสร้างสภาพแวดล้อมออนไลน์ที่ปลอดภัยสำหรับเด็กทุกคน',
    },
    en: {
      title: 'Thank you',
      message: 'Together for Safer Internet for Every Child',
    },
  },
  notes: {
    th: [
      'ขอบคุณผู้ฟัง',
      'สรุป: กิจกรรมของเครือข่ายฯ ตั้งแต่เดือนพฤศจิกายน 2565 ถึงเดือนมิถุนายน 2566 และแคมเปญ #สงสัยไว้ก่อน',
      'ย้ำคำขวัญของเครือข่าย: ร่วมกันสร้างสภาพแวดล้อมออนไลน์ที่ปลอดภัยสำหรับเด็กทุกคน',
      'ต่อไปคือช่วงถาม-ตอบ',
    ],
    en: [
      'Thank the audience.',
      'Recap: the coalition’s activities from November 2022 to June 2023, and the #CautionFirst campaign.',
      'Restate the coalition’s tagline: Together for Safer Internet for Every Child.',
      'Next, questions and answers.',
    ],
  },
});
