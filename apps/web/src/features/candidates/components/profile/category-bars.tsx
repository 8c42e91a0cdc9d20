import { Group, Progress, Stack, Text } from '@mantine/core';

import { score5 } from './format';

export interface CategoryScore {
  name: string;
  /** 1–5, the rubric's scale. */
  score: number | null;
  /** The same on 0–100, the bar's length. */
  score100: number | null;
}

export function CategoryBars({ categories }: { categories: CategoryScore[] }) {
  return (
    <Stack gap={6} aria-label="Category scores">
      {categories.map((category) => (
        <Group key={category.name} gap="sm" wrap="nowrap">
          <Text size="sm" w={{ base: 130, sm: 220 }} truncate title={category.name}>
            {category.name}
          </Text>
          <Progress
            value={category.score100 ?? 0}
            style={{ flex: 1 }}
            aria-label={`${category.name}: ${score5(category.score)} of 5`}
          />
          <Text size="sm" ff="monospace" w={36} ta="right">
            {score5(category.score)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
