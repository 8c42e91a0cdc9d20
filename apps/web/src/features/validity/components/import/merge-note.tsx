import { Text } from '@mantine/core';

/** How an imported row changes a stored record (the contract's merge rule), in the UI's words. */
export function MergeNote() {
  return (
    <Text size="sm" c="dimmed">
      A figure in the file replaces the one on record. An empty cell, or a column the file does not
      have, leaves the recorded figure as it is: an import never clears one (do that on the hire’s
      profile, under After the hire).
    </Text>
  );
}
