// What each push carried, kept with its log entry, so that a later change "grown from" it
// (pushChange.baseChange: the client never heard the answer, or heard it while editing) merges
// from the very text the client had, not from an older desk version: a lost answer then costs
// no spurious conflict. base_change links such a change to the one it grew from; n orders the
// log (the latest of a client's changes grown from one reference is the best base).
import { sqlStep } from './types'

export const m003ChangeContent = sqlStep(
  3,
  'change content',
  `
      ALTER TABLE desk_changes ADD COLUMN content JSONB;
      ALTER TABLE desk_changes ADD COLUMN base_change TEXT;
      ALTER TABLE desk_changes ADD COLUMN n BIGSERIAL;
      CREATE INDEX desk_changes_base_change ON desk_changes (base_change) WHERE base_change IS NOT NULL;
    `
)
