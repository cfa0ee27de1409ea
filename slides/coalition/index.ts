import { defineDeck } from '../types';
import title from './01-title';
import executiveMeeting from './02-executive-meeting';
import planningMeeting from './03-planning-meeting';
import saferInternetDay from './04-safer-internet-day';
import nationalConference from './05-national-conference';
import mediaViolenceDiscussion from './06-media-violence-discussion';
import partyPolicyForum from './07-party-policy-forum';
import stopCyberbullyingDay from './08-stop-cyberbullying-day';
import cautionFirst from './09-caution-first';
import closing from './10-closing';

export default defineDeck({
  id: 'coalition',
  accent: 'teal',
  mainLang: 'th',
  about: {
    th: {
      title: 'เครือข่ายเสริมสร้างอินเทอร์เน็ตปลอดภัย ประเทศไทย',
      description: 'ภาพรวมกิจกรรมของเครือข่ายฯ ปี 2565–2566',
    },
    en: {
      title: 'Thailand Safe Internet Coalition',
      description: 'An overview of the coalition’s activities in 2022–2023',
    },
  },
  // Suggested pacing for the speaker view; Thai delivery runs a little longer.
  minutes: { th: 12, en: 10 },
  slides: [
    title,
    executiveMeeting,
    planningMeeting,
    saferInternetDay,
    nationalConference,
    mediaViolenceDiscussion,
    partyPolicyForum,
    stopCyberbullyingDay,
    cautionFirst,
    closing,
  ],
});
