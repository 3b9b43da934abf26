/**
 * Scenario colours in the report's charts. Each has at least 7:1 contrast on white (WCAG AA asks
 * 3:1 for graphics, 4.5:1 for text, and the colours are also used for labels), and each scenario
 * also has its own dash pattern in line charts, so that nothing is told by colour alone, also on
 * a black-and-white printer.
 */
export const SCENARIO_COLOURS = ['#0f5f5c', '#7a4b00', '#5a2a7a', '#23417d'] as const;
export const SCENARIO_DASHES = ['', '8 4', '10 3 2 3', '4 2'] as const;
/** Targets are thin dotted lines in their scenario's colour (reached shares are thick). */
export const TARGET_DASH = '1 3';
export const GRID_COLOUR = '#d5dcd9';

export const colourOf = (i: number): string => SCENARIO_COLOURS[i % SCENARIO_COLOURS.length]!;
export const dashOf = (i: number): string => SCENARIO_DASHES[i % SCENARIO_DASHES.length]!;
