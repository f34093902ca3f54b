"""The SQLite schema as SQLAlchemy 2.x typed declarative classes.

Row classes (``EntryRow``, ``MedicationRow`` …) never leave ``backdiary.storage``:
:mod:`backdiary.storage.convert` turns them into domain objects at the boundary.
Constraints live in the database too (CHECK on ranges and enumerations, NOT NULL),
so a row written by any tool is held to the same rules as the form.

Set-valued fields with a fixed vocabulary (locations, qualities, nerve and urinary
symptoms, pre-eclampsia signs) are stored as bit masks: compact, constrained by a
CHECK, and countable in SQL (``SUM(locations & 1 != 0)``). Free tags (factors,
relief) are JSON arrays, checked to be JSON arrays.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from backdiary.domain.model import (
    MAX_NOTES_CHARS,
    Bleeding,
    LegExtent,
    Location,
    NerveSymptom,
    Onset,
    PreeclampsiaSign,
    Quality,
    ReliefHelped,
    Trigger,
    UrinarySymptom,
)
from backdiary.storage.ident import APPLICATION_ID as APPLICATION_ID  # re-exported
from backdiary.storage.ident import SCHEMA_HEAD as SCHEMA_HEAD  # re-exported

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with named constraints (Alembic batch mode needs the names)."""

    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, enum: type[StrEnum]) -> str:
    values = ", ".join(f"'{m.value}'" for m in enum)
    return f"{column} IN ({values})"


def _mask(column: str, enum: type[StrEnum]) -> str:
    return f"{column} BETWEEN 0 AND {(1 << len(enum)) - 1}"


def _bool(column: str) -> str:
    return f"{column} IN (0, 1)"


_BOOLS = (
    "saddle_numbness", "bladder_change", "bowel_change", "sexual_dysfunction_new", "fever",
    "weight_loss_unexplained", "night_pain", "chest_pain", "back_lump_or_deformity", "diarrhea",
    "pregnant", "pregnancy_explicit", "fluid_leak", "pelvic_pressure", "shoulder_tip_pain",
    "one_sided_lower_abdominal_pain", "dizzy_or_faint", "reduced_fetal_movements",
)  # fmt: skip


class EntryRow(Base):
    """One cramp episode or pain-free check-in."""

    __tablename__ = "entry"
    __table_args__ = (
        CheckConstraint("nrs BETWEEN 0 AND 10", name="nrs_range"),
        CheckConstraint(
            "local_time GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*'",
            name="local_time_iso",
        ),
        CheckConstraint("utc_offset_min BETWEEN -1080 AND 1080", name="offset_range"),
        CheckConstraint("duration_min >= 0", name="duration_nonneg"),
        CheckConstraint(_in("onset", Onset), name="onset_enum"),
        CheckConstraint(_in("trigger", Trigger), name="trigger_enum"),
        CheckConstraint("factors GLOB '[[]*[]]'", name="factors_json"),
        CheckConstraint(_mask("locations", Location), name="locations_mask"),
        CheckConstraint(_mask("qualities", Quality), name="qualities_mask"),
        CheckConstraint(_mask("nerve_symptoms", NerveSymptom), name="nerve_mask"),
        CheckConstraint(_in("leg_symptoms", LegExtent), name="leg_symptoms_enum"),
        CheckConstraint(_in("leg_weakness", LegExtent), name="leg_weakness_enum"),
        CheckConstraint("temperature_c BETWEEN 30 AND 45", name="temperature_range"),
        CheckConstraint(_mask("urinary_symptoms", UrinarySymptom), name="urinary_mask"),
        CheckConstraint("gestational_weeks BETWEEN 0 AND 45", name="weeks_range"),
        CheckConstraint("gestational_weeks IS NULL OR pregnant = 1", name="weeks_need_pregnancy"),
        CheckConstraint(_in("vaginal_bleeding", Bleeding), name="bleeding_enum"),
        CheckConstraint(_mask("preeclampsia_signs", PreeclampsiaSign), name="preeclampsia_mask"),
        CheckConstraint(_bool("nsaid_taken"), name="nsaid_taken_bool"),
        CheckConstraint("relief GLOB '[[]*[]]'", name="relief_json"),
        CheckConstraint(_in("relief_helped", ReliefHelped), name="relief_helped_enum"),
        CheckConstraint(f"length(notes) <= {MAX_NOTES_CHARS}", name="notes_length"),
        *(CheckConstraint(_bool(c), name=f"{c}_bool") for c in _BOOLS),
        Index("ix_entry_instant", "instant"),
        Index("ix_entry_local_time_nrs", "local_time", "nrs"),
    )

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(64), unique=True)
    local_time: Mapped[str] = mapped_column(String(32))
    utc_offset_min: Mapped[int | None] = mapped_column(Integer)
    instant: Mapped[float] = mapped_column(Float)
    nrs: Mapped[int] = mapped_column(Integer)
    duration_min: Mapped[float | None] = mapped_column(Float)
    onset: Mapped[str | None] = mapped_column(String(16))
    trigger: Mapped[str] = mapped_column(String(20), server_default="none")
    factors: Mapped[str] = mapped_column(Text, server_default="[]")
    locations: Mapped[int] = mapped_column(Integer, server_default="1")
    qualities: Mapped[int] = mapped_column(Integer, server_default="0")
    nerve_symptoms: Mapped[int] = mapped_column(Integer, server_default="0")
    leg_symptoms: Mapped[str] = mapped_column(String(10), server_default="none")
    leg_weakness: Mapped[str] = mapped_column(String(10), server_default="none")
    saddle_numbness: Mapped[bool] = mapped_column(Boolean, server_default="0")
    bladder_change: Mapped[bool] = mapped_column(Boolean, server_default="0")
    bowel_change: Mapped[bool] = mapped_column(Boolean, server_default="0")
    sexual_dysfunction_new: Mapped[bool] = mapped_column(Boolean, server_default="0")
    temperature_c: Mapped[float | None] = mapped_column(Float)
    fever: Mapped[bool] = mapped_column(Boolean, server_default="0")
    weight_loss_unexplained: Mapped[bool] = mapped_column(Boolean, server_default="0")
    night_pain: Mapped[bool] = mapped_column(Boolean, server_default="0")
    chest_pain: Mapped[bool] = mapped_column(Boolean, server_default="0")
    back_lump_or_deformity: Mapped[bool] = mapped_column(Boolean, server_default="0")
    urinary_symptoms: Mapped[int] = mapped_column(Integer, server_default="0")
    diarrhea: Mapped[bool] = mapped_column(Boolean, server_default="0")
    pregnant: Mapped[bool] = mapped_column(Boolean, server_default="0")
    gestational_weeks: Mapped[int | None] = mapped_column(Integer)
    pregnancy_explicit: Mapped[bool] = mapped_column(Boolean, server_default="0")
    vaginal_bleeding: Mapped[str] = mapped_column(String(10), server_default="none")
    fluid_leak: Mapped[bool] = mapped_column(Boolean, server_default="0")
    pelvic_pressure: Mapped[bool] = mapped_column(Boolean, server_default="0")
    shoulder_tip_pain: Mapped[bool] = mapped_column(Boolean, server_default="0")
    one_sided_lower_abdominal_pain: Mapped[bool] = mapped_column(Boolean, server_default="0")
    dizzy_or_faint: Mapped[bool] = mapped_column(Boolean, server_default="0")
    reduced_fetal_movements: Mapped[bool] = mapped_column(Boolean, server_default="0")
    preeclampsia_signs: Mapped[int] = mapped_column(Integer, server_default="0")
    nsaid_taken: Mapped[bool | None] = mapped_column(Boolean)
    relief: Mapped[str] = mapped_column(Text, server_default="[]")
    relief_helped: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)

    medications: Mapped[list[MedicationRow]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MedicationRow.position",
        lazy="selectin",
    )

    def __repr__(self) -> str:
        return f"EntryRow(id={self.pk}, uuid={self.uuid!r}, local_time={self.local_time!r})"


class MedicationRow(Base):
    """A medicine taken for an entry."""

    __tablename__ = "medication"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_nonempty"),
        CheckConstraint("dose >= 0", name="dose_nonneg"),
        CheckConstraint(_bool("nsaid"), name="nsaid_bool"),
        Index("ix_medication_entry", "entry_id", "position"),
    )

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    dose: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(20))
    taken_at: Mapped[str | None] = mapped_column(String(40))
    nsaid: Mapped[bool | None] = mapped_column(Boolean)

    entry: Mapped[EntryRow] = relationship(back_populates="medications")

    def __repr__(self) -> str:
        return f"MedicationRow(id={self.pk}, entry_id={self.entry_id})"


class ProfileRow(Base):
    """The single profile row (id = 1)."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("age_years BETWEEN 0 AND 130", name="age_range"),
        *(
            CheckConstraint(_bool(c), name=f"{c}_bool")
            for c in ("prior_back_pain", "history_of_cancer", "osteoporosis", "long_term_steroids")
        ),
    )

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), server_default="")
    birth_date: Mapped[str | None] = mapped_column(String(10))
    age_years: Mapped[int | None] = mapped_column(Integer)
    prior_back_pain: Mapped[bool] = mapped_column(Boolean, server_default="1")
    history_of_cancer: Mapped[bool] = mapped_column(Boolean, server_default="0")
    osteoporosis: Mapped[bool] = mapped_column(Boolean, server_default="0")
    long_term_steroids: Mapped[bool] = mapped_column(Boolean, server_default="0")

    def __repr__(self) -> str:
        return "ProfileRow()"


class PregnancyRow(Base):
    """A recorded pregnancy (due date or LMP, and an end date once it ended)."""

    __tablename__ = "pregnancy"
    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR lmp IS NULL OR ended_on >= lmp", name="end_after_lmp"),
    )

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    due_date: Mapped[str | None] = mapped_column(String(10))
    lmp: Mapped[str | None] = mapped_column(String(10))
    ended_on: Mapped[str | None] = mapped_column(String(10))

    def __repr__(self) -> str:
        return f"PregnancyRow(id={self.pk})"


class FindingRow(Base):
    """A red-flag finding stored with the rule-set version that produced it."""

    __tablename__ = "finding"
    __table_args__ = (
        CheckConstraint("urgency IN ('info', 'gp', 'urgent', 'emergency')", name="urgency_enum"),
        CheckConstraint("evidence GLOB '[[]*[]]'", name="evidence_json"),
        Index("ix_finding_entry", "entry_id"),
    )

    pk: Mapped[int] = mapped_column("id", Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(40))
    urgency: Mapped[str] = mapped_column(String(10))
    ruleset_version: Mapped[str] = mapped_column(String(20))
    evidence: Mapped[str] = mapped_column(Text, server_default="[]")
    created_at: Mapped[float] = mapped_column(Float)
    acknowledged_at: Mapped[float | None] = mapped_column(Float)

    def __repr__(self) -> str:
        return f"FindingRow(entry_id={self.entry_id}, rule={self.rule!r})"


class MetaRow(Base):
    """Facts about the diary file itself, as key/value text (revision 0002).

    ``change_token`` is replaced with a random value by triggers on every insert,
    update and delete in the diary tables, so a backup can tell whether the diary
    changed since the last one; ``app_version`` is the backdiary that last opened it.
    A migration that rebuilds one of the tracked tables must create its triggers again
    (see ``migrations/versions/0002_diary_meta.py``). The repository's bulk writes drop
    the triggers of the tables they fill, replace the token once and create the same
    triggers again, all in one transaction.
    """

    __tablename__ = "diary_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"MetaRow(key={self.key!r})"
