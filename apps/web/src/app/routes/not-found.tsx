import { Button, EmptyState } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from 'react-router';

export function Component() {
  return (
    <EmptyState
      py={64}
      icon={<IconMapSearch size={28} />}
      title="This page does not exist"
      description="The link may be old, or the address mistyped."
    >
      <EmptyState.Actions>
        <Button component={Link} to="/candidates">
          Go to candidates
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
