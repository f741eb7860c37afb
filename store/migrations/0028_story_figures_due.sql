-- The stories whose figures are to be compared whole at their next article's merge (jobs/joinStoryFigures.ts): a
-- placement that moved articles into a story other than its own article's names it here, and that story's next
-- article reads all its figure claims rather than those of its own figures' values. A row whose story has since been
-- renamed or joined is dead weight only: its name is gone, or it costs one whole comparison.
CREATE TABLE story_figures_due (story_id text PRIMARY KEY);
