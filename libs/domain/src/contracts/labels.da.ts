import type { Phase, RadarRing, SizeClass } from './initiative';

/** Danish display labels for the enums (UI text is Danish, code is English). */
export const PHASE_LABELS: Record<Phase, string> = {
  idea: 'Idé',
  analysis: 'Analyse',
  implementation: 'Gennemførelse',
  realisation: 'Realisering',
  closed: 'Afsluttet',
  paused: 'På pause',
  stopped: 'Stoppet',
};

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  small: 'Lille',
  large: 'Stor',
};

export const RADAR_RING_LABELS: Record<RadarRing, string> = {
  adopt: 'Klar',
  trial: 'Afprøv',
  assess: 'Hold øje',
  hold: 'Afvent',
};
