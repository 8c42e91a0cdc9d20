import { CandidateDetail, CandidateStage, candidateStages } from '@calibrate/contracts';
import { Anchor, Badge, Button, Group, Menu, Text, Title } from '@mantine/core';
import { IconArrowsMove, IconChevronDown, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';

import { KnockOutBadge } from '@/components/ui/knock-out-badge';

import { stageColors, stageLabels } from '../../model/labels';
import { timeInStage } from '../../model/time-in-stage';

/** The candidate's name, stage and job, with the moves and edits the viewer may make. */
export function ProfileHeader({
  candidate: c,
  jobTitle,
  onMove,
  onEdit,
}: {
  candidate: CandidateDetail;
  jobTitle: (jobId: string) => string | undefined;
  /** Absent for those who may not move candidates. */
  onMove?: (stage: CandidateStage) => void;
  /** Absent for those who may not edit candidates. */
  onEdit?: () => void;
}) {
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Anchor component={Link} to="/candidates" size="sm">
          Candidates
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {c.name}
          </Title>
          <Badge variant="light" color={stageColors[c.stage]} size="lg">
            {stageLabels[c.stage]}
          </Badge>
          <KnockOutBadge knockOuts={c.knockOuts} size="lg" />
        </Group>
        <Text c="dimmed" size="sm">
          {c.jobId ? (jobTitle(c.jobId) ?? 'Applied to a job') : 'Not applied to a job'} ·{' '}
          {timeInStage(c.stageChangedAt)}
        </Text>
      </div>
      <Group gap="sm">
        {onMove && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                variant="default"
                leftSection={<IconArrowsMove size={16} />}
                rightSection={<IconChevronDown size={14} />}
              >
                Move to
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {candidateStages
                .filter((stage) => stage !== c.stage)
                .map((stage) => (
                  <Menu.Item key={stage} onClick={() => onMove(stage)}>
                    {stageLabels[stage]}
                  </Menu.Item>
                ))}
            </Menu.Dropdown>
          </Menu>
        )}
        {onEdit && (
          <Button leftSection={<IconPencil size={16} />} onClick={onEdit}>
            Edit
          </Button>
        )}
      </Group>
    </Group>
  );
}
