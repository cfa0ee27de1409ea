import { defineDeck } from '../types';
import title from './01-title';
import introduction from './02-introduction';
import onlineChildSexualExploitation from './03-online-child-sexual-exploitation';
import currentSituations from './04-current-situations';
import financialGain from './05-financial-gain';
import crossBorderCollaborations from './06-cross-border-collaborations';
import closing from './07-closing';

export default defineDeck({
  id: 'dsi',
  accent: 'indigo',
  mainLang: 'en',
  about: {
    th: {
      title: 'บทบาทของ DSI ในการปราบปรามการแสวงหาประโยชน์ทางเพศจากเด็กทางออนไลน์',
      description: 'การบรรยายของกรมสอบสวนคดีพิเศษ (DSI): คดีพิเศษ สถานการณ์ปัจจุบัน และความร่วมมือข้ามพรมแดน',
    },
    en: {
      title: 'The Role of DSI in Combatting Online Child Sexual Exploitation',
      description:
        'A briefing by the Department of Special Investigation (DSI): special cases, the current situation and cross-border collaborations',
    },
  },
  // Suggested pacing for the speaker view; Thai delivery runs a little longer.
  minutes: { th: 18, en: 15 },
  slides: [
    title,
    introduction,
    onlineChildSexualExploitation,
    currentSituations,
    financialGain,
    crossBorderCollaborations,
    closing,
  ],
});
