"""Migrations: one head, stairway for every revision, every row survives, failures leave no trace.

The machinery walks :func:`backdiary.storage.migrate.revisions`, so a new revision
is covered without touching this file. Failing and table-rebuilding revisions are
injected into a temporary copy of the migrations folder.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from backdiary.demo import generate
from backdiary.paths import AppPaths, bundled
from backdiary.services import DiaryService
from backdiary.storage import migrate
from backdiary.storage.backup import Kind, list_backups
from backdiary.storage.database import open_engine
from backdiary.storage.diary import open_diary
from backdiary.storage.recovery import DiaryProblem, ProblemKind
from backdiary.storage.repository import Repository
from backdiary.storage.schema import SCHEMA_HEAD
from tests.factories import make_entry

REVISIONS = migrate.revisions()
SKIP_TABLES = {"alembic_version", "diary_meta", "sqlite_sequence"}


# ---------------------------------------------------------------------------- helpers
def _conn(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def schema_of(path: Path) -> dict[str, str]:
    """name → CREATE statement of every table, index and trigger (Alembic's own table aside)."""
    with _conn(path) as conn:
        return {
            name: sql
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
            )
            if name != "alembic_version"
        }


def rows_of(path: Path) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """table → {"columns": [...], "rows": [...]} for every data table, rows by rowid."""
    found: dict[str, dict[str, list[Any]]] = {}
    with _conn(path) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] not in SKIP_TABLES
        ]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
            found[table] = {"columns": columns, "rows": rows}
    return found


def assert_sound(path: Path) -> None:
    with _conn(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def revision_of(path: Path) -> str | None:
    with _conn(path) as conn:
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if version is None else str(version[0])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "m.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = open_engine(db_path)
    yield eng
    eng.dispose()


def previous(revision: str) -> str:
    i = REVISIONS.index(revision)
    return REVISIONS[i - 1] if i else "base"


def fill_demo(service: DiaryService) -> None:
    """Demo data plus the awkward cases: emoji, RTL, NULLs, DST-ambiguous times."""
    data = generate(days=400, seed=3, end=date(2025, 11, 30))
    assert data.profile is not None
    service.repo.set_profile(data.profile)
    service.repo.set_pregnancies(data.pregnancies)
    service.add_many(data.entries)
    service.add_entry(make_entry(notes="👩‍👩‍👧 e\u0301 \u202eשלום", episode_duration_min=None))


# ---------------------------------------------------------------------------- the revision chain
def test_schema_head_is_the_single_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [SCHEMA_HEAD]
    assert migrate.head_revision() == SCHEMA_HEAD == REVISIONS[-1]
    assert REVISIONS[0] == "0001" and len(REVISIONS) >= 2


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    """Autogenerate against a diary migrated to head finds nothing to do (pytest-alembic's
    ``model_definitions_match_ddl``): the SQLAlchemy models and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from backdiary.storage.schema import Base

    migrate.upgrade(engine, None)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "render_as_batch": True}
        )
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize("revision", REVISIONS)
def test_stairway_up_down_up(revision: str, engine: Engine, db_path: Path) -> None:
    """Every revision upgrades, downgrades to exactly the schema before it, and upgrades again."""
    before = previous(revision)
    if before != "base":
        migrate.upgrade(engine, None, before)
    schema_before = schema_of(db_path)
    migrate.upgrade(engine, None if before == "base" else before, revision)
    schema_after = schema_of(db_path)
    assert revision_of(db_path) == revision
    assert_sound(db_path)
    migrate.downgrade(engine, before)
    assert schema_of(db_path) == schema_before
    assert revision_of(db_path) == (None if before == "base" else before)
    migrate.upgrade(engine, None if before == "base" else before, revision)
    assert schema_of(db_path) == schema_after
    assert_sound(db_path)


def test_every_row_and_value_survives_each_upgrade(tmp_path: Path) -> None:
    """A diary filled at the first revision is upgraded one revision at a time, losing nothing."""
    # The demo rows are made once at head and copied into a first-revision diary,
    # restricted to the columns that revision has.
    head = AppPaths.resolve(tmp_path / "head")
    head_engine = open_diary(head)
    fill_demo(DiaryService(Repository(head_engine)))
    expected_entries = list(Repository(head_engine).iter_all())
    head_engine.dispose()
    source = rows_of(head.db)

    old = tmp_path / "old.sqlite3"
    engine = open_engine(old)
    migrate.upgrade(engine, None, REVISIONS[0])
    first = rows_of(old)
    with _conn(old) as conn:
        for table, content in first.items():
            columns = [c for c in content["columns"] if c in source[table]["columns"]]
            index = [source[table]["columns"].index(c) for c in columns]
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            conn.executemany(
                f'INSERT INTO "{table}" ({names}) VALUES ({marks})',
                [tuple(row[i] for i in index) for row in source[table]["rows"]],
            )
    original = rows_of(old)
    assert sum(len(t["rows"]) for t in original.values()) > 500
    assert len(original["entry"]["rows"]) == len(expected_entries)
    assert original["medication"]["rows"] and original["finding"]["rows"]
    assert original["pregnancy"]["rows"] and original["profile"]["rows"]

    for revision in REVISIONS[1:]:
        migrate.upgrade(engine, previous(revision), revision)
        assert revision_of(old) == revision
        assert_sound(old)
        now = rows_of(old)
        for table, content in original.items():
            keep = [now[table]["columns"].index(c) for c in content["columns"]]
            assert [tuple(r[i] for i in keep) for r in now[table]["rows"]] == content["rows"], (
                f"{table} changed in {revision}"
            )
    engine.dispose()

    # At head the app reads back exactly the entries it wrote.
    engine = open_engine(old)
    assert list(Repository(engine).iter_all()) == expected_entries
    engine.dispose()


# ---------------------------------------------------------------------------- injected revisions
@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A private copy of the migrations folder to add revisions to."""
    target = tmp_path / "migrations"
    shutil.copytree(bundled("migrations"), target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def add_revision(scripts: Path, revision: str, upgrade_body: str) -> None:
    body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
    source = (
        '"""Injected by a test."""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f"revision = {revision!r}\n"
        f"down_revision = {SCHEMA_HEAD!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade() -> None:\n{body}\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    (scripts / "versions" / f"{revision}_injected.py").write_text(source)


@pytest.fixture
def filled(app_paths: AppPaths) -> Iterator[AppPaths]:
    engine = open_diary(app_paths)
    service = DiaryService(Repository(engine))
    fill_demo(service)
    engine.dispose()
    yield app_paths


def test_failing_migration_leaves_old_schema_and_data(filled: AppPaths, scripts: Path) -> None:
    add_revision(
        scripts,
        "9001",
        """
        op.add_column("entry", sa.Column("mood", sa.Integer(), nullable=True))
        op.execute("UPDATE entry SET nrs = 0")
        raise RuntimeError("bug in migration 9001")
        """,
    )
    schema, rows = schema_of(filled.db), rows_of(filled.db)
    engine = open_engine(filled.db)
    with pytest.raises(RuntimeError, match="9001"):
        migrate.upgrade(engine, SCHEMA_HEAD, script_location=scripts)
    engine.dispose()
    assert schema_of(filled.db) == schema
    assert rows_of(filled.db) == rows
    assert revision_of(filled.db) == SCHEMA_HEAD
    assert_sound(filled.db)

    # Once the bug is fixed the same diary upgrades (not stuck on "duplicate column").
    (scripts / "versions" / "9001_injected.py").unlink()
    add_revision(scripts, "9001", 'op.add_column("entry", sa.Column("mood", sa.Integer()))')
    engine = open_engine(filled.db)
    migrate.upgrade(engine, SCHEMA_HEAD, script_location=scripts)
    engine.dispose()
    assert revision_of(filled.db) == "9001"
    assert "mood" in schema_of(filled.db)["entry"]


def test_open_diary_reports_a_failed_migration_and_keeps_one_backup(
    filled: AppPaths, scripts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_revision(scripts, "9001", 'op.execute("DROP TABLE medication")\nraise ValueError("oops")')
    monkeypatch.setattr(migrate, "bundled", lambda _name: scripts)
    monkeypatch.setattr("backdiary.storage.diary.SCHEMA_HEAD", "9001")
    rows = rows_of(filled.db)
    for _attempt in range(3):
        with pytest.raises(DiaryProblem) as caught:
            open_diary(filled)
        assert caught.value.kind is ProblemKind.MIGRATION_FAILED
        assert "undone completely" in str(caught.value)
    assert rows_of(filled.db) == rows
    kept = [b for b in list_backups(filled.backups) if b.kind is Kind.PRE_MIGRATION]
    assert len(kept) == 1, "retries must not pile up (or rotate out) pre-migration backups"
    assert kept[0].note == f"{SCHEMA_HEAD}-to-9001"
    assert kept[0].entries == len(rows["entry"]["rows"])
    assert str(kept[0].path) in caught.value.full_message()


def test_table_rebuild_keeps_child_rows(filled: AppPaths, scripts: Path) -> None:
    """A batch "move and copy" of entry must not cascade-delete medications and findings."""
    add_revision(
        scripts,
        "9002",
        """
        with op.batch_alter_table("entry", recreate="always") as batch:
            batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))
        """,
    )
    before = rows_of(filled.db)
    engine = open_engine(filled.db)
    migrate.upgrade(engine, SCHEMA_HEAD, script_location=scripts)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    after = rows_of(filled.db)
    assert after["medication"]["rows"] == before["medication"]["rows"]
    assert after["finding"]["rows"] == before["finding"]["rows"]
    assert len(after["entry"]["rows"]) == len(before["entry"]["rows"])
    assert_sound(filled.db)


def test_broken_links_roll_the_migration_back(filled: AppPaths, scripts: Path) -> None:
    add_revision(
        scripts,
        "9003",
        "op.execute(\"INSERT INTO medication (entry_id, position, name) VALUES (999999, 0, 'x')\")",
    )
    rows = rows_of(filled.db)
    engine = open_engine(filled.db)
    with pytest.raises(migrate.ForeignKeyError, match="medication"):
        migrate.upgrade(engine, SCHEMA_HEAD, script_location=scripts)
    engine.dispose()
    assert rows_of(filled.db) == rows
    assert revision_of(filled.db) == SCHEMA_HEAD


# ---------------------------------------------------------------------------- revision 0002
def test_change_token_changes_with_every_kind_of_write(service: DiaryService) -> None:
    engine = service.repo.engine

    def token() -> str:
        with engine.connect() as conn:
            return str(
                conn.exec_driver_sql(
                    "SELECT value FROM diary_meta WHERE key = 'change_token'"
                ).scalar_one()
            )

    seen = {token()}
    entry = make_entry(notes="a")
    service.add_entry(entry)
    seen.add(token())
    service.update_entry(make_entry(id=entry.id, notes="b"))
    seen.add(token())
    service.set_profile(service.profile())
    seen.add(token())
    service.delete_entry(entry.id)
    seen.add(token())
    assert len(seen) == 5
    reads = token()
    service.page()
    service.count()
    assert token() == reads


def test_a_new_diary_records_the_app_version(service: DiaryService) -> None:
    from backdiary import __version__

    with service.repo.engine.connect() as conn:
        version = conn.exec_driver_sql(
            "SELECT value FROM diary_meta WHERE key = 'app_version'"
        ).scalar()
    assert version == __version__
