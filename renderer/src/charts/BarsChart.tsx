import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TEXT, GRID_STROKE } from './palette';
import { PatternDefs, seriesFill } from './Patterns';

export interface BarSeries {
  key: string;
  name: string;
  /** Series with the same stack id are stacked (a total split into parts). */
  stackId?: string;
  /** The series' place in the palette (colour and fill pattern); its index when absent. */
  style?: number;
}

export interface BarRow {
  label: string;
  values: Record<string, number | null>;
}

export interface BarsChartProps {
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  /** Formats a value for the tooltip and the value axis. */
  format(value: number): string;
  /** Draw a line at zero (values on both sides, such as budget gaps). */
  zeroLine?: boolean;
}

const LABEL_WIDTH = 200;

/** A row label on the category axis, wrapped on up to three lines (scenario and supplier names are long). */
function RowTick(props: { x?: number | string; y?: number | string; payload?: { value?: string | number } }) {
  return (
    <Text x={Number(props.x)} y={Number(props.y)} width={LABEL_WIDTH - 12} maxLines={3} textAnchor="end" verticalAnchor="middle" fill={AXIS_TEXT} fontSize={13}>
      {String(props.payload?.value ?? '')}
    </Text>
  );
}

/**
 * Horizontal bars, one group per row (grouped series, or stacked when they share a stack id).
 * Lazy-loaded: recharts stays out of the initial JavaScript. The numbers are in a table under
 * every chart, so the chart itself is an image for assistive technology.
 */
export default function BarsChart({ rows, series, format, zeroLine }: BarsChartProps) {
  const prefix = `bars${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  const stacked = series.some((s) => s.stackId);
  const perRow = stacked ? 48 : Math.max(48, series.length * 14 + 14);
  const height = rows.length * perRow + 80;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {/* Keyed by the series: recharts keeps bars in the order they were first drawn, so a series
          removed and added again would otherwise move to the end of the group and the legend. */}
      <BarChart key={series.map((x) => x.key).join('|')} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barGap={2}>
        <PatternDefs prefix={prefix} count={Math.max(...series.map((s, i) => (s.style ?? i) + 1))} />
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_STROKE} horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => format(v)} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} tick={<RowTick />} interval={0} />
        <Tooltip formatter={(v) => format(Number(v))} cursor={{ fill: '#eef2f0' }} />
        <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
        {zeroLine ? <ReferenceLine x={0} stroke="#17211f" /> : null}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={seriesFill(prefix, s.style ?? i)}
            stroke="#17211f"
            strokeWidth={0.5}
            {...(s.stackId ? { stackId: s.stackId } : {})}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
