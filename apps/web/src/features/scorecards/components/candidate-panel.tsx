import { CandidateDetail, InterviewRound, RubricVersion } from '@calibrate/contracts';
import { Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { ReactNode } from 'react';

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const shiftLabels: Record<string, string> = {
  day: 'Day',
  mid: 'Mid',
  night: 'Night',
  rotating: 'Rotating',
  flexible: 'Flexible',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** The candidate's key facts, beside the questions: what an interviewer checks mid-call. */
export function CandidatePanel({
  candidate,
  round,
  rubric,
  timer,
}: {
  candidate: CandidateDetail;
  round: InterviewRound;
  rubric: RubricVersion;
  timer: ReactNode;
}) {
  return (
    <Stack gap="sm" component="aside" aria-label="Candidate">
      <div>
        <Text fw={700}>{candidate.name}</Text>
        <Text size="sm" c="dimmed">
          {round.jobTitle}
        </Text>
      </div>
      <Fact label="Interview time">{timer}</Fact>
      <Divider />
      <Fact label="Round">
        <Text size="sm">{round.name}</Text>
        <Text size="xs" c="dimmed">
          {when.format(new Date(round.scheduledAt))}
        </Text>
        <Text size="xs" c="dimmed">
          {rubric.rubricName}, version {rubric.version}
        </Text>
      </Fact>
      <Fact label="Languages">
        {candidate.languages.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not given
          </Text>
        ) : (
          <Group gap={4}>
            {candidate.languages.map((skill) => (
              <Badge key={skill.language} variant="light" color="gray" tt="none">
                {skill.language} {skill.level}
              </Badge>
            ))}
          </Group>
        )}
      </Fact>
      <Fact label="Shift availability">
        <Text size="sm">
          {candidate.shiftAvailability.length
            ? candidate.shiftAvailability.map((shift) => shiftLabels[shift] ?? shift).join(', ')
            : 'Not given'}
        </Text>
      </Fact>
      <Fact label="Typing speed">
        <Text size="sm">
          {candidate.typingWpm === null ? 'Not tested' : `${candidate.typingWpm} WPM`}
        </Text>
      </Fact>
      {round.scorecards.length > 1 && (
        <Fact label="Panel">
          <Text size="sm">{round.scorecards.map((s) => s.interviewerName).join(', ')}</Text>
          <Text size="xs" c="dimmed">
            Their scores stay hidden until you submit yours.
          </Text>
        </Fact>
      )}
    </Stack>
  );
}
