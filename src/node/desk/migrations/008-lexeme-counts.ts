// Desk search at 1,000,000 articles (issue 14): a common word's search spent its time turning the
// GIN index's posting list into a bitmap (227,000 entries for «الرياض», 30 ms; a prefix's several
// lists, 90 ms) only to count its first 10,001 matches, which the user sees as "more than
// 10,000". desk_lexemes keeps, for every lexeme of desk_search's vectors, how many articles hold
// it, exactly: a trigger on desk_search adds and removes each row's lexemes in the writer's own
// transaction (an edit changes a handful; writers already queue on the desk's write lock, and the
// upsert goes in lexeme order all the same). A word held by more articles than the count's cap is
// then known to be past it without the bitmap (../search-plan.ts). The key is in the "C"
// collation, the byte order tsquery prefixes use, so a prefix is a range of the primary key.
// Lexemes no article holds any more stay with a count of 0. The table is filled from the vectors
// already there (ts_stat: one pass, in the migration's transaction).
import { sqlStep } from './types'

/** Counts every lexeme of desk_search again, from the vectors (also used by the scale benchmark's bulk build). */
export const RECOUNT_LEXEMES = `
      DELETE FROM desk_lexemes;
      INSERT INTO desk_lexemes (lexeme, articles) SELECT word, ndoc FROM ts_stat('SELECT search_terms FROM desk_search');
    `

export const m008LexemeCounts = sqlStep(
  8,
  'lexeme counts',
  `
      CREATE TABLE desk_lexemes (
        lexeme TEXT COLLATE "C" PRIMARY KEY,
        articles INTEGER NOT NULL
      );
      ${RECOUNT_LEXEMES}
      CREATE FUNCTION desk_count_lexemes() RETURNS trigger LANGUAGE plpgsql AS $count$
      BEGIN
        INSERT INTO desk_lexemes (lexeme, articles)
        SELECT lexeme, sum(d) FROM (
          SELECT unnest(tsvector_to_array(NEW.search_terms)) AS lexeme, 1 AS d WHERE TG_OP <> 'DELETE'
          UNION ALL
          SELECT unnest(tsvector_to_array(OLD.search_terms)), -1 WHERE TG_OP <> 'INSERT'
        ) change
        GROUP BY lexeme HAVING sum(d) <> 0 ORDER BY lexeme
        ON CONFLICT (lexeme) DO UPDATE SET articles = desk_lexemes.articles + excluded.articles;
        RETURN NULL;
      END
      $count$;
      CREATE TRIGGER desk_search_lexemes AFTER INSERT OR DELETE OR UPDATE OF search_terms ON desk_search
        FOR EACH ROW EXECUTE FUNCTION desk_count_lexemes();
    `
)
