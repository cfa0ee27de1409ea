import { defineSlide } from '../types';

export default defineSlide({
  id: 'stop-cyberbullying-day',
  layout: 'event',
  date: { start: '2023-06-16' },
  text: {
    th: {
      title: 'กิจกรรมวันต่อต้านการระรานทางออนไลน์หรือ Stop Cyberbullying Day',
      venue: 'สนง.ส่งเสริมเศรษฐกิจดิจิทัล',
    },
    en: {
      title: 'Stop Cyberbullying Day activity',
      venue: 'Digital Economy Promotion Agency (depa)',
    },
  },
  notes: {
    th: [
      'วันที่ 16 มิถุนายน 2566 มีกิจกรรมวันต่อต้านการระรานทางออนไลน์ หรือ Stop Cyberbullying Day',
      'กิจกรรมจัดขึ้นที่สำนักงานส่งเสริมเศรษฐกิจดิจิทัล (ดีป้า)',
      'เน้นประเด็นของกิจกรรม: การระรานทางออนไลน์ (cyberbullying) เป็นความเสี่ยงหนึ่งที่เด็กเผชิญบนโลกออนไลน์',
      'ต่อไปคือแคมเปญ #สงสัยไว้ก่อน เพื่อต่อต้านการขู่กรรโชกทางเพศ หรือ sextortion',
    ],
    en: [
      'On 16 June 2023 there was an activity for Stop Cyberbullying Day.',
      'The activity took place at the Digital Economy Promotion Agency (depa).',
      'Stress the theme: online bullying (cyberbullying) is one of the risks children face online.',
      'Next, the #CautionFirst campaign against sexual extortion, or sextortion.',
    ],
  },
});
