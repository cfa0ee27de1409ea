import { defineSlide } from '../types';

export default defineSlide({
  id: 'media-violence-discussion',
  layout: 'event',
  date: { start: '2023-02-27' },
  text: {
    th: {
      title: 'การเสวนา เรื่อง “สื่อกับความรุนแรง : ความรับผิดชอบร่วมของใคร...”',
      venue: 'กรมพัฒนาสังคมและสวัสดิการ',
    },
    en: {
      title: 'Panel discussion on “Media and Violence: Whose Shared Responsibility...?”',
      venue: 'Department of Social Development and Welfare',
    },
  },
  notes: {
    th: [
      'วันที่ 27 กุมภาพันธ์ 2566 มีการเสวนาเรื่อง “สื่อกับความรุนแรง : ความรับผิดชอบร่วมของใคร...” ณ กรมพัฒนาสังคมและสวัสดิการ',
      'หัวข้อเสวนาตั้งเป็นคำถามเปิด: เรื่องสื่อกับความรุนแรงเป็นความรับผิดชอบร่วมของใคร',
      'เน้นคำว่า “ความรับผิดชอบร่วม” ซึ่งสอดคล้องกับแนวคิด “ร่วมกัน” ของเครือข่าย',
      'ต่อไปคือเวทีเสวนาเปิดวิสัยทัศน์พรรคการเมืองเรื่องนโยบายคุ้มครองเด็กบนโลกออนไลน์ ในเดือนพฤษภาคม 2566',
    ],
    en: [
      'On 27 February 2023 a panel discussion, “Media and Violence: Whose Shared Responsibility...?”, was held at the Department of Social Development and Welfare.',
      'The title is an open question: media and violence — whose shared responsibility?',
      'Stress the words “shared responsibility”, in line with the coalition’s idea of working together.',
      'Next, the forum where political parties set out their visions on protecting children online, in May 2023.',
    ],
  },
});
