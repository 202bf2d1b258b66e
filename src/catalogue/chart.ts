import type { StageId } from "./schema.ts";
import type { CountTable } from "./tables.ts";

export interface BarSegment {
  stageId: StageId;
  stageLabel: string;
  count: number;
  /** Percentages of the chart's width, so the bars follow the page's width at any size. */
  start: number;
  width: number;
  middle: number;
}

export interface Bar {
  label: string;
  total: number;
  segments: BarSegment[];
}

const round = (value: number) => Math.round(value * 100) / 100;

/** One stacked bar a chantier, its segments the stages; every bar on the scale of the longest. */
export function stackedBars(counts: CountTable): Bar[] {
  // A hair short of 100 %, so that the outline of the longest bar is not clipped.
  const longest = Math.max(1, ...counts.rows.map((row) => row.total)) * 1.01;
  return counts.rows.map((row) => {
    let start = 0;
    const segments = row.cells
      .filter((cell) => cell.count > 0)
      .map((cell) => {
        const width = (cell.count / longest) * 100;
        const segment = {
          stageId: cell.stageId,
          stageLabel: cell.stageLabel,
          count: cell.count,
          start: round(start),
          width: round(width),
          middle: round(start + width / 2),
        };
        start += width;
        return segment;
      });
    return { label: row.chantier.title, total: row.total, segments };
  });
}
