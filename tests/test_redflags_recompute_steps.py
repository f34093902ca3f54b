"""A rule-set upgrade recomputes the warnings a chunk at a time, after the window shows.

``DiaryService.recompute_in_steps`` must store exactly the findings of
``recompute_findings``, keep the diary marked until it has finished (closing midway
loses nothing), and start over when the diary changes while it runs. The main window
runs it from the event loop with a progress bar.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from backdiary.domain.model import Entry, Trigger
from backdiary.domain.redflags import RULESET_VERSION
from backdiary.paths import AppPaths
from backdiary.services import RECOMPUTE_PENDING_KEY, DiaryService

TZ = timezone(timedelta(hours=1))
START = datetime(2026, 1, 5, 9, 0, tzinfo=TZ)


def _fill(service: DiaryService, count: int = 300, seed: int = 2) -> list[Entry]:
    rng = random.Random(seed)
    entries = [
        Entry(
            timestamp=START + timedelta(hours=7 * i + rng.choice([0, 0, 1])),
            nrs=rng.choice([0, 3, 4, 5, 6, 7, 8]),
            trigger=rng.choice(list(Trigger)),
            night_pain=rng.random() < 0.05,
        )
        for i in range(count)
    ]
    service.add_many(entries)
    return entries


def _snapshot(service: DiaryService) -> dict[str, set[tuple[str, str, tuple[str, ...], bool]]]:
    return {
        e.id: {(f.rule, f.urgency, f.evidence, f.acknowledged) for f in service.findings(e.id)}
        for e in service.entries()
    }


def _make_stale(service: DiaryService) -> None:
    """What a diary looks like after an upgrade: old version, some findings wrong or lost."""
    with service.repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE finding SET ruleset_version = 'old-1'")
        conn.exec_driver_sql("DELETE FROM finding WHERE id % 3 = 0")
        conn.exec_driver_sql("UPDATE finding SET evidence = '[\"stale\"]' WHERE id % 3 = 1")


def test_stepwise_recompute_stores_what_recompute_findings_stores(service: DiaryService) -> None:
    entries = _fill(service)
    flagged = next(e for e in entries if service.findings(e.id))
    rule = service.findings(flagged.id)[0].rule
    service.acknowledge(flagged.id, rule)
    expected = _snapshot(service)
    assert sum(bool(v) for v in expected.values()) > 20
    _make_stale(service)
    assert service.stale_findings_pending()
    steps = list(service.recompute_in_steps(chunk=40))
    assert len(steps) == 8 and steps[-1] == (300, 300)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)
    assert not service.stale_findings_pending()
    got = _snapshot(service)
    assert got == expected or {k: v for k, v in got.items() if k != flagged.id} == {
        k: v for k, v in expected.items() if k != flagged.id
    }
    assert all(f.ruleset_version == RULESET_VERSION for f in service.findings(flagged.id))


def test_closing_midway_leaves_the_diary_marked_for_the_next_start(service: DiaryService) -> None:
    _fill(service)
    expected = _snapshot(service)
    with service.repo.engine.begin() as conn:  # entries of the second half lost theirs
        conn.exec_driver_sql("UPDATE finding SET ruleset_version = 'old-1'")
        conn.exec_driver_sql("DELETE FROM finding WHERE entry_id > (SELECT max(id) / 2 FROM entry)")
    steps = service.recompute_in_steps(chunk=50)
    next(steps)
    next(steps)
    steps.close()  # the app was closed
    # Every stale finding left may be gone by now; the marker still says "not done".
    with service.repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE finding SET ruleset_version = ?", (RULESET_VERSION,))
    assert service.repo.meta_value(RECOMPUTE_PENDING_KEY) == RULESET_VERSION
    assert service.stale_findings_pending()
    assert service.refresh_stale_findings()  # the next start (or the command line)
    assert not service.stale_findings_pending()
    assert _snapshot(service) == expected


def test_a_save_while_it_runs_starts_it_over(service: DiaryService) -> None:
    entries = _fill(service)
    _make_stale(service)
    steps = service.recompute_in_steps(chunk=50)
    first = [next(steps), next(steps)]
    assert first[-1] == (100, 300)
    # A backdated pain entry changes the history of the entries after it.
    service.add_entry(
        Entry(timestamp=entries[20].timestamp + timedelta(minutes=3), nrs=9, night_pain=True)
    )
    service.update_entry(dataclasses.replace(entries[200], nrs=0))
    rest = list(steps)
    assert rest[0] == (50, 301) and rest[-1] == (301, 301)
    got = _snapshot(service)
    service.recompute_findings()
    assert got == _snapshot(service)
    assert not service.stale_findings_pending()


def test_the_window_paints_first_and_shows_progress(
    qtbot: QtBot, service: DiaryService, app_paths: AppPaths
) -> None:
    from backdiary.ui.mainwindow import MainWindow

    _fill(service, count=600)
    expected = _snapshot(service)
    _make_stale(service)
    shown_at_first_step: list[bool] = []
    stepwise = service.recompute_in_steps

    def watched(chunk: int = 500) -> Iterator[tuple[int, int]]:
        for i, step in enumerate(stepwise(chunk=100)):
            if i == 0:
                shown_at_first_step.append(window.isVisible())
            yield step

    service.recompute_in_steps = watched  # type: ignore[method-assign]
    window = MainWindow(service, app_paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: hasattr(window, "findings_progress"), timeout=5000)
    assert window.findings_progress_label.text() == "Updating warnings for the new rule set…"
    qtbot.waitUntil(lambda: not service.stale_findings_pending(), timeout=20000)
    qtbot.waitUntil(lambda: not window.findings_progress.isVisible(), timeout=5000)
    assert shown_at_first_step == [True]
    assert window.findings_progress.value() == window.findings_progress.maximum() == 600
    assert _snapshot(service) == expected


def test_saves_read_history_from_memory_with_the_same_findings(
    service: DiaryService, app_paths: AppPaths
) -> None:
    """The in-memory window of history_for gives the rows the database gives.

    Saves of new entries, backdated ones, edits, deletes and a write by another
    connection (the command line while the window is open) all keep the findings of
    each save equal to those computed by a fresh service reading the database.
    """
    from backdiary.storage.diary import open_diary
    from backdiary.storage.repository import Repository

    other = DiaryService(Repository(open_diary(app_paths)))
    rng = random.Random(8)
    at = START
    saved: list[Entry] = []
    for i in range(160):
        at += timedelta(minutes=rng.choice([5, 30, 300, 900, 3000]))
        when = at if rng.random() < 0.85 else at - timedelta(days=rng.randint(0, 20))
        entry = Entry(
            timestamp=when,
            nrs=rng.choice([0, 2, 4, 5, 6, 7, 8]),
            trigger=rng.choice([Trigger.NONE, Trigger.UNKNOWN, Trigger.LIFTING]),
        )
        result = service.add_entry(entry)
        fresh = DiaryService(service.repo)  # no in-memory window: reads the database
        assert {(f.rule, f.evidence) for f in result.findings} == {
            (f.rule, f.evidence) for f in fresh.evaluate(result.entry)
        }
        saved.append(result.entry)
        if i % 40 == 10:
            service.update_entry(dataclasses.replace(rng.choice(saved), nrs=0))
        if i % 40 == 20:
            service.delete_entry(saved.pop(rng.randrange(len(saved))).id)
        if i % 40 == 30:  # another connection writes: the window must notice
            other.add_entry(Entry(timestamp=at + timedelta(minutes=1), nrs=9))
            at += timedelta(minutes=2)
    assert service._recent is not None
    other.repo.engine.dispose()
