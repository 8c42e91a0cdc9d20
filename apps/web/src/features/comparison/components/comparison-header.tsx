import { Comparison } from '@calibrate/contracts';
import { Anchor, Button, Group, SegmentedControl, Switch, Text, Title } from '@mantine/core';
import { IconFileExport, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';

import { comparisonCsv } from '../model/comparison-view';
import { ScaleMode } from '../model/heat-scale';
import { ScoreBasis } from '../model/score-basis';

/**
 * The title, and the view's switches: blind mode, the scale, raw or leniency-corrected totals, CSV
 * export and print. The subtitle names the basis, so a printout says which totals it shows.
 */
export function ComparisonHeader({
  jobId,
  comparison,
  blind,
  scale,
  basis,
  update,
}: {
  jobId: string;
  /** Undefined until the first comparison has loaded. */
  comparison: Comparison | undefined;
  blind: boolean;
  scale: ScaleMode;
  basis: ScoreBasis;
  update: (changes: Record<string, string | null>) => void;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Anchor component={Link} to={`/candidates?jobId=${jobId}`} size="sm" data-print-hide>
          Candidates of this job
        </Anchor>
        <Title order={1} size="h2">
          Compare candidates
        </Title>
        {/* The job on a line of its own, one line high before and after it loads: joined to the
            rest, it wrapped once it arrived and pushed the screen down (a layout shift on a phone). */}
        <Text c="dimmed" size="sm" truncate="end">
          {comparison ? comparison.jobTitle : '\u00a0'}
        </Text>
        <Text c="dimmed" size="sm">
          Scores from submitted scorecards only
          {basis === 'corrected' && ' · totals corrected for interviewer leniency'}
        </Text>
      </div>
      <Group gap="sm" data-print-hide>
        <Switch
          label="Blind mode"
          description="Hide names"
          checked={blind}
          onChange={(event) => update({ blind: event.currentTarget.checked ? '1' : null })}
        />
        <SegmentedControl
          aria-label="Scale"
          value={scale}
          onChange={(value) => update({ scale: value === '100' ? '100' : null })}
          data={[
            { value: '5', label: '1–5' },
            { value: '100', label: '0–100' },
          ]}
        />
        <SegmentedControl
          aria-label="Score"
          value={basis}
          onChange={(value) => update({ scoreBasis: value === 'corrected' ? 'corrected' : null })}
          data={[
            { value: 'raw', label: 'Raw' },
            { value: 'corrected', label: 'Corrected for leniency' },
          ]}
        />
        <Button
          variant="default"
          leftSection={<IconFileExport size={16} />}
          disabled={!comparison}
          onClick={() => comparison && download(comparison, blind)}
        >
          Export CSV
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          onClick={() => window.print()}
        >
          Print
        </Button>
      </Group>
    </Group>
  );
}

function download(comparison: Comparison, blind: boolean) {
  const blob = new Blob([`\uFEFF${comparisonCsv(comparison, blind)}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `comparison-${comparison.jobTitle.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
