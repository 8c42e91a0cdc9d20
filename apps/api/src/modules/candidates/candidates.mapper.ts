import { Candidate } from '@calibrate/contracts';

/** A candidates row as the repository reads it. */
export interface CandidateRecord {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  createdAt: Date;
}

export function toCandidate(record: CandidateRecord): Candidate {
  return {
    id: record.id,
    name: record.name,
    email: record.email,
    phone: record.phone,
    createdAt: record.createdAt.toISOString(),
  };
}
