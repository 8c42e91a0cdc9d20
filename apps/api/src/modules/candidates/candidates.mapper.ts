import { Candidate } from '@calibrate/contracts';

import { CandidateEntity } from './candidate.entity';

export type CandidateRecord = Pick<
  CandidateEntity,
  'id' | 'name' | 'email' | 'phone' | 'createdAt'
>;

export function toCandidate(record: CandidateRecord): Candidate {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    phone: record.phone,
    createdAt: record.createdAt.toISOString(),
  };
}
