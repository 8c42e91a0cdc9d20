import { Capability } from '@calibrate/contracts';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { SessionUser } from './session-user';

export const PUBLIC_ROUTE = 'calibrate:public';

/** Reachable without a session: health, readiness, login, docs. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The signed-in user (routes that are not @Public always have one). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser => {
    const user = context.switchToHttp().getRequest<FastifyRequest>().user;
    if (!user) throw new Error('CurrentUser used on a public route');
    return user;
  },
);

export const REQUIRED_CAPABILITY = 'calibrate:capability';

/** Only roles holding this capability (the table in contracts) may call the route (403 otherwise). */
export const Requires = (capability: Capability) => SetMetadata(REQUIRED_CAPABILITY, capability);
