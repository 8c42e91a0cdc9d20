import {
  QuestionBankItem,
  Rubric,
  RubricContent,
  RubricVersion,
  RubricVersionSummary,
} from '@calibrate/contracts';

import { QuestionBankRow, RubricRow, VersionContentRows, VersionRow } from './rubrics.repository';

export function toVersionSummary(row: VersionRow): RubricVersionSummary {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    publishedAt: row.published_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    roundCount: row.round_count,
  };
}

export function toRubric(row: RubricRow, versions: VersionRow[]): Rubric {
  const current = versions.find((version) => version.status === 'published');
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    createdAt: row.created_at.toISOString(),
    currentVersionId: current?.id ?? null,
    versions: versions.map(toVersionSummary),
  };
}

export function toRubricVersion(row: VersionRow, content: VersionContentRows): RubricVersion {
  return {
    ...toVersionSummary(row),
    rubricId: row.rubric_id,
    rubricName: row.rubric_name,
    updatedAt: row.updated_at.toISOString(),
    revision: row.revision,
    categories: content.categories.map((category) => ({
      id: category.id,
      lineageId: category.lineage_id,
      position: category.position,
      name: category.name,
      description: category.description,
      weight: Number(category.weight),
      questions: content.questions
        .filter((question) => question.category_id === category.id)
        .map((question) => ({
          id: question.id,
          lineageId: question.lineage_id,
          position: question.position,
          text: question.text,
          guidance: question.guidance,
          anchors: question.anchors,
          followUps: question.follow_ups,
          knockOutMinRating: question.knock_out_min_rating,
        })),
    })),
  };
}

/** A version's content in the shape an edit sends, for rule checks and audit before/after. */
export function toContent(version: RubricVersion): RubricContent {
  return {
    categories: version.categories.map((category) => ({
      id: category.id,
      name: category.name,
      description: category.description,
      weight: category.weight,
      questions: category.questions.map((question) => ({
        id: question.id,
        text: question.text,
        guidance: question.guidance,
        anchors: question.anchors,
        followUps: question.followUps,
        knockOutMinRating: question.knockOutMinRating,
      })),
    })),
  };
}

export function toQuestionBankItem(row: QuestionBankRow): QuestionBankItem {
  return {
    questionId: row.question_id,
    text: row.text,
    guidance: row.guidance,
    anchors: row.anchors,
    followUps: row.follow_ups,
    categoryName: row.category_name,
    rubricId: row.rubric_id,
    rubricName: row.rubric_name,
    versionId: row.version_id,
    version: row.version,
    versionStatus: row.status,
  };
}
