import { Candidate, ScoreBasis } from '@calibrate/contracts';
import { Button, Tooltip } from '@mantine/core';
import { IconFileExport, IconScale } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

/**
 * Compare the picked candidates (2–8 of one job) and export the view. Compare stays focusable
 * while blocked, so its tooltip can say why.
 */
export function CompareActions({
  selected,
  compareBlocked,
  exportUrl,
  scoreBasis,
}: {
  selected: Candidate[];
  compareBlocked: string | undefined;
  exportUrl: string;
  /** The comparison opens ranked by the score the pipeline shows. */
  scoreBasis: ScoreBasis | undefined;
}) {
  const navigate = useNavigate();
  return (
    <>
      <Tooltip label={compareBlocked ?? ''} disabled={!compareBlocked}>
        <Button
          variant={selected.length ? 'filled' : 'default'}
          leftSection={<IconScale size={16} />}
          data-disabled={compareBlocked ? true : undefined}
          aria-disabled={compareBlocked ? true : undefined}
          onClick={(event) => {
            if (compareBlocked) {
              event.preventDefault();
              return;
            }
            const jobId = selected[0]?.jobId ?? '';
            const basis = scoreBasis === 'corrected' ? '&scoreBasis=corrected' : '';
            void navigate(
              `/jobs/${jobId}/compare?candidates=${selected.map((c) => c.id).join(',')}${basis}`,
            );
          }}
        >
          Compare{selected.length ? ` (${selected.length})` : ''}
        </Button>
      </Tooltip>
      <Button
        variant="default"
        component="a"
        href={exportUrl}
        download
        leftSection={<IconFileExport size={16} />}
      >
        Export CSV
      </Button>
    </>
  );
}
