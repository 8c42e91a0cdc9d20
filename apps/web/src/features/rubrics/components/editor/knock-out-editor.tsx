import { Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useId } from 'react';

const choices = [
  { value: 'none', label: 'No minimum' },
  ...[2, 3, 4, 5].map((rating) => ({ value: String(rating), label: String(rating) })),
];

/**
 * A question's knock-out rule: none, or the panel's mean rating a candidate must reach (2–5; a
 * minimum of 1 would knock nobody out). Radios, so the keyboard's arrows pick one.
 */
export function KnockOutEditor({
  minRating,
  label,
  readOnly,
  onChange,
}: {
  minRating: number | null;
  /** "question 2 of Greeting", to tell this control from the other questions'. */
  label: string;
  readOnly: boolean;
  onChange: (minRating: number | null) => void;
}) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text component="div" size="sm" fw={500} aria-hidden>
        Knock out below
      </Text>
      <Text id={`${id}-hint`} size="xs" c="dimmed">
        A candidate whose panel rates this question lower on average (in a round) is flagged
        “Knocked out”, whatever their score.
      </Text>
      <SegmentedControl
        aria-label={`Knock out below, ${label}`}
        aria-describedby={`${id}-hint`}
        size="sm"
        w="fit-content"
        data={choices}
        value={minRating === null ? 'none' : String(minRating)}
        onChange={(value) => onChange(value === 'none' ? null : Number(value))}
        readOnly={readOnly}
      />
    </Stack>
  );
}

/** "Knock-out ≥ 3": a question's rule where the question is listed. */
export function KnockOutRuleBadge({ minRating }: { minRating: number | null }) {
  if (minRating === null) return null;
  return (
    <Badge
      color="red"
      variant="light"
      c="red.9"
      leftSection={<IconBan size={12} aria-hidden />}
      miw="max-content"
      title={`Candidates rated below ${minRating} on average are knocked out`}
    >
      Knock-out ≥ {minRating}
    </Badge>
  );
}
