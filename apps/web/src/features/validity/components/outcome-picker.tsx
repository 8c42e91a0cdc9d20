import { OutcomeKey, outcomeKeySchema, ValidityReport } from '@calibrate/contracts';
import { Select } from '@mantine/core';

import { outcomeChoices } from '../model/report';

/** Which outcome the table shows; outcomes nobody recorded are listed, but cannot be picked. */
export function OutcomePicker({
  report,
  value,
  onChange,
}: {
  report: ValidityReport;
  value: OutcomeKey;
  onChange: (outcome: OutcomeKey) => void;
}) {
  return (
    <Select
      label="Outcome"
      description="Hires with it recorded in brackets"
      data={outcomeChoices(report)}
      value={value}
      onChange={(next) => {
        const parsed = outcomeKeySchema.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
      allowDeselect={false}
      w={{ base: '100%', xs: 320 }}
    />
  );
}
