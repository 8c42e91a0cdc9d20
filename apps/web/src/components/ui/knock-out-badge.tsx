import { describeKnockOut, KnockOut } from '@calibrate/contracts';
import { Alert, Badge, BadgeProps, List, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useId } from 'react';

/**
 * "Knocked out": the candidate misses a minimum (a job's fact, a question's rating), whatever
 * their score. The reasons show in a tooltip on hover, focus and touch; the badge takes the focus
 * and names them as its description, so a keyboard or a screen reader reaches them too. Red with
 * dark text (WCAG AA on the light badge).
 */
export function KnockOutBadge({
  knockOuts,
  size = 'sm',
}: {
  knockOuts: KnockOut[];
  size?: BadgeProps['size'];
}) {
  const id = useId();
  if (knockOuts.length === 0) return null;
  const reasons = knockOuts.map(describeKnockOut);
  return (
    <>
      <Tooltip
        label={
          reasons.length === 1 ? (
            reasons[0]
          ) : (
            <List size="xs" c="inherit">
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          )
        }
        multiline
        maw={320}
        withArrow
        events={{ hover: true, focus: true, touch: true }}
      >
        <Badge
          variant="light"
          color="red"
          c="red.9"
          size={size}
          leftSection={<IconBan size={12} aria-hidden />}
          miw="max-content"
          tabIndex={0}
          aria-describedby={id}
          style={{ cursor: 'help' }}
        >
          Knocked out
        </Badge>
      </Tooltip>
      <VisuallyHidden id={id}>{reasons.join('. ')}</VisuallyHidden>
    </>
  );
}

/** The reasons in full, where a candidate is read (their profile): one line each. */
export function KnockOutAlert({ knockOuts }: { knockOuts: KnockOut[] }) {
  if (knockOuts.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} aria-hidden />}
      title="Knocked out"
      styles={{ title: { color: 'var(--mantine-color-red-9)' } }}
    >
      <Text size="sm" mb={4}>
        {knockOuts.length === 1
          ? 'This candidate misses a minimum requirement, whatever their score:'
          : `This candidate misses ${knockOuts.length} minimum requirements, whatever their score:`}
      </Text>
      <List size="sm" spacing={2}>
        {knockOuts.map((knockOut) => {
          const reason = describeKnockOut(knockOut);
          return <List.Item key={reason}>{reason}</List.Item>;
        })}
      </List>
    </Alert>
  );
}
