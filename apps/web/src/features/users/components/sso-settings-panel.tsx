import { roleLabels, SsoProvisionRole, ssoProvisionRoles } from '@calibrate/contracts';
import { Alert, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { QueryState } from '@/components/ui/query-state';

import { useSsoSettings, useUpdateSsoSettings } from '../api/sso-settings';

const DO_NOT_PROVISION = 'none';

const options = [
  { value: DO_NOT_PROVISION, label: 'Do not create accounts (ask an admin)' },
  ...ssoProvisionRoles.map((role) => ({ value: role, label: `Create as ${roleLabels[role]}` })),
];

/**
 * What happens to someone who signs in with single sign-on without a Calibrate account: refused,
 * or given an account with the role chosen here (never admin: promote people one by one).
 */
export function SsoSettingsPanel() {
  const settings = useSsoSettings();
  const update = useUpdateSsoSettings();

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sso-settings-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="sso-settings-title">
          Single sign-on
        </Title>
        <QueryState
          query={settings}
          loadingHeight={60}
          loadingLabel="Loading single sign-on settings"
          errorTitle="Single sign-on settings could not be loaded"
          errorMessage={settings.error?.message}
        >
          {(data) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {data.configured
                  ? `People sign in through ${data.issuer ?? 'your identity provider'}. A person already in Calibrate is matched by the email the provider verified.`
                  : 'No identity provider is configured for this deployment (OIDC_ISSUER): this choice applies once one is.'}
              </Text>
              <Select
                label="People without a Calibrate account"
                description="When someone signs in with single sign-on for the first time"
                data={options}
                value={data.provisionRole ?? DO_NOT_PROVISION}
                allowDeselect={false}
                disabled={update.isPending}
                maw={420}
                onChange={(value) => {
                  if (!value) return;
                  update.mutate({
                    provisionRole: value === DO_NOT_PROVISION ? null : (value as SsoProvisionRole),
                  });
                }}
              />
              {update.isSuccess && (
                <Text size="sm" c="teal" role="status">
                  Saved.
                </Text>
              )}
              {update.error && (
                <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                  The choice was not saved: {update.error.message}
                </Alert>
              )}
            </Stack>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
