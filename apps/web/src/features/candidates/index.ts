export { CandidatesPage } from './components/pipeline/candidates-page';
export { CandidateProfilePage } from './components/profile/candidate-profile-page';
