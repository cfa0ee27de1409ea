import { defineSlide } from '../types';

export default defineSlide({
  id: 'caution-first',
  layout: 'campaign',
  text: {
    th: {
      hashtag: '#สงสัยไว้ก่อน',
      title: 'แคมเปญ #สงสัยไว้ก่อน',
      summary: 'เพื่อต่อต้านการขู่กรรโชกทางเพศ หรือ sextortion',
    },
    en: {
      hashtag: '#CautionFirst',
      title: '#CautionFirst campaign',
      summary: 'To counter sexual extortion, or sextortion',
    },
  },
  notes: {
    th: [
      'นอกจากกิจกรรมข้างต้น เครือข่ายฯ มีแคมเปญ #สงสัยไว้ก่อน หรือ #CautionFirst',
      'แคมเปญนี้มีเป้าหมายเพื่อต่อต้านการขู่กรรโชกทางเพศ หรือ sextortion',
      'เน้นข้อความในชื่อแคมเปญ: เมื่อมีสิ่งใดน่าสงสัยบนโลกออนไลน์ ให้สงสัยไว้ก่อน',
      'ต่อไปคือสไลด์ปิดท้าย',
    ],
    en: [
      'Alongside these activities, the coalition runs the #CautionFirst campaign (#สงสัยไว้ก่อน in Thai).',
      'The campaign aims to counter sexual extortion, or sextortion.',
      'Stress the message in its name: when something online seems suspicious, be cautious first.',
      'Next, the closing slide.',
    ],
  },
});
