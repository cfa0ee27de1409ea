import { defineSlide } from '../types';

export default defineSlide({
  id: 'safer-internet-day',
  layout: 'event',
  date: { start: '2023-02-07' },
  text: {
    th: {
      title: 'กิจกรรมสร้างความตระหนักรู้วันส่งเสริมอินเทอร์เน็ตปลอดภัย',
      venue: 'รัฐสภาและทำเนียบรัฐบาล',
    },
    en: {
      title: 'Awareness-raising activity for Safer Internet Day',
      venue: 'Parliament and Government House',
    },
  },
  notes: {
    th: [
      'วันที่ 7 กุมภาพันธ์ 2566 มีกิจกรรมสร้างความตระหนักรู้เนื่องในวันส่งเสริมอินเทอร์เน็ตปลอดภัย',
      'กิจกรรมจัดขึ้นที่รัฐสภาและทำเนียบรัฐบาล',
      'เน้นสถานที่: การสร้างความตระหนักรู้เรื่องอินเทอร์เน็ตปลอดภัยที่รัฐสภาและทำเนียบรัฐบาล',
      'ต่อไปคือการประชุมระดับชาติ ครั้งที่ 1 ในวันที่ 8–9 กุมภาพันธ์ 2566',
    ],
    en: [
      'On 7 February 2023 there was an awareness-raising activity for Safer Internet Day.',
      'The activity took place at Parliament and Government House.',
      'Stress the venues: raising awareness of a safer internet at Parliament and Government House.',
      'Next, the 1st National Conference on 8–9 February 2023.',
    ],
  },
});
