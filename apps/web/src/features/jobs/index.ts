export { jobQueries, useJobs } from './api/jobs';
export { JobPage } from './components/job-page';
export { JobsPage } from './components/jobs-page';
