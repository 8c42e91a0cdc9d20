import { CandidateDetail } from '@calibrate/contracts';
import { Text, Timeline } from '@mantine/core';

import { stageLabels } from '../../model/labels';
import { PersonName, when } from './format';
import { ProfileSection } from './profile-section';

/** Every stage the candidate entered, newest first, with who moved them and why. */
export function StageHistory({
  candidate,
  personName,
}: {
  candidate: CandidateDetail;
  personName: PersonName;
}) {
  const events = [...candidate.stageHistory].reverse();
  return (
    <ProfileSection title="Stage history">
      <Timeline active={0} bulletSize={14} lineWidth={2}>
        {events.map((event) => (
          <Timeline.Item
            key={event.id}
            title={
              <Text size="sm" fw={600}>
                {event.fromStage
                  ? `${stageLabels[event.fromStage]} → ${stageLabels[event.toStage]}`
                  : `Entered at ${stageLabels[event.toStage]}`}
              </Text>
            }
          >
            {event.reason && <Text size="sm">“{event.reason}”</Text>}
            <Text size="xs" c="dimmed">
              {personName(event.actorId)} · {when.format(new Date(event.createdAt))}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </ProfileSection>
  );
}
