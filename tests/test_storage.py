from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from backdiary.domain.model import (
    Bleeding,
    LegExtent,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Pregnancy,
    Profile,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
)
from backdiary.paths import AppPaths
from backdiary.services import DiaryService
from backdiary.storage.database import writer
from backdiary.storage.diary import open_diary, read_revision
from backdiary.storage.repository import EntryQuery, SortKey
from backdiary.storage.schema import APPLICATION_ID, SCHEMA_HEAD
from tests.factories import make_entry


def test_new_diary_is_created_at_head_through_alembic(app_paths: AppPaths) -> None:
    engine = open_diary(app_paths)
    assert read_revision(engine) == SCHEMA_HEAD
    with sqlite3.connect(app_paths.db) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"entry", "medication", "profile", "pregnancy", "finding", "alembic_version"} <= tables
    engine.dispose()


def test_schema_head_matches_migrations() -> None:
    from backdiary.storage import migrate

    assert migrate.head_revision() == SCHEMA_HEAD


def test_connection_settings(service: DiaryService) -> None:
    with service.repo.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


def test_entry_time_is_indexed(service: DiaryService) -> None:
    with service.repo.engine.connect() as conn:
        plan = conn.execute(
            text("EXPLAIN QUERY PLAN SELECT * FROM entry WHERE instant > 0 ORDER BY instant")
        ).all()
    assert any("ix_entry_instant" in str(row) for row in plan)


def test_every_field_round_trips(service: DiaryService) -> None:
    entry = make_entry(
        nrs=7,
        episode_duration_min=12.5,
        onset=Onset.SUDDEN,
        trigger=Trigger.LIFTING,
        factors=("stress", "🧳 suitcase"),
        pain_locations=frozenset({Location.LOWER_BACK, Location.RIGHT_LEG}),
        pain_qualities=frozenset({Quality.SHARP, Quality.ELECTRIC}),
        nerve_symptoms=frozenset({NerveSymptom.TINGLING}),
        leg_symptoms=LegExtent.ONE_LEG,
        leg_weakness=LegExtent.BOTH_LEGS,
        saddle_numbness=True,
        bladder_change=True,
        temperature_c=38.2,
        fever=True,
        urinary_symptoms=frozenset({UrinarySymptom.DYSURIA}),
        diarrhea=True,
        pregnant=True,
        gestational_weeks=22,
        pregnancy_explicit=True,
        vaginal_bleeding=Bleeding.SPOTTING,
        preeclampsia_signs=frozenset({PreeclampsiaSign.VISION_CHANGES}),
        medications=(
            Medication("ibuprofen", 400.0, "mg", datetime(2025, 3, 3, 9, 30)),
            Medication("Paracetamol", None, None, None, False),
        ),
        nsaid_taken=True,
        relief=("heat",),
        relief_helped=ReliefHelped.SOMEWHAT,
        notes="Emoji 😀, combining e\u0301, RTL שלום, " + "long " * 1900,
    )
    service.add_entry(entry)
    assert service.get_entry(entry.id) == entry


def test_wall_time_and_offset_survive_daylight_saving(service: DiaryService) -> None:
    bst, gmt = timezone(timedelta(hours=1)), UTC
    before = make_entry(timestamp=datetime(2025, 10, 26, 1, 45, tzinfo=bst), nrs=3)
    after = make_entry(timestamp=datetime(2025, 10, 26, 1, 15, tzinfo=gmt), nrs=5)
    service.add_entry(after)
    service.add_entry(before)
    ordered = service.entries()
    assert [e.id for e in ordered] == [before.id, after.id]
    assert all(e.local_date == date(2025, 10, 26) for e in ordered)
    assert service.get_entry(before.id).timestamp.utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE entry SET nrs = 11",
        "UPDATE entry SET trigger = 'gravity'",
        "UPDATE entry SET locations = 9999",
        "UPDATE entry SET notes = NULL",
        "UPDATE entry SET factors = 'not json'",
        "UPDATE entry SET fever = 2",
        "UPDATE entry SET gestational_weeks = 20, pregnant = 0",
        "UPDATE entry SET local_time = 'yesterday'",
    ],
)
def test_database_constraints_reject_bad_rows(service: DiaryService, sql: str) -> None:
    service.add_entry(make_entry())
    with pytest.raises(IntegrityError), writer(service.repo.engine).begin() as conn:
        conn.execute(text(sql))


def test_foreign_keys_cascade_medications_and_findings(service: DiaryService) -> None:
    e = make_entry(saddle_numbness=True, medications=(Medication("naproxen"),))
    service.add_entry(e)
    service.delete_entry(e.id)
    with service.repo.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM medication")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM finding")).scalar() == 0


def test_paging_sorting_and_filtering_happen_in_sql(service: DiaryService) -> None:
    base = datetime(2025, 1, 1, 8, 0)
    service.add_many(
        make_entry(timestamp=base + timedelta(days=i), nrs=i % 11, notes=f"day {i}")
        for i in range(450)
    )
    assert service.count() == 450
    first = service.page(limit=200)
    assert len(first) == 200
    assert first[0].entry.local_time == base + timedelta(days=449)
    by_nrs = service.page(sort=SortKey.NRS, descending=True, limit=5)
    assert {le.entry.nrs for le in by_nrs} == {10}
    query = EntryQuery(date(2025, 1, 10), date(2025, 1, 19), "day 1")
    assert service.count(query) == 9  # days 10–18 (day 9 has no "day 1")
    assert service.count(EntryQuery(text="day 44")) == 11  # day 44, 440-449


def test_findings_are_stored_with_ruleset_version(service: DiaryService) -> None:
    from backdiary.domain.redflags import RULESET_VERSION

    result = service.add_entry(make_entry(saddle_numbness=True))
    assert result.highest == "emergency"
    stored = service.findings(result.entry.id)
    assert stored[0].rule == "CES"
    assert stored[0].ruleset_version == RULESET_VERSION
    assert service.page()[0].urgency == "emergency"


def test_editing_recomputes_findings(service: DiaryService) -> None:
    import dataclasses

    result = service.add_entry(make_entry(chest_pain=True))
    assert service.findings(result.entry.id)[0].rule == "CHEST_PAIN"
    service.update_entry(dataclasses.replace(result.entry, chest_pain=False))
    assert [f.rule for f in service.findings(result.entry.id)] == []


def test_profile_change_recomputes_findings(service: DiaryService) -> None:
    result = service.add_entry(make_entry(nrs=5))
    assert service.findings(result.entry.id) == []
    service.set_profile(Profile(history_of_cancer=True))
    assert [f.rule for f in service.findings(result.entry.id)] == ["CANCER_HISTORY"]


def test_pregnancy_weeks_are_derived_and_follow_edits(service: DiaryService) -> None:
    e = make_entry(timestamp=datetime(2025, 6, 2, 9, 0))
    service.add_entry(e)
    assert not service.get_entry(e.id).pregnant  # type: ignore[union-attr]
    service.set_pregnancies([Pregnancy(due_date=date(2025, 9, 1))])
    stored = service.get_entry(e.id)
    assert stored is not None and stored.pregnant and stored.gestational_weeks == 27
    service.set_pregnancies([Pregnancy(due_date=date(2025, 9, 15))])
    assert service.get_entry(e.id).gestational_weeks == 25  # type: ignore[union-attr]


def test_delete_then_restore_keeps_the_entry(service: DiaryService) -> None:
    e = make_entry(notes="keep me")
    service.add_entry(e)
    deleted = service.delete_entry(e.id)
    assert service.count() == 0
    service.restore_entry(deleted)
    assert service.get_entry(e.id) == e


def test_duplicate_id_is_refused(service: DiaryService) -> None:
    e = make_entry()
    service.add_entry(e)
    with pytest.raises(ValueError, match="already exists"):
        service.add_entry(e)
    assert service.count() == 1


def test_used_tags_count_in_sql(service: DiaryService) -> None:
    service.add_many(
        [make_entry(factors=("stress",)), make_entry(factors=("stress", "cold")), make_entry()]
    )
    assert service.used_tags("factors") == [("stress", 2), ("cold", 1)]


def test_diary_survives_reopening(app_paths: AppPaths) -> None:
    from backdiary.storage.repository import Repository

    engine = open_diary(app_paths)
    e = make_entry(notes="persist")
    DiaryService(Repository(engine)).add_entry(e)
    engine.dispose()
    engine = open_diary(app_paths)
    assert DiaryService(Repository(engine)).get_entry(e.id) == e
    engine.dispose()


def test_data_folder_and_file_are_private(app_paths: AppPaths) -> None:
    engine = open_diary(app_paths)
    assert app_paths.data.stat().st_mode & 0o777 == 0o700
    assert app_paths.db.stat().st_mode & 0o777 == 0o600
    engine.dispose()


def test_findings_from_an_older_rule_set_are_recomputed(service: DiaryService) -> None:
    result = service.add_entry(make_entry(chest_pain=True))
    with writer(service.repo.engine).begin() as conn:
        conn.execute(text("UPDATE finding SET ruleset_version = 'old', rule = 'NIGHT_PAIN'"))
    assert service.refresh_stale_findings() is True
    [finding] = service.findings(result.entry.id)
    assert finding.rule == "CHEST_PAIN"
    assert service.refresh_stale_findings() is False
