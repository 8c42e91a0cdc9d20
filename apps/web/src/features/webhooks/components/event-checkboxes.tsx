import { webhookEventDescriptions, webhookEventTypes } from '@calibrate/contracts';
import { Checkbox, CheckboxGroupProps, Code, Stack } from '@mantine/core';

/** The events to subscribe to, each with what it means (a form's input props pass through). */
export function EventCheckboxes(props: Omit<CheckboxGroupProps, 'children'>) {
  return (
    <Checkbox.Group
      label="Events"
      description="Calibrate posts these events to the URL."
      withAsterisk
      {...props}
    >
      <Stack gap="xs" mt="xs">
        {webhookEventTypes.map((type) => (
          <Checkbox
            key={type}
            value={type}
            label={<Code>{type}</Code>}
            description={webhookEventDescriptions[type]}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
