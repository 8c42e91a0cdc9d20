import { QueryClient } from '@tanstack/react-query';
import { LoaderFunctionArgs } from 'react-router';

/**
 * What a screen starts loading as soon as its chunk has arrived, before it renders and without
 * waiting for it (the router's loader for the route, see router.tsx): requests that would
 * otherwise start only after the signed-in user is known and the screen has rendered once.
 */
export type ScreenPrefetch = (queryClient: QueryClient, args: LoaderFunctionArgs) => void;
