import { Candidate } from '@calibrate/contracts';
import {
  Button,
  CloseButton,
  EmptyState,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';

import { useCandidates } from '../api/get-candidates';
import { CandidatesTable, CandidatesTableSkeleton } from './candidates-table';
import { CreateCandidateForm } from './create-candidate-form';

/** Lists, searches and adds candidates; the search lives in the URL (`?q=`) so it can be shared. */
export function CandidatesPage({
  description,
  canAdd = true,
}: {
  description: string;
  canAdd?: boolean;
}) {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const [searchText, setSearchText] = useState(q);
  const [createOpen, createModal] = useDisclosure(false);

  const applySearch = useDebouncedCallback((value: string) => {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        if (value.trim()) next.set('q', value.trim());
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, 300);

  const onSearchChange = (value: string) => {
    setSearchText(value);
    applySearch(value);
  };

  const candidates = useCandidates({ q: q || undefined });
  const items = candidates.data?.pages.flatMap((page) => page.items) ?? [];

  const onCreated = (candidate: Candidate) => {
    createModal.close();
    notifications.show({
      color: 'teal',
      title: 'Candidate added',
      message: `${candidate.name} is on the list.`,
    });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Candidates"
        description={description}
        action={
          canAdd && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={createModal.open}>
              Add candidate
            </Button>
          )
        }
      />

      <TextInput
        aria-label="Search candidates"
        placeholder="Search by name or email"
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        rightSection={
          searchText ? (
            <CloseButton aria-label="Clear search" onClick={() => onSearchChange('')} />
          ) : null
        }
        maw={420}
      />

      <Paper withBorder radius="md" p={0}>
        {candidates.isPending ? (
          <CandidatesTableSkeleton />
        ) : candidates.isError ? (
          <ErrorAlert
            title="Candidates could not be loaded"
            message={candidates.error.message}
            onAction={() => void candidates.refetch()}
          />
        ) : items.length === 0 ? (
          q ? (
            <EmptyState
              py={48}
              icon={<IconSearch size={28} />}
              title={`No candidates match “${q}”`}
              description="Check the spelling, or search by part of the email address."
            >
              <EmptyState.Actions>
                <Button variant="default" onClick={() => onSearchChange('')}>
                  Clear search
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          ) : (
            <EmptyState
              py={48}
              icon={<IconUsers size={28} />}
              title="No candidates yet"
              description={
                canAdd
                  ? 'Add the first applicant to start building the pipeline.'
                  : 'Candidates appear here once you are part of their interviews.'
              }
            >
              {canAdd && (
                <EmptyState.Actions>
                  <Button leftSection={<IconUserPlus size={18} />} onClick={createModal.open}>
                    Add candidate
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          )
        ) : (
          <CandidatesTable candidates={items} />
        )}
      </Paper>

      {items.length > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            Showing {items.length} {items.length === 1 ? 'candidate' : 'candidates'}
            {candidates.hasNextPage ? '' : q ? ' (all matches)' : ' (everyone)'}
          </Text>
          {candidates.hasNextPage && (
            <Button
              variant="default"
              loading={candidates.isFetchingNextPage}
              onClick={() => void candidates.fetchNextPage()}
            >
              Load more
            </Button>
          )}
        </Group>
      )}

      <Modal opened={createOpen} onClose={createModal.close} title="Add candidate" centered>
        <CreateCandidateForm onCreated={onCreated} onCancel={createModal.close} />
      </Modal>
    </Stack>
  );
}
