-- A figure's marks (issue 16): which of several like figures it is, not what it counts (extract/types.ts FigureMarks),
-- as JSON: {"quake": 7.6} for the magnitude of the quake its sentence tells of, {"inSentence": "2/2"} for which of the
-- figures alike in its sentence it is; null when nothing marks it. Merging reads them (dedupe/decideMerge.ts); they
-- were kept inside the unit's bracket ("people (killed; quake of magnitude 7.6)"), and so printed with it by the CLI,
-- the page and the exports. A mention keeps them, and so does each variant of a claim, which merging compares on its own.
ALTER TABLE mentions ADD COLUMN figure_marks jsonb;
ALTER TABLE claim_variants ADD COLUMN figure_marks jsonb;
-- The marks stored in units move to the new column, and the units are printed clean again. A mark is always in the
-- unit's final bracket, after what is counted ("people (killed; quake of magnitude 7.6; figure 1 of 2 alike in its
-- sentence)"), or alone in it ("% (figure 2 of 2 alike in its sentence)"). A variant keeps its hash: its natural key
-- holds the marks as these units printed them (dedupe/planMerges.ts variantHash). Claims' units never held them.
CREATE TEMP TABLE figure_mark_units ON COMMIT DROP AS
  SELECT marked,
         nullif(regexp_replace(
           regexp_replace(marked, ';\s*(quake of magnitude [0-9]+\.?[0-9]*|figure [0-9]+ of [0-9]+ alike in its sentence)', '', 'g'),
           '\s*\((quake of magnitude [0-9]+\.?[0-9]*|figure [0-9]+ of [0-9]+ alike in its sentence)\)\s*$', ''), '') AS unit,
         jsonb_strip_nulls(jsonb_build_object(
           'quake', substring(marked from 'quake of magnitude ([0-9]+\.?[0-9]*)')::double precision,
           'inSentence', replace(substring(marked from 'figure ([0-9]+ of [0-9]+) alike in its sentence'), ' of ', '/'))) AS marks
  FROM (SELECT unit AS marked FROM mentions WHERE kind = 'number' UNION SELECT unit FROM claim_variants) AS units
  WHERE marked ~ '(quake of magnitude [0-9]|figure [0-9]+ of [0-9]+ alike in its sentence)[^()]*\)\s*$';
UPDATE mentions m SET unit = f.unit, figure_marks = f.marks FROM figure_mark_units f WHERE m.kind = 'number' AND m.unit = f.marked;
UPDATE claim_variants v SET unit = f.unit, figure_marks = f.marks FROM figure_mark_units f WHERE v.unit = f.marked;
