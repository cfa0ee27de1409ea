import { defineSlide } from '../types';

export default defineSlide({
  id: 'planning-meeting',
  layout: 'event',
  date: { start: '2023-01-18' },
  text: {
    th: {
      title: 'การประชุมหารือและวางแผนการขับเคลื่อน เครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย',
      venue: 'ห้องประชุมกรมกิจการเด็กและเยาวชน',
    },
    en: {
      title: 'Consultation and planning meeting to move the Thailand Safe Internet Coalition forward',
      venue: 'Meeting room, Department of Children and Youth',
    },
  },
  notes: {
    th: [
      'วันที่ 18 มกราคม 2566 มีการประชุมหารือและวางแผนการขับเคลื่อนเครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย',
      'การประชุมจัดขึ้นที่ห้องประชุมกรมกิจการเด็กและเยาวชน',
      'เน้นว่าการประชุมครั้งนี้มุ่งที่ตัวเครือข่ายเอง: การหารือและวางแผนว่าจะขับเคลื่อนงานของเครือข่ายอย่างไร',
      'ต่อไปคือกิจกรรมสร้างความตระหนักรู้ในวันส่งเสริมอินเทอร์เน็ตปลอดภัย เดือนกุมภาพันธ์ 2566',
    ],
    en: [
      'On 18 January 2023 a meeting was held to consult on and plan how to drive the Thailand Safe Internet Coalition forward.',
      'The meeting took place in a meeting room of the Department of Children and Youth.',
      'Stress that this meeting was about the coalition itself: discussing and planning how to move its work forward.',
      'Next, the awareness-raising activity for Safer Internet Day in February 2023.',
    ],
  },
});
