import 'reflect-metadata';

import { Get, RequestMethod, SetMetadata } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { createZodDto, ZodSerializationException } from 'nestjs-zod';
import { z } from 'zod';

import { ZodResponse } from './zod-response';

class ItemDto extends createZodDto(z.object({ id: z.string(), score: z.number() })) {}

class ItemsController {
  constructor(private readonly stored: Record<string, unknown>) {}

  @SetMetadata('roles', ['admin'])
  @ZodResponse({ type: ItemDto })
  @Get('items/:id')
  item() {
    return this.stored as { id: string; score: number };
  }
}

describe('ZodResponse', () => {
  it('answers what the schema allows: unknown keys stripped', async () => {
    const controller = new ItemsController({ id: 'a', score: 3, passwordHash: 'secret' });
    await expect(controller.item()).resolves.toEqual({ id: 'a', score: 3 });
  });

  it('refuses an answer that breaks its schema with a serialization error (a 500)', async () => {
    const controller = new ItemsController({ id: 'a', score: 'high' });
    await expect(controller.item()).rejects.toBeInstanceOf(ZodSerializationException);
  });

  it('keeps the route and the metadata of the decorators on either side', () => {
    const handler = Object.getOwnPropertyDescriptor(ItemsController.prototype, 'item')?.value as
      (() => unknown) | undefined;
    expect(handler?.name).toBe('item');
    expect(Reflect.getMetadata(PATH_METADATA, handler as object)).toBe('items/:id');
    expect(Reflect.getMetadata(METHOD_METADATA, handler as object)).toBe(RequestMethod.GET);
    expect(Reflect.getMetadata('roles', handler as object)).toEqual(['admin']);
  });
});
