// Who an article was sent to on the desk, with the columnist's note: the editor's desk view
// filters by it and the columnist's article shows who has it.
import { sqlStep } from './types'

export const m004Assignment = sqlStep(
  4,
  'assignment',
  `
      ALTER TABLE desk_articles ADD COLUMN assigned_to BIGINT REFERENCES desk_users (id);
      ALTER TABLE desk_articles ADD COLUMN sent_note TEXT;
      CREATE INDEX desk_articles_assigned ON desk_articles (assigned_to);
    `
)
