import { loginSchema } from '@calibrate/contracts';
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconChartLine } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useNavigate, useSearchParams } from 'react-router';

import { useLogin } from '../api/session';

/** Only paths inside the app: `next` must never send a user to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : '/';
}

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const expired = searchParams.get('expired') === '1';
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(loginSchema),
  });

  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => void navigate(safeNext(searchParams.get('next')), { replace: true }),
    }),
  );

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Stack gap={4} align="center" mb="xs">
              <ThemeIcon size={44} radius="md" aria-hidden>
                <IconChartLine size={26} />
              </ThemeIcon>
              <Title order={1} size="h3">
                Sign in to Calibrate
              </Title>
              <Text size="sm" c="dimmed">
                Structured interview scoring
              </Text>
            </Stack>
            {expired && !login.error && (
              <Alert color="blue" variant="light">
                Your session ended. Sign in again to pick up where you were.
              </Alert>
            )}
            {login.error && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                {login.error.message}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              data-autofocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={login.isPending} fullWidth>
              Sign in
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              Forgot your password? Ask an administrator to set a new one.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
