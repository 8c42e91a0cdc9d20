import { Comparison } from '@calibrate/contracts';
import { Group, Stack, Text, Title } from '@mantine/core';

import { candidateLabel, groupCategoryOf, labelledGroups } from '../model/comparison-view';
import { candidateColours } from '../model/heat-scale';
import { chosenCategory, ScoreBasis } from '../model/score-basis';
import classes from './comparison.module.css';

/**
 * Parallel bars: per round group and category, a bar per candidate on the same 1–5 axis. Each bar
 * is labelled with its value, and the legend names the candidates, so colour only helps.
 */
export function CategoryChart({
  comparison,
  blind,
  basis,
}: {
  comparison: Comparison;
  blind: boolean;
  basis: ScoreBasis;
}) {
  const names = comparison.candidates.map((c, index) => candidateLabel(c.name, index, blind));
  return (
    <Stack gap="sm" role="figure" aria-label="Category scores by candidate, 1 to 5">
      <Group gap="md" aria-label="Legend">
        {names.map((name, index) => (
          <Group key={comparison.candidates[index]?.candidateId} gap={6} wrap="nowrap">
            <span
              className={classes.swatch}
              style={{ background: candidateColours[index % candidateColours.length] }}
              aria-hidden
            />
            <Text size="xs">{name}</Text>
          </Group>
        ))}
      </Group>
      {labelledGroups(comparison).map((group) => (
        <Stack key={group.key} gap="xs">
          <Title order={3} size="h6">
            {group.name}{' '}
            <Text span size="xs" c="dimmed">
              · {group.rubricName}
            </Text>
          </Title>
          {group.categories.map((category) => (
            <Group key={category} align="flex-start" wrap="nowrap" gap="sm">
              <Text size="sm" w={220} truncate title={category}>
                {category}
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                {comparison.candidates.map((candidate, index) => {
                  const { score } = chosenCategory(
                    groupCategoryOf(candidate, group.key, category),
                    basis,
                  );
                  return (
                    <Group key={candidate.candidateId} gap={6} wrap="nowrap">
                      <div className={classes.barTrack}>
                        {score !== null && (
                          <div
                            className={classes.bar}
                            style={{
                              width: `${((score - 1) / 4) * 100}%`,
                              background: candidateColours[index % candidateColours.length],
                            }}
                          />
                        )}
                      </div>
                      <Text size="xs" ff="monospace" w={110} truncate>
                        {score === null ? '—' : score.toFixed(1)} {names[index]}
                      </Text>
                    </Group>
                  );
                })}
              </Stack>
            </Group>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
