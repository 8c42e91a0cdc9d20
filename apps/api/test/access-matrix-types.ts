import { Rubric, RubricVersion } from '@calibrate/contracts';
import request from 'supertest';

import { Client, TestApp } from './test-app';

export type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';
export type Who = Role | 'anonymous';

/** The objects every row of the matrix points at. */
export interface World {
  users: Record<Role, string>;
  rubric: Rubric;
  version: RubricVersion;
  /** A job the manager manages, a candidate in it, a round on which the interviewer and the manager sit. */
  job: string;
  candidate: string;
  round: string;
  interviewerScorecard: string;
  /** Another job, candidate and round none of them manages or sits on. */
  otherJob: string;
  otherCandidate: string;
  otherRound: string;
  thirdCandidate: string;
  declinable: string;
  q1: string;
}

export interface Row {
  route: string;
  /** Sends the request as `client` (undefined: anonymous). */
  send: (client: Client | undefined, world: World) => Promise<request.Response>;
  expect: Record<Who, number>;
}

export const missing = '00000000-0000-4000-8000-000000000000';
export const all = (status: number, anonymous = 401): Record<Who, number> => ({
  anonymous,
  admin: status,
  recruiter: status,
  hiring_manager: status,
  interviewer: status,
});
export const only = (allowed: Role[], ok: number, refused = 403): Record<Who, number> => ({
  anonymous: 401,
  admin: allowed.includes('admin') ? ok : refused,
  recruiter: allowed.includes('recruiter') ? ok : refused,
  hiring_manager: allowed.includes('hiring_manager') ? ok : refused,
  interviewer: allowed.includes('interviewer') ? ok : refused,
});

/** What the rows need from the spec: the app, a request as a client, unique values, versions. */
export interface MatrixContext {
  t: () => TestApp;
  call: (
    client: Client | undefined,
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
  ) => request.Test;
  unique: () => string;
  candidateVersion: (id: string) => Promise<string>;
}
