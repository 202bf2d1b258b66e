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
  /** The label and total as the chart writes them, on one line or more, each at its baseline. */
  labelLines: { text: string; y: number }[];
  total: number;
  segments: BarSegment[];
  /** Where its row starts, from the chart's top, then its bar and its counts' baseline, from the row's top, in pixels. */
  top: number;
  barY: number;
  countY: number;
}

// A row for a label of one line: the label's baseline, the bar's top and its counts' baseline.
const BAR_ROW_HEIGHT = 60;
const LABEL_LINE_HEIGHT = 18;
const BAR_Y = 26;
const COUNT_Y = 44;

/*
 * The longest line of a label, in characters: SVG text does not wrap, and a reader's own text
 * spacing (WCAG 1.4.12) widens it by about a quarter: a line of this length still fits a 320 px
 * screen, as the RGAA audit's test of text spacing checks.
 */
const LABEL_LINE_LENGTH = 32;

/** A label cut between words into lines of `LABEL_LINE_LENGTH` characters at most, where it can be. */
export function labelLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LABEL_LINE_LENGTH)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The chart's height: every row's, each label's lines after its first pushing its bar down. */
export const chartHeight = (bars: Bar[]) =>
  bars.reduce((height, bar) => height + BAR_ROW_HEIGHT + bar.barY - BAR_Y, 0);

const round = (value: number) => Math.round(value * 100) / 100;

/** One stacked bar a chantier, its segments the stages; every bar on the scale of the longest. */
export function stackedBars(counts: CountTable): Bar[] {
  // A hair short of 100 %, so that the outline of the longest bar is not clipped.
  const longest = Math.max(1, ...counts.rows.map((row) => row.total)) * 1.01;
  let top = 0;
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
    const lines = labelLines(`${row.chantier.title} (${row.total})`);
    const overflow = (lines.length - 1) * LABEL_LINE_HEIGHT;
    const bar = {
      label: row.chantier.title,
      labelLines: lines.map((text, index) => ({ text, y: LABEL_LINE_HEIGHT * (index + 1) })),
      total: row.total,
      segments,
      top,
      barY: BAR_Y + overflow,
      countY: COUNT_Y + overflow,
    };
    top += BAR_ROW_HEIGHT + overflow;
    return bar;
  });
}
