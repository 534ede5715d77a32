import type { AdviceResource } from './advice-types';

/** KL's tools and publications the guide points to (named, without links). */
export const KL = 'KL';
export const SERVICE_DESIGN: AdviceResource = {
  title: 'KL’s servicedesignværktøj',
  publisher: KL,
  description: 'Metoder til at inddrage brugerne og afprøve idéer med prototyper, før der bygges stort.',
};
export const ARCHITECTURE_PRINCIPLES: AdviceResource = {
  title: 'De fælleskommunale arkitekturprincipper',
  publisher: KL,
  description: 'Kommunernes fælles mål, principper og regler for it-arkitektur – også som plakater.',
};
export const BENEFITS_GUIDE: AdviceResource = {
  title: 'Metodevejledning til gevinstrealisering',
  publisher: KL,
  description: 'KL’s værktøj og vejledning til at planlægge og følge op på gevinster, herunder roller og ansvar i projekterne.',
};
