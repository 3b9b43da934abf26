/**
 * Series colours and non-colour cues for the analysis charts. Each colour has at least 7:1
 * contrast on white (WCAG AA asks 3:1 for graphics), and each series also has its own fill
 * pattern (bars) or dash pattern (lines), so that no information is in colour alone.
 */
export const SERIES_COLOURS = ['#0f5f5c', '#7a4b00', '#5a2a7a', '#23417d', '#6b2a2a'] as const;

/** Bar fills: solid, diagonal stripes, dots, cross-hatch, horizontal stripes. */
export const PATTERN_KINDS = ['solid', 'stripes', 'dots', 'cross', 'bands'] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** Line dash patterns, one per series ('' is solid). */
export const DASHES = ['', '8 4', '2 4', '12 4 3 4', '4 2'] as const;

export const colourOf = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
export const patternOf = (i: number): PatternKind => PATTERN_KINDS[i % PATTERN_KINDS.length]!;
export const dashOf = (i: number): string => DASHES[i % DASHES.length]!;

export const GRID_STROKE = '#d5dcd9';
export const AXIS_TEXT = '#4b5a57';
