import { defineSlide } from '../types';

export default defineSlide({
  id: 'party-policy-forum',
  layout: 'event',
  date: { start: '2023-05-03' },
  text: {
    th: {
      title: 'งานเสวนาเปิดวิสัยทัศน์พรรคการเมือง นโยบายคุ้มครองเด็กบนโลกออนไลน์และส่งมอบข้อเสนอเชิงนโยบายแก่พรรคการเมือง',
      venue: 'โรงแรมเดอะพาลาสโซ รัชดา กรุงเทพมหานคร',
    },
    en: {
      title:
        'Forum on political parties’ visions for policies to protect children online, and handover of policy recommendations to political parties',
      venue: 'The Palazzo Hotel, Ratchada, Bangkok',
    },
  },
  notes: {
    th: [
      'วันที่ 3 พฤษภาคม 2566 มีงานเสวนาเปิดวิสัยทัศน์พรรคการเมืองว่าด้วยนโยบายคุ้มครองเด็กบนโลกออนไลน์ ณ โรงแรมเดอะพาลาสโซ รัชดา กรุงเทพมหานคร',
      'งานนี้มีสองส่วน: เวทีให้พรรคการเมืองเปิดวิสัยทัศน์ และการส่งมอบข้อเสนอเชิงนโยบายแก่พรรคการเมือง',
      'เน้นว่างานนี้ส่งมอบประเด็นการคุ้มครองเด็กบนโลกออนไลน์ให้พรรคการเมืองในรูปของข้อเสนอเชิงนโยบาย',
      'ต่อไปคือกิจกรรมวันต่อต้านการระรานทางออนไลน์ หรือ Stop Cyberbullying Day ในเดือนมิถุนายน 2566',
    ],
    en: [
      'On 3 May 2023 a forum was held at The Palazzo Hotel, Ratchada, Bangkok, where political parties set out their visions on policies to protect children online.',
      'The event had two parts: a platform for the parties to present their visions, and the handover of policy recommendations to political parties.',
      'Stress that the event put the protection of children online before political parties in the form of policy recommendations.',
      'Next, the Stop Cyberbullying Day activity in June 2023.',
    ],
  },
});
