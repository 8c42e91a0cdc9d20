import { Grid, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';

import { KnockOutAlert } from '@/components/ui/knock-out-badge';
import { QueryState } from '@/components/ui/query-state';

import { useCandidate } from '../../api/get-candidate';
import { EditCandidateForm } from '../edit/edit-candidate-form';
import { useMoveCandidate } from '../use-move-candidate';
import { AuditTrail } from './audit-trail';
import { DetailsCard } from './details-card';
import { PersonName } from './format';
import { OutcomesSection } from './outcomes-section';
import { ProfileHeader } from './profile-header';
import { ScoresSection } from './scores-section';
import { StageHistory } from './stage-history';

/**
 * Everything about one candidate: details (editable), stage history, every round with its panel
 * and category breakdown (only what the viewer may see: drafts stay private), and the audit trail.
 */
export function CandidateProfilePage({
  candidateId,
  canEdit,
  canMove,
  jobTitle,
  personName,
}: {
  candidateId: string;
  canEdit: boolean;
  canMove: boolean;
  jobTitle: (jobId: string) => string | undefined;
  personName: PersonName;
}) {
  const candidate = useCandidate(candidateId);
  const [editing, editModal] = useDisclosure(false);
  const { move, dialog } = useMoveCandidate();

  return (
    <QueryState
      query={candidate}
      loadingHeight={360}
      loadingLabel="Loading the candidate"
      errorTitle="This candidate could not be loaded"
      errorMessage={candidate.error?.message}
    >
      {(c) => (
        <Stack gap="lg">
          <ProfileHeader
            candidate={c}
            jobTitle={jobTitle}
            onMove={canMove ? (stage) => move(c, stage) : undefined}
            onEdit={canEdit ? editModal.open : undefined}
          />
          {/* Under the header, not beside the score: on a phone the score is 1,000 px down. */}
          <KnockOutAlert knockOuts={c.knockOuts} />

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="lg">
                <DetailsCard candidate={c} />
                <StageHistory candidate={c} personName={personName} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <ScoresSection candidateId={candidateId} />
                <OutcomesSection candidate={c} />
                <AuditTrail candidateId={candidateId} personName={personName} />
              </Stack>
            </Grid.Col>
          </Grid>

          <Modal opened={editing} onClose={editModal.close} title={`Edit ${c.name}`} size="lg">
            <EditCandidateForm
              candidate={c}
              onCancel={editModal.close}
              onSaved={() => {
                editModal.close();
                notifications.show({ color: 'teal', message: `Saved ${c.name}.` });
              }}
            />
          </Modal>
          {dialog}
        </Stack>
      )}
    </QueryState>
  );
}
