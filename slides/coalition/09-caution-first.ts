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
      'นอกจากกิจกรรมข้างต้น ยังมีแคมเปญ #สงสัยไว้ก่อน หรือ #CautionFirst',
      'แคมเปญนี้มีเป้าหมายเพื่อต่อต้านการขู่กรรโชกทางเพศ หรือ sextortion',
      'เน้นชื่อแคมเปญ #สงสัยไว้ก่อน และเป้าหมายของแคมเปญ คือการต่อต้านการขู่กรรโชกทางเพศ (sextortion)',
      'ต่อไปคือสไลด์ปิดท้าย',
    ],
    en: [
      'Besides the activities above, there is also the #CautionFirst campaign (#สงสัยไว้ก่อน in Thai).',
      'The campaign aims to counter sexual extortion, or sextortion.',
      'Stress the campaign’s name, #CautionFirst, and its aim: countering sexual extortion (sextortion).',
      'Next, the closing slide.',
    ],
  },
});
