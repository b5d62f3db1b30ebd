"""What a patient sees, Qt-free: both the printed documents (``pdf/``) and the window
(``ui/``) render from here, so a figure reads the same on paper and on screen.

- ``formatting``: numbers and dates in the record's language (Babel, CLDR data);
- ``wording``: what a function here is handed (``Wording``: the catalog's wording in one
  language, with its numbers and dates);
- ``figures``: a risk's or an outcome's figure in words, and its picture's counts;
- ``next_steps``: a next step as the patient reads it ("Kind: words (on 3 March 2027)");
- ``comparison``: the options compared (the therapies discussed, then current care) and
  the rows of the side-by-side table.

Nothing here imports Qt, the database or ``pdf`` (``tests/test_layering.py``).
"""
