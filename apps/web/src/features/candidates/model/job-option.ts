/** A job as the pipeline's filters, table and import pick it: the route supplies them. */
export interface JobOption {
  id: string;
  title: string;
}
