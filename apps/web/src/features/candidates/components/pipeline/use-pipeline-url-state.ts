import { useSearchParams } from 'react-router';

import {
  PipelineView,
  readPipelineView,
  withoutScores,
  writePipelineView,
} from '../../model/pipeline-view';

/**
 * The pipeline's view (layout, filters, sort) as it lives in the URL, so a view can be shared.
 * Changes replace the history entry rather than adding one per keystroke or click.
 */
export function usePipelineUrlState(showScores: boolean) {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = showScores
    ? readPipelineView(searchParams)
    : withoutScores(readPipelineView(searchParams));
  const setView = (next: Partial<PipelineView>) =>
    setSearchParams(writePipelineView({ ...view, ...next }), { replace: true });
  return { view, setView };
}
