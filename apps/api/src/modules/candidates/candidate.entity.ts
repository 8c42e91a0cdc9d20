import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity({ name: 'candidates' })
// Managed by migrations only (TypeORM cannot describe DESC or trigram indexes); declared so that
// the drift check knows they belong.
@Index('candidates_created_at_id_idx', { synchronize: false })
@Index('candidates_search_trgm_idx', { synchronize: false })
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Stored lower-cased (the contract normalises it), unique. */
  @Index('candidates_email_key', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
