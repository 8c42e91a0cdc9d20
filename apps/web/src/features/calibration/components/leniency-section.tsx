import { CALIBRATED_MIN_LINKED, InterviewerCalibration } from '@calibrate/contracts';
import { Paper, Tabs, Text, Title } from '@mantine/core';
import { IconChartDots, IconTable } from '@tabler/icons-react';
import { useMemo } from 'react';

import { splitInterviewers, summarizeLeniency } from '../model/leniency';
import { LeniencyChart } from './leniency-chart';
import { LeniencyTable } from './leniency-table';
import { NotComparable } from './not-comparable';

/** Leniency per interviewer: a caterpillar chart and the same figures as a table, and who is left out. */
export function LeniencySection({
  interviewers,
  scope,
}: {
  interviewers: InterviewerCalibration[];
  scope: string;
}) {
  const { ranked, apart } = useMemo(() => splitInterviewers(interviewers), [interviewers]);
  const uncalibrated = ranked.filter((row) => !row.calibrated).length;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="leniency-title">
      <Title order={2} size="h4" id="leniency-title">
        Leniency per interviewer
      </Title>
      <Text size="sm" c="dimmed">
        {scope} Rating points (1–5 scale) above or below the average interviewer on the same
        candidates: +0.4 rates 0.4 points higher, −0.4 that much lower. Most lenient first.
        {uncalibrated > 0 &&
          ` “Not yet calibrated”: under ${CALIBRATED_MIN_LINKED} linked scorecards, don’t act on their figure yet.`}
      </Text>
      {ranked.length > 0 && (
        <Text size="sm" fw={600} mt={4} mb="sm">
          {summarizeLeniency(ranked)}
        </Text>
      )}
      {ranked.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviewer has a comparable figure in this fit.
        </Text>
      ) : (
        <Tabs defaultValue="chart" keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="chart" leftSection={<IconChartDots size={16} aria-hidden />}>
              Chart
            </Tabs.Tab>
            <Tabs.Tab value="table" leftSection={<IconTable size={16} aria-hidden />}>
              Table
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="chart">
            <LeniencyChart rows={ranked} />
          </Tabs.Panel>
          <Tabs.Panel value="table">
            <LeniencyTable rows={ranked} apart={apart} />
          </Tabs.Panel>
        </Tabs>
      )}
      <NotComparable apart={apart} />
    </Paper>
  );
}
