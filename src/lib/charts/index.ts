/** Chart geometry, computed at build time: no DOM, no Astro. */
export { barChart, type Bar, type BarChart, type BarDatum, type BarOptions } from './bar.ts';
export { columnChart, type Column, type ColumnChart, type ColumnDatum, type ColumnOptions } from './column.ts';
export { stackedBarChart, type GroupHeading, type Segment, type StackedBarChart, type StackedRow, type StackOptions, type StackRow } from './stacked.ts';
export { formatAmount, formatCount, formatPercent, ratio } from './format.ts';
export { APPEAL_RESULT_COLORS, GREY, OKABE_ITO, OUTCOME_COLORS, PRIMARY } from './palette.ts';
export { textWidth } from './text.ts';
export type { LegendItem, Rect, Tick } from './types.ts';
