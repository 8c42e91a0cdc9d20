import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';

import { Change, knockOutLabel, VersionDiff } from '../model/version-diff';

const changeBadge: Record<Change, { label: string; color: string } | null> = {
  added: { label: 'Added', color: 'teal' },
  removed: { label: 'Removed', color: 'red' },
  changed: { label: 'Changed', color: 'blue' },
  unchanged: null,
};

function ChangeBadge({ change }: { change: Change }) {
  const badge = changeBadge[change];
  return badge ? (
    <Badge color={badge.color} variant="light" c="dark.8" size="sm">
      {badge.label}
    </Badge>
  ) : null;
}

/** Two versions side by side, category by category; unchanged questions are left out. */
export function VersionDiffView({
  diff,
  showUnchanged = false,
}: {
  diff: VersionDiff;
  showUnchanged?: boolean;
}) {
  const categories = diff.categories.filter((c) => showUnchanged || c.change !== 'unchanged');
  if (categories.length === 0)
    return (
      <Text size="sm" c="dimmed">
        The two versions ask the same questions with the same anchors and weights.
      </Text>
    );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="md" pl={90} aria-hidden>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Before
        </Text>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          After
        </Text>
      </SimpleGrid>
      {categories.map((category) => (
        <Paper key={(category.after ?? category.before)?.lineageId} withBorder p="sm" radius="md">
          <Group gap="xs" mb={4}>
            <Text fw={600}>{category.after?.name ?? category.before?.name}</Text>
            <ChangeBadge change={category.change} />
            {category.fields.includes('name') && (
              <Text size="xs" c="dimmed">
                was “{category.before?.name}”
              </Text>
            )}
            {category.fields.includes('weight') && (
              <Text size="xs">
                weight {category.before?.weight} → {category.after?.weight}
              </Text>
            )}
          </Group>
          <Stack gap={6}>
            {category.questions
              .filter((q) => showUnchanged || q.change !== 'unchanged')
              .map((question) => (
                <Group
                  key={(question.after ?? question.before)?.lineageId}
                  align="flex-start"
                  wrap="nowrap"
                  gap="sm"
                >
                  <ChangeBadge change={question.change} />
                  <div style={{ flex: 1 }}>
                    {/* Side by side: the older version on the left, the newer on the right. */}
                    <SimpleGrid cols={2} spacing="md">
                      <Text size="sm" c={question.before ? undefined : 'dimmed'}>
                        {question.before?.text ?? '(not in this version)'}
                      </Text>
                      <div>
                        <Text size="sm" c={question.after ? undefined : 'dimmed'}>
                          {question.after?.text ?? '(removed)'}
                        </Text>
                        {question.change === 'added' &&
                          question.after?.knockOutMinRating != null && (
                            <Text size="xs" c="red.9">
                              With a {knockOutLabel(question.after.knockOutMinRating)}
                            </Text>
                          )}
                      </div>
                    </SimpleGrid>
                    {question.fields.filter((f) => f !== 'text').length > 0 && (
                      <Text size="xs" c="dimmed">
                        Also changed: {question.fields.filter((f) => f !== 'text').join(', ')}
                      </Text>
                    )}
                  </div>
                </Group>
              ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
