import { Center, Loader } from '@mantine/core';

export function PageLoader() {
  return (
    <Center py={80} aria-busy="true" aria-label="Loading">
      <Loader size="md" />
    </Center>
  );
}
