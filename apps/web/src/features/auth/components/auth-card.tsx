import { Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { ReactNode } from 'react';

/** The centred card of the signed-out screens (sign-in, reset password), with its heading. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Center mih="100vh" bg="gray.0" p="md" component="main">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400} maw="100%">
        <Stack gap="md">
          <Stack gap={4} align="center" mb="xs">
            <ThemeIcon size={44} radius="md" aria-hidden>
              <IconChartLine size={26} />
            </ThemeIcon>
            <Title order={1} size="h3" ta="center">
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed" ta="center">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
