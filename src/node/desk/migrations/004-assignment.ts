// Who an article was sent to on the desk, with the columnist's note: the editor's desk view
// filters by it and the columnist's article shows who has it.
import type { DeskMigration } from './types'

export const m004Assignment: DeskMigration = {
  version: 4,
  name: 'assignment',
  async up(q) {
    await q.exec(`
      ALTER TABLE desk_articles ADD COLUMN assigned_to BIGINT REFERENCES desk_users (id);
      ALTER TABLE desk_articles ADD COLUMN sent_note TEXT;
      CREATE INDEX desk_articles_assigned ON desk_articles (assigned_to);
    `)
  }
}
