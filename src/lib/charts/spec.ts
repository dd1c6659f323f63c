/**
 * A chart ready to render: its geometry, the words around it and the table
 * of the same numbers that stands in for the picture.
 */
import type { BarChart } from './bar.ts';
import type { ColumnChart } from './column.ts';
import type { StackedBarChart } from './stacked.ts';

export interface DataTable {
  /** Header of the row-label column, then of each value column. */
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
}

interface SpecBase {
  /** Unique on the page: ids of the title and summary derive from it. */
  id: string;
  title: string;
  /** One sentence from the data. */
  summary: string;
  /** Shown instead of the picture when there is nothing to draw. */
  emptyMessage: string;
  table: DataTable;
}

export type ChartSpec =
  | (SpecBase & { kind: 'bar'; geometry: BarChart })
  | (SpecBase & { kind: 'column'; geometry: ColumnChart })
  | (SpecBase & { kind: 'stacked'; geometry: StackedBarChart });
