import {
  ActionIcon,
  Badge,
  Box,
  Collapse,
  Group,
  Paper,
  Stack,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';

import { EditorQuestion } from '../../model/editor-content';
import { AnchorsEditor } from './anchors-editor';
import { FollowUpsEditor } from './follow-ups-editor';
import { DragHandle, ItemControls } from './item-controls';
import { KnockOutEditor, KnockOutRuleBadge } from './knock-out-editor';
import { DragHandleProps } from './use-drag-reorder';

/** One question: its text in a row, and guidance, anchors and follow-ups when opened. */
export function QuestionEditor({
  question,
  number,
  categoryLabel,
  count,
  error,
  missingAnchors,
  readOnly,
  handle,
  onChange,
  onMove,
  onDelete,
  autoFocus = false,
}: {
  question: EditorQuestion;
  number: number;
  /** Its category in labels ("Greeting"): seven categories' "Question 1" are seven questions. */
  categoryLabel: string;
  count: number;
  error: string | undefined;
  missingAnchors: boolean;
  readOnly: boolean;
  handle: DragHandleProps;
  onChange: (patch: Partial<EditorQuestion>) => void;
  onMove: (to: number) => void;
  onDelete: () => void;
  /** Focus the question's text when it appears (a question just added). */
  autoFocus?: boolean;
}) {
  const [open, setOpen] = useState(!question.id);
  // "question 1 of Greeting": each of the question's controls has a name no other has on the page.
  const label = `question ${number} of ${categoryLabel}`;
  return (
    <Paper withBorder radius="sm" p="xs" bg="gray.0">
      {/* The text keeps at least 12rem: on a phone the badge and the buttons wrap under it
          (beside it, they squeezed it to a few letters a line). */}
      <Group align="flex-start" wrap="wrap" gap="xs">
        {!readOnly && <DragHandle label={label} handle={handle} iconSize={14} mt={4} />}
        <ActionIcon
          variant="subtle"
          color="gray"
          mt={4}
          aria-label={open ? `Hide details of ${label}` : `Show details of ${label}`}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
        </ActionIcon>
        {/* The rule's badge under the text: beside it, a phone squeezed the text to a letter a line. */}
        <Stack gap={4} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Textarea
            aria-label={`Question ${number} of ${categoryLabel}`}
            placeholder="The question, as the interviewer asks it"
            autosize
            minRows={1}
            value={question.text}
            onChange={(e) => onChange({ text: e.currentTarget.value })}
            error={error}
            readOnly={readOnly}
            autoFocus={autoFocus}
          />
          {question.knockOutMinRating !== null && (
            <Box>
              <KnockOutRuleBadge minRating={question.knockOutMinRating} />
            </Box>
          )}
        </Stack>
        {missingAnchors && (
          <Tooltip label="Some rating levels have no anchor">
            <Badge
              color="yellow"
              variant="light"
              c="dark.8"
              mt={6}
              leftSection={<IconAlertTriangle size={12} />}
            >
              Anchors missing
            </Badge>
          </Tooltip>
        )}
        {!readOnly && (
          <ItemControls
            mt={4}
            ml="auto"
            label={label}
            index={number - 1}
            count={count}
            iconSize={14}
            onMove={onMove}
            onDelete={onDelete}
          />
        )}
      </Group>
      <Collapse expanded={open}>
        <Stack gap="xs" mt="xs" pl={60}>
          <Textarea
            label="Guidance: what to listen for"
            aria-label={`Guidance: what to listen for, ${label}`}
            autosize
            minRows={2}
            value={question.guidance}
            onChange={(e) => onChange({ guidance: e.currentTarget.value })}
            readOnly={readOnly}
          />
          <AnchorsEditor
            anchors={question.anchors}
            label={label}
            readOnly={readOnly}
            onChange={(anchors) => onChange({ anchors })}
          />
          <KnockOutEditor
            minRating={question.knockOutMinRating}
            label={label}
            readOnly={readOnly}
            onChange={(knockOutMinRating) => onChange({ knockOutMinRating })}
          />
          <FollowUpsEditor
            followUps={question.followUps}
            label={label}
            readOnly={readOnly}
            onChange={(followUps) => onChange({ followUps })}
          />
        </Stack>
      </Collapse>
    </Paper>
  );
}
