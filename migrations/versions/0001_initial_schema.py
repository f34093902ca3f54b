"""Initial schema: entries, medications, profile, pregnancies, red-flag findings.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 10:38:44.781618
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create every table and mark the file as a backdiary diary."""
    op.execute("PRAGMA application_id = 1111779681")  # 0x42446961, "BDia"
    op.create_table('entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=64), nullable=False),
    sa.Column('local_time', sa.String(length=32), nullable=False),
    sa.Column('utc_offset_min', sa.Integer(), nullable=True),
    sa.Column('instant', sa.Float(), nullable=False),
    sa.Column('nrs', sa.Integer(), nullable=False),
    sa.Column('duration_min', sa.Float(), nullable=True),
    sa.Column('onset', sa.String(length=16), nullable=True),
    sa.Column('trigger', sa.String(length=20), server_default='none', nullable=False),
    sa.Column('factors', sa.Text(), server_default='[]', nullable=False),
    sa.Column('locations', sa.Integer(), server_default='1', nullable=False),
    sa.Column('qualities', sa.Integer(), server_default='0', nullable=False),
    sa.Column('nerve_symptoms', sa.Integer(), server_default='0', nullable=False),
    sa.Column('leg_symptoms', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('leg_weakness', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('saddle_numbness', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('bladder_change', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('bowel_change', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('sexual_dysfunction_new', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('temperature_c', sa.Float(), nullable=True),
    sa.Column('fever', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('weight_loss_unexplained', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('night_pain', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('chest_pain', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('back_lump_or_deformity', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('urinary_symptoms', sa.Integer(), server_default='0', nullable=False),
    sa.Column('diarrhea', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('pregnant', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('gestational_weeks', sa.Integer(), nullable=True),
    sa.Column('pregnancy_explicit', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('vaginal_bleeding', sa.String(length=10), server_default='none', nullable=False),
    sa.Column('fluid_leak', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('pelvic_pressure', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('shoulder_tip_pain', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('one_sided_lower_abdominal_pain', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('dizzy_or_faint', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('reduced_fetal_movements', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('preeclampsia_signs', sa.Integer(), server_default='0', nullable=False),
    sa.Column('nsaid_taken', sa.Boolean(), nullable=True),
    sa.Column('relief', sa.Text(), server_default='[]', nullable=False),
    sa.Column('relief_helped', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.CheckConstraint("factors GLOB '[[]*[]]'", name=op.f('ck_entry_factors_json')),
    sa.CheckConstraint("relief GLOB '[[]*[]]'", name=op.f('ck_entry_relief_json')),
    sa.CheckConstraint("leg_symptoms IN ('none', 'one_leg', 'both_legs')", name=op.f('ck_entry_leg_symptoms_enum')),
    sa.CheckConstraint("leg_weakness IN ('none', 'one_leg', 'both_legs')", name=op.f('ck_entry_leg_weakness_enum')),
    sa.CheckConstraint("local_time GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*'", name=op.f('ck_entry_local_time_iso')),
    sa.CheckConstraint("onset IN ('sudden', 'gradual')", name=op.f('ck_entry_onset_enum')),
    sa.CheckConstraint("relief_helped IN ('yes', 'somewhat', 'no')", name=op.f('ck_entry_relief_helped_enum')),
    sa.CheckConstraint("trigger IN ('none', 'unknown', 'sport', 'exercise', 'lifting', 'accident_minor', 'accident_major', 'other')", name=op.f('ck_entry_trigger_enum')),
    sa.CheckConstraint("vaginal_bleeding IN ('none', 'spotting', 'light', 'heavy')", name=op.f('ck_entry_bleeding_enum')),
    sa.CheckConstraint('back_lump_or_deformity IN (0, 1)', name=op.f('ck_entry_back_lump_or_deformity_bool')),
    sa.CheckConstraint('bladder_change IN (0, 1)', name=op.f('ck_entry_bladder_change_bool')),
    sa.CheckConstraint('bowel_change IN (0, 1)', name=op.f('ck_entry_bowel_change_bool')),
    sa.CheckConstraint('chest_pain IN (0, 1)', name=op.f('ck_entry_chest_pain_bool')),
    sa.CheckConstraint('diarrhea IN (0, 1)', name=op.f('ck_entry_diarrhea_bool')),
    sa.CheckConstraint('dizzy_or_faint IN (0, 1)', name=op.f('ck_entry_dizzy_or_faint_bool')),
    sa.CheckConstraint('duration_min >= 0', name=op.f('ck_entry_duration_nonneg')),
    sa.CheckConstraint('fever IN (0, 1)', name=op.f('ck_entry_fever_bool')),
    sa.CheckConstraint('fluid_leak IN (0, 1)', name=op.f('ck_entry_fluid_leak_bool')),
    sa.CheckConstraint('gestational_weeks BETWEEN 0 AND 45', name=op.f('ck_entry_weeks_range')),
    sa.CheckConstraint('gestational_weeks IS NULL OR pregnant = 1', name=op.f('ck_entry_weeks_need_pregnancy')),
    sa.CheckConstraint('length(notes) <= 10000', name=op.f('ck_entry_notes_length')),
    sa.CheckConstraint('locations BETWEEN 0 AND 255', name=op.f('ck_entry_locations_mask')),
    sa.CheckConstraint('nerve_symptoms BETWEEN 0 AND 7', name=op.f('ck_entry_nerve_mask')),
    sa.CheckConstraint('night_pain IN (0, 1)', name=op.f('ck_entry_night_pain_bool')),
    sa.CheckConstraint('nrs BETWEEN 0 AND 10', name=op.f('ck_entry_nrs_range')),
    sa.CheckConstraint('nsaid_taken IN (0, 1)', name=op.f('ck_entry_nsaid_taken_bool')),
    sa.CheckConstraint('one_sided_lower_abdominal_pain IN (0, 1)', name=op.f('ck_entry_one_sided_lower_abdominal_pain_bool')),
    sa.CheckConstraint('pelvic_pressure IN (0, 1)', name=op.f('ck_entry_pelvic_pressure_bool')),
    sa.CheckConstraint('preeclampsia_signs BETWEEN 0 AND 15', name=op.f('ck_entry_preeclampsia_mask')),
    sa.CheckConstraint('pregnancy_explicit IN (0, 1)', name=op.f('ck_entry_pregnancy_explicit_bool')),
    sa.CheckConstraint('pregnant IN (0, 1)', name=op.f('ck_entry_pregnant_bool')),
    sa.CheckConstraint('qualities BETWEEN 0 AND 511', name=op.f('ck_entry_qualities_mask')),
    sa.CheckConstraint('reduced_fetal_movements IN (0, 1)', name=op.f('ck_entry_reduced_fetal_movements_bool')),
    sa.CheckConstraint('saddle_numbness IN (0, 1)', name=op.f('ck_entry_saddle_numbness_bool')),
    sa.CheckConstraint('sexual_dysfunction_new IN (0, 1)', name=op.f('ck_entry_sexual_dysfunction_new_bool')),
    sa.CheckConstraint('shoulder_tip_pain IN (0, 1)', name=op.f('ck_entry_shoulder_tip_pain_bool')),
    sa.CheckConstraint('temperature_c BETWEEN 30 AND 45', name=op.f('ck_entry_temperature_range')),
    sa.CheckConstraint('urinary_symptoms BETWEEN 0 AND 7', name=op.f('ck_entry_urinary_mask')),
    sa.CheckConstraint('utc_offset_min BETWEEN -1080 AND 1080', name=op.f('ck_entry_offset_range')),
    sa.CheckConstraint('weight_loss_unexplained IN (0, 1)', name=op.f('ck_entry_weight_loss_unexplained_bool')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry')),
    sa.UniqueConstraint('uuid', name=op.f('uq_entry_uuid'))
    )
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.create_index('ix_entry_instant', ['instant'], unique=False)
        batch_op.create_index('ix_entry_local_time_nrs', ['local_time', 'nrs'], unique=False)

    op.create_table('pregnancy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.String(length=10), nullable=True),
    sa.Column('lmp', sa.String(length=10), nullable=True),
    sa.Column('ended_on', sa.String(length=10), nullable=True),
    sa.CheckConstraint('ended_on IS NULL OR lmp IS NULL OR ended_on >= lmp', name=op.f('ck_pregnancy_end_after_lmp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pregnancy'))
    )
    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), server_default='', nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('prior_back_pain', sa.Boolean(), server_default='1', nullable=False),
    sa.Column('history_of_cancer', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('osteoporosis', sa.Boolean(), server_default='0', nullable=False),
    sa.Column('long_term_steroids', sa.Boolean(), server_default='0', nullable=False),
    sa.CheckConstraint('age_years BETWEEN 0 AND 130', name=op.f('ck_profile_age_range')),
    sa.CheckConstraint('history_of_cancer IN (0, 1)', name=op.f('ck_profile_history_of_cancer_bool')),
    sa.CheckConstraint('id = 1', name=op.f('ck_profile_single_row')),
    sa.CheckConstraint('long_term_steroids IN (0, 1)', name=op.f('ck_profile_long_term_steroids_bool')),
    sa.CheckConstraint('osteoporosis IN (0, 1)', name=op.f('ck_profile_osteoporosis_bool')),
    sa.CheckConstraint('prior_back_pain IN (0, 1)', name=op.f('ck_profile_prior_back_pain_bool')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    op.create_table('finding',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('ruleset_version', sa.String(length=20), nullable=False),
    sa.Column('evidence', sa.Text(), server_default='[]', nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('acknowledged_at', sa.Float(), nullable=True),
    sa.CheckConstraint("urgency IN ('info', 'gp', 'urgent', 'emergency')", name=op.f('ck_finding_urgency_enum')),
    sa.CheckConstraint("evidence GLOB '[[]*[]]'", name=op.f('ck_finding_evidence_json')),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_finding_entry_id_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finding'))
    )
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.create_index('ix_finding_entry', ['entry_id'], unique=False)

    op.create_table('medication',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('dose', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('taken_at', sa.String(length=40), nullable=True),
    sa.Column('nsaid', sa.Boolean(), nullable=True),
    sa.CheckConstraint('dose >= 0', name=op.f('ck_medication_dose_nonneg')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_medication_name_nonempty')),
    sa.CheckConstraint('nsaid IN (0, 1)', name=op.f('ck_medication_nsaid_bool')),
    sa.ForeignKeyConstraint(['entry_id'], ['entry.id'], name=op.f('fk_medication_entry_id_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_medication'))
    )
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.create_index('ix_medication_entry', ['entry_id', 'position'], unique=False)



def downgrade() -> None:
    """Drop every table."""
    with op.batch_alter_table('medication', schema=None) as batch_op:
        batch_op.drop_index('ix_medication_entry')

    op.drop_table('medication')
    with op.batch_alter_table('finding', schema=None) as batch_op:
        batch_op.drop_index('ix_finding_entry')

    op.drop_table('finding')
    op.drop_table('profile')
    op.drop_table('pregnancy')
    with op.batch_alter_table('entry', schema=None) as batch_op:
        batch_op.drop_index('ix_entry_local_time_nrs')
        batch_op.drop_index('ix_entry_instant')

    op.drop_table('entry')
