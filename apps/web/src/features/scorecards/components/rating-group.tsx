import { Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { KeyboardEvent, useRef } from 'react';

import classes from './rating-group.module.css';

export interface RatingOption<T> {
  value: T;
  /** The key that picks it (shown on the option). */
  key: string;
  label: string;
  description?: string;
  /** The name a screen reader announces, when the visible label is short. */
  ariaLabel?: string;
}

/**
 * A radio group of large options (the five anchors, the four recommendations): the chosen one is
 * marked by a check and a border, announced as checked; arrows move within the group.
 */
export function RatingGroup<T extends string | number>({
  label,
  options,
  value,
  onChange,
  compact = false,
}: {
  label: string;
  options: RatingOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  compact?: boolean;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = options.findIndex((option) => option.value === value);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    const option = options[next];
    if (!option) return;
    refs.current[next]?.focus();
    onChange(option.value);
  };

  return (
    <div
      role="radiogroup"
      aria-label={label}
      className={compact ? classes.compactGroup : classes.group}
    >
      {options.map((option, index) => {
        const checked = option.value === value;
        return (
          <UnstyledButton
            key={String(option.value)}
            ref={(element) => {
              refs.current[index] = element;
            }}
            role="radio"
            aria-checked={checked}
            tabIndex={checked || (selectedIndex === -1 && index === 0) ? 0 : -1}
            className={classes.option}
            data-checked={checked || undefined}
            aria-label={option.ariaLabel}
            onClick={() => onChange(option.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {compact ? (
              <Text size="sm" fw={600}>
                {option.label}
              </Text>
            ) : (
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Kbd className={classes.key} aria-hidden>
                  {option.key}
                </Kbd>
                <div className={classes.text}>
                  {option.label && (
                    <Text size="sm" fw={600}>
                      {option.label}
                    </Text>
                  )}
                  {option.description && (
                    <Text
                      size="sm"
                      c={option.label ? 'dimmed' : undefined}
                      className={classes.description}
                    >
                      {option.description}
                    </Text>
                  )}
                </div>
                {checked && (
                  <IconCircleCheckFilled size={20} className={classes.check} aria-hidden />
                )}
              </Group>
            )}
          </UnstyledButton>
        );
      })}
    </div>
  );
}
