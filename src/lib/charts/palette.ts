/**
 * Chart colours from the Okabe–Ito palette, which stays distinguishable under
 * the common forms of colour blindness. Segments are also separated by white
 * strokes and every chart has a table, so colour is never the only cue.
 */
import type { AppealColumnId, OutcomeGroup } from '../model/catalogue.ts';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Neutral for "other" and "pending": not part of Okabe–Ito, but grey reads as neutral to everyone. */
export const GREY = '#8C8C8C';

/** One colour for single-series charts. */
export const PRIMARY = OKABE_ITO.blue;

export const OUTCOME_COLORS: Record<OutcomeGroup, string> = {
  granted: OKABE_ITO.bluishGreen,
  partially_granted: OKABE_ITO.skyBlue,
  withheld: OKABE_ITO.vermillion,
  unavailable: OKABE_ITO.orange,
  not_processed: OKABE_ITO.reddishPurple,
  other: GREY,
};

export const APPEAL_RESULT_COLORS: Record<Exclude<AppealColumnId, 'total'>, string> = {
  upheld: OKABE_ITO.blue,
  corrected: OKABE_ITO.vermillion,
  other: OKABE_ITO.reddishPurple,
  pending: GREY,
};
