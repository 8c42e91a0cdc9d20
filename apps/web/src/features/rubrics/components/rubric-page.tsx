import { Rubric } from '@calibrate/contracts';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/query-state';

import { useRubric } from '../api/rubrics';
import { CompareVersions } from './rubric/compare-versions';
import { RubricActions, useRubricActions } from './rubric/use-rubric-actions';
import { VersionsTable } from './rubric/versions-table';

/** One rubric: its versions, what uses them, a new version, a copy, and a diff of any two. */
export function RubricPage({ rubricId, canEdit }: { rubricId: string; canEdit: boolean }) {
  const rubric = useRubric(rubricId);
  const actions = useRubricActions();
  return (
    <QueryState
      query={rubric}
      loadingHeight={200}
      loadingLabel="Loading the rubric"
      errorTitle="This rubric could not be loaded"
      errorMessage={rubric.error?.message}
    >
      {(data) => (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <div>
              <Anchor component={Link} to="/rubrics" size="sm">
                Rubrics
              </Anchor>
              <Title order={1} size="h2">
                {data.name}
              </Title>
              {data.description && (
                <Text c="dimmed" size="sm">
                  {data.description}
                </Text>
              )}
            </div>
            {canEdit && <RubricButtons rubric={data} actions={actions} />}
          </Group>
          <VersionsTable rubric={data} />
          {data.versions.length > 1 && <CompareVersions rubric={data} />}
        </Stack>
      )}
    </QueryState>
  );
}

function RubricButtons({ rubric, actions }: { rubric: Rubric; actions: RubricActions }) {
  const draft = rubric.versions.find((v) => v.status === 'draft');
  return (
    <Group>
      <Button variant="default" component={Link} to={`/rubrics/${rubric.id}/analysis`}>
        Question analysis
      </Button>
      <Button variant="default" onClick={() => void actions.copy(rubric)} loading={actions.copying}>
        Duplicate
      </Button>
      {draft ? (
        <Button component={Link} to={`/rubric-versions/${draft.id}`}>
          Edit draft (version {draft.version})
        </Button>
      ) : (
        <Button loading={actions.creatingVersion} onClick={() => actions.newVersion(rubric.id)}>
          New version
        </Button>
      )}
    </Group>
  );
}
