import { CalibrationMonth } from '@calibrate/contracts';

import { sparkline } from '../model/trend';

const WIDTH = 112;
const HEIGHT = 28;

/**
 * An interviewer's months as a small line around 0 (the average interviewer, dashed). One
 * colour-blind-safe blue (Okabe–Ito), points on every month; the figures are printed beside it.
 */
export function TrendSparkline({ cells }: { cells: (CalibrationMonth | undefined)[] }) {
  const { segments, zeroY } = sparkline(cells, WIDTH, HEIGHT);
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <line
        x1={0}
        x2={WIDTH}
        y1={zeroY}
        y2={zeroY}
        stroke="var(--mantine-color-gray-6)"
        strokeDasharray="3 3"
        strokeWidth={1}
      />
      {segments.map((segment) => (
        <g key={`${segment[0]?.x ?? 0}`}>
          {segment.length > 1 && (
            <polyline
              points={segment.map((p) => `${p.x},${p.y}`).join(' ')}
              fill="none"
              stroke="#0072b2"
              strokeWidth={2}
            />
          )}
          {segment.map((p) => (
            <circle key={p.x} cx={p.x} cy={p.y} r={2.5} fill="#0072b2" />
          ))}
        </g>
      ))}
    </svg>
  );
}
