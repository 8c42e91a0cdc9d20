import {
  createdWebhookEndpointSchema,
  createWebhookEndpointSchema,
  updateWebhookEndpointSchema,
  webhookDeliveriesQuerySchema,
  webhookDeliveryIdParamsSchema,
  webhookDeliveryPageSchema,
  webhookDeliverySchema,
  webhookEndpointIdParamsSchema,
  webhookEndpointListSchema,
  webhookEndpointSchema,
} from '@calibrate/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';

import { CurrentUser, Requires } from '../../common/auth/auth.decorators';
import type { SessionUser } from '../../common/auth/session-user';
import { ApiErrors } from '../../common/http/api-errors';
import { ZodResponse } from '../../common/http/zod-response';
import { WebhooksService } from './webhooks.service';

class CreateWebhookEndpointDto extends createZodDto(createWebhookEndpointSchema) {}
class UpdateWebhookEndpointDto extends createZodDto(updateWebhookEndpointSchema) {}
class EndpointParamsDto extends createZodDto(webhookEndpointIdParamsSchema) {}
class DeliveryParamsDto extends createZodDto(webhookDeliveryIdParamsSchema) {}
class DeliveriesQueryDto extends createZodDto(webhookDeliveriesQuerySchema) {}
class WebhookEndpointDto extends createZodDto(webhookEndpointSchema) {}
class CreatedWebhookEndpointDto extends createZodDto(createdWebhookEndpointSchema) {}
class WebhookEndpointListDto extends createZodDto(webhookEndpointListSchema) {}
class WebhookDeliveryDto extends createZodDto(webhookDeliverySchema) {}
class WebhookDeliveryPageDto extends createZodDto(webhookDeliveryPageSchema) {}

/** Admins register webhook endpoints and read, test and replay their deliveries. */
@ApiTags('webhooks')
@Requires('webhooks.manage')
@Controller({ version: '1' })
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('webhooks')
  @ZodResponse({ type: WebhookEndpointListDto })
  @ApiOperation({ summary: 'List webhook endpoints' })
  async list() {
    return { items: await this.webhooks.list() };
  }

  /** The answer holds the signing secret: the only time it is shown. */
  @Post('webhooks')
  @ZodResponse({ status: 201, type: CreatedWebhookEndpointDto })
  @ApiOperation({ summary: 'Register a webhook endpoint' })
  @ApiErrors('WEBHOOK_TARGET_FORBIDDEN')
  create(@Body() body: CreateWebhookEndpointDto, @CurrentUser() actor: SessionUser) {
    return this.webhooks.create(body, actor.id);
  }

  @Get('webhooks/:endpointId')
  @ZodResponse({ type: WebhookEndpointDto })
  @ApiOperation({ summary: 'Get a webhook endpoint' })
  @ApiErrors('NOT_FOUND')
  get(@Param() params: EndpointParamsDto) {
    return this.webhooks.get(params.endpointId);
  }

  @Patch('webhooks/:endpointId')
  @ZodResponse({ type: WebhookEndpointDto })
  @ApiOperation({ summary: 'Change a webhook endpoint' })
  @ApiErrors('NOT_FOUND', 'WEBHOOK_TARGET_FORBIDDEN')
  update(
    @Param() params: EndpointParamsDto,
    @Body() body: UpdateWebhookEndpointDto,
    @CurrentUser() actor: SessionUser,
  ) {
    return this.webhooks.update(params.endpointId, body, actor.id);
  }

  @Delete('webhooks/:endpointId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook endpoint' })
  @ApiErrors('NOT_FOUND')
  async remove(@Param() params: EndpointParamsDto, @CurrentUser() actor: SessionUser) {
    await this.webhooks.remove(params.endpointId, actor.id);
  }

  /** Queues a `ping` event to the endpoint; the delivery shows in its log. */
  @Post('webhooks/:endpointId/test')
  @HttpCode(202)
  @ZodResponse({ status: 202, type: WebhookDeliveryDto })
  @ApiOperation({ summary: 'Send a test ping to a webhook endpoint' })
  @ApiErrors('NOT_FOUND', 'WEBHOOK_ENDPOINT_DISABLED')
  test(@Param() params: EndpointParamsDto, @CurrentUser() actor: SessionUser) {
    return this.webhooks.sendTest(params.endpointId, actor.id);
  }

  @Get('webhooks/:endpointId/deliveries')
  @ZodResponse({ type: WebhookDeliveryPageDto })
  @ApiOperation({ summary: 'List an endpoint’s deliveries' })
  @ApiErrors('NOT_FOUND')
  deliveries(@Param() params: EndpointParamsDto, @Query() query: DeliveriesQueryDto) {
    return this.webhooks.deliveries(params.endpointId, query);
  }

  @Post('webhook-deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @ZodResponse({ status: 202, type: WebhookDeliveryDto })
  @ApiOperation({ summary: 'Deliver a webhook delivery again' })
  @ApiErrors('NOT_FOUND', 'WEBHOOK_ENDPOINT_DISABLED')
  redeliver(@Param() params: DeliveryParamsDto, @CurrentUser() actor: SessionUser) {
    return this.webhooks.redeliver(params.deliveryId, actor.id);
  }
}
