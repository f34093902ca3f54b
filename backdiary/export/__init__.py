"""Exports and imports without Qt: the PDF report, CSV, and private file writing.

* :mod:`.summary`: the report's summary numbers, a pure function over entries;
* :mod:`.report`: the multi-page PDF report (matplotlib, vector, headless);
* :mod:`.report_chart`: the report's chart page;
* :mod:`.csvio`: backdiary's own CSV and other apps' CSVs through a column mapping;
* :mod:`.files`: writing exports 0600 and atomically, size-limited reading, deleting a diary.

Nothing here imports Qt, SQLAlchemy or the storage layer, so every export is testable
headless and scriptable; the command line and the window gather the data through
:class:`~backdiary.services.DiaryService` and pass plain domain values in.
"""
