"""CSV export and import (backdiary.export.csvio): pure, no database, no Qt."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backdiary.domain.exchange import ENTRY_KEYS, entry_to_dict
from backdiary.domain.model import (
    Bleeding,
    Entry,
    Location,
    Medication,
    NerveSymptom,
    Onset,
    Quality,
    ReliefHelped,
    Trigger,
)
from backdiary.export import csvio
from backdiary.export.csvio import (
    BOOL_KEYS,
    ENUM_KEYS,
    LIST_KEYS,
    NUMBER_KEYS,
    TEXT_KEYS,
    CsvFileError,
    CsvMapping,
    csv_bytes,
    neutralise,
    parse_csv,
    restore,
)

DATA = Path(__file__).parent / "data"
TZ = timezone(timedelta(hours=1))


def _entry(**kw: object) -> Entry:
    values: dict[str, object] = {"timestamp": datetime(2026, 3, 2, 8, 30, tzinfo=TZ), "nrs": 5}
    values.update(kw)
    return Entry(**values)  # type: ignore[arg-type]


def _rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


# --------------------------------------------------------------------------- format
def test_every_exchange_key_has_a_csv_type() -> None:
    typed = NUMBER_KEYS | BOOL_KEYS | LIST_KEYS | ENUM_KEYS | TEXT_KEYS | {"medications"}
    assert set(ENTRY_KEYS) - typed == set()


def test_header_is_the_exchange_keys_in_order_with_bom_and_crlf() -> None:
    data = csv_bytes([_entry()])
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(ENTRY_KEYS)
    assert data.endswith(b"\r\n")


def test_lists_medications_and_booleans_are_encoded_as_documented() -> None:
    e = _entry(
        factors=("stress", "odd;tag|with\\chars"),
        pain_locations=frozenset({Location.BUTTOCK, Location.LOWER_BACK}),
        medications=(
            Medication("ibuprofen", 400.0, "mg", datetime(2026, 3, 2, 8, 45, tzinfo=TZ)),
            Medication("paracetamol"),
        ),
        night_pain=True,
    )
    row = _rows(csv_bytes([e]))[0]
    assert row["pain_locations"] == "lower_back;buttock"
    assert row["factors"] == "stress;odd\\;tag\\|with\\\\chars"
    assert row["medications"] == (
        "ibuprofen|400|mg|2026-03-02T08:45:00+01:00|true;paracetamol||||false"
    )
    assert row["night_pain"] == "true"
    assert row["fever"] == "false"
    assert row["temperature_c"] == ""


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_neutralised_and_restored(first: str) -> None:
    note = f"{first}cmd|' /C calc'!A0"
    tag = f"{first}SUM(A1)".strip()  # tags are stripped: a tab or CR cannot start one
    e = _entry(notes=note, factors=(tag, "heat"), relief=("heat",))
    row = _rows(csv_bytes([e]))[0]
    assert row["notes"] == "'" + note
    assert row["factors"] == (f"'{tag};heat" if tag[0] in "=+-@" else f"{tag};heat")
    back = parse_csv(csv_bytes([e]))
    assert not back.errors
    assert back.entries[0].notes == note
    assert back.entries[0].factors == (tag, "heat")


def test_medication_names_are_neutralised() -> None:
    e = _entry(medications=(Medication("=1+1", 5.0, "mg"),))
    row = _rows(csv_bytes([e]))[0]
    assert row["medications"].startswith("'=1+1|5|mg")
    assert parse_csv(csv_bytes([e])).entries[0].medications[0].name == "=1+1"


def test_a_note_that_starts_with_an_apostrophe_survives_exactly() -> None:
    for note in ("'=already quoted", "'plain", "''=x", "'", "it's -fine", "'''@x", "''"):
        back = parse_csv(csv_bytes([_entry(notes=note)]))
        assert back.entries[0].notes == note


def test_number_cells_are_never_prefixed() -> None:
    e = _entry(nrs=7, episode_duration_min=12.5, temperature_c=37.2)
    row = _rows(csv_bytes([e]))[0]
    assert (row["nrs"], row["episode_duration_min"], row["temperature_c"]) == ("7", "12.5", "37.2")
    # A negative number is a number, not a formula: the guard leaves number columns alone.
    assert csvio._cell("temperature_c", -1.5) == "-1.5"
    assert csvio._cell("notes", "-1.5") == "'-1.5"


def test_neutralise_and_restore_are_inverse() -> None:
    samples = ["", "a", "=", "'", "'=", "''=", "'''-x", "-3", "@x", "\tx", "\rx", "'a", "x=1"]
    for text in samples:
        assert restore(neutralise(text)) == text
    assert restore("'=x") == "=x"
    assert restore("'x") == "'x"  # only one guarded apostrophe is ever stripped


def test_own_csv_round_trip_keeps_every_field() -> None:
    entries = [
        _entry(
            nrs=8,
            id="11111111-2222-3333-4444-555555555555",
            episode_duration_min=42.5,
            onset=Onset.SUDDEN,
            trigger=Trigger.LIFTING,
            factors=("prolonged_sitting", "my own; odd tag"),
            pain_locations=frozenset({Location.LOWER_BACK, Location.LEFT_LEG}),
            pain_qualities=frozenset({Quality.CRAMPING, Quality.SHARP}),
            nerve_symptoms=frozenset({NerveSymptom.TINGLING}),
            temperature_c=38.1,
            fever=True,
            medications=(Medication("ibuprofen", 400.0, "mg", nsaid=True),),
            relief=("heat", "rest"),
            relief_helped=ReliefHelped.SOMEWHAT,
            notes='Line one,\nline "two"\n=not a formula',
        ),
        _entry(
            timestamp=datetime(2026, 3, 3, 21, 0),
            nrs=0,
            pain_locations=frozenset(),
            pregnant=True,
            gestational_weeks=31,
            pregnancy_explicit=True,
            vaginal_bleeding=Bleeding.SPOTTING,
        ),
    ]
    back = parse_csv(csv_bytes(entries))
    assert back.own_format and not back.errors
    assert [entry_to_dict(e) for e in back.entries] == [entry_to_dict(e) for e in entries]


def test_rows_without_id_get_stable_ids() -> None:
    text = "timestamp,nrs\r\n2026-03-02T08:00,4\r\n2026-03-02T08:00,4\r\n"
    first = parse_csv(text.encode())
    second = parse_csv(text.encode())
    assert [e.id for e in first.entries] == [e.id for e in second.entries]
    assert len({e.id for e in first.entries}) == 2


# --------------------------------------------------------------------------- malformed files
def test_not_utf8_is_a_clear_error_and_cp1252_can_be_named() -> None:
    data = "timestamp,nrs,notes\r\n2026-03-02T08:00,4,Rückenschmerz café\r\n".encode("cp1252")
    with pytest.raises(CsvFileError, match=r"not UTF-8 text .*line 2.*--encoding cp1252"):
        parse_csv(data, source="f.csv")
    ok = parse_csv(data, encoding="cp1252")
    assert ok.entries[0].notes == "Rückenschmerz café"


def test_utf8_with_and_without_bom_and_utf16_are_read() -> None:
    text = "timestamp,nrs,notes\r\n2026-03-02T08:00,4,Schmerz ünd Krampf\r\n"
    for data in (text.encode(), b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16")):
        result = parse_csv(data)
        assert result.entries[0].notes == "Schmerz ünd Krampf"


def test_unknown_columns_without_map_name_the_column_and_the_way_out() -> None:
    with pytest.raises(CsvFileError, match=r"unknown column 'Date'.*--map"):
        parse_csv(b"Date,Pain\n2026-03-02,4\n")


def test_wrong_number_of_fields_is_a_row_error_with_its_line() -> None:
    data = b"timestamp,nrs\n2026-03-02T08:00,4\n2026-03-03T08:00,4,extra\n2026-03-04T08:00\n"
    result = parse_csv(data)
    assert [str(e) for e in result.errors] == [
        "line 3: has 3 fields, the header has 2",
        "line 4: has 1 fields, the header has 2",
    ]
    assert len(result.entries) == 1


def test_out_of_range_values_are_reported_by_line_and_field() -> None:
    data = (
        b"timestamp,nrs,temperature_c,trigger,pain_locations\r\n"
        b"2026-03-02T08:00,11,,,\r\n"
        b"2026-03-02T09:00,4,51,,\r\n"
        b"2026-03-02T10:00,4,,jumping,\r\n"
        b"2026-03-02T11:00,4,,,lower_back;elbow\r\n"
        b"not a date,4,,,\r\n"
        b"2026-03-02T12:00,four,,,\r\n"
        b"2026-03-02T13:00,3,,,\r\n"
    )
    result = parse_csv(data)
    errors = {e.line: (e.field, e.message) for e in result.errors}
    assert errors[2][0] == "nrs" and "outside 0–10" in errors[2][1]
    assert errors[3][0] == "temperature_c"
    assert errors[4][0] == "trigger" and "jumping" in errors[4][1]
    assert errors[5][0] == "pain_locations" and "elbow" in errors[5][1]
    assert errors[6][0] == "timestamp"
    assert errors[7] == ("nrs", "'four' is not a number")
    assert len(result.entries) == 1


def test_a_huge_note_is_a_row_error_not_a_crash() -> None:
    note = "x" * 20_000
    data = f"timestamp,nrs,notes\r\n2026-03-02T08:00,4,{note}\r\n2026-03-02T09:00,2,ok\r\n"
    result = parse_csv(data.encode())
    assert [(e.line, e.field) for e in result.errors] == [(2, "notes")]
    assert "20000 characters" in result.errors[0].message
    assert [e.notes for e in result.entries] == ["ok"]


def test_a_field_beyond_the_reader_limit_is_a_file_error() -> None:
    data = b'timestamp,nrs,notes\r\n2026-03-02T08:00,4,"' + b"y" * (csvio.MAX_FIELD_CHARS + 10)
    data += b'"\r\n'
    with pytest.raises(CsvFileError, match="longer than 16 MB"):
        parse_csv(data)
    assert csv.field_size_limit() == 131072  # the global limit is restored


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"\n\n", "is empty"),
        (b"timestamp,nrs\n2026-03-02T08:00,4\x00\n", "NUL"),
        (b'timestamp,nrs,notes\n2026-03-02T08:00,4,"never closed\nx\n', "line 2: a quoted"),
        (b'timestamp,nrs,notes\n2026-03-02T08:00,4,"a"b\n', "line 2: text follows the closing"),
        (b"\xef\xbb\xbf", "is empty"),  # only a byte-order mark
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8 text"),  # a picture
        ("timestamp,nrs\n2026-03-02T08:00,4\n".encode("utf-16-le"), "NUL"),  # UTF-16, no BOM
        (b"timestamp,nrs,nrs\n2026-03-02T08:00,4,5\n", "'nrs' appears twice"),
    ],
)
def test_broken_files_raise_one_clear_error(data: bytes, problem: str) -> None:
    with pytest.raises(CsvFileError, match=problem):
        parse_csv(data, source="f.csv")


def test_header_only_file_has_no_entries_and_no_errors() -> None:
    result = parse_csv(",".join(ENTRY_KEYS).encode())
    assert result.entries == [] and result.errors == [] and result.total_rows == 0


def test_duplicate_ids_in_one_file_are_row_errors() -> None:
    data = b"id,timestamp,nrs\nA,2026-03-02T08:00,4\nA,2026-03-02T09:00,5\n"
    result = parse_csv(data)
    assert [str(e) for e in result.errors] == ["line 3, id: 'A' appears twice (first on line 2)"]


def test_semicolon_separated_files_are_detected() -> None:
    result = parse_csv(b"timestamp;nrs;notes\n2026-03-02T08:00;4;a, b\n")
    assert result.entries[0].notes == "a, b"


# --------------------------------------------------------------------------- mapped values
def test_rescale_rounds_half_up() -> None:
    assert [csvio.rescale(str(v), 4) for v in range(5)] == [0, 3, 5, 8, 10]
    assert csvio.rescale("2.5", 5) == 5
    assert csvio.rescale("0.25", 1) == 3  # 2.5 → 3, not banker's 2
    with pytest.raises(csvio._CellError, match="outside 0–4"):
        csvio.rescale("5", 4)


def test_timestamp_formats() -> None:
    assert csvio.parse_timestamp("2026-03-02") == datetime(2026, 3, 2, 12, 0)
    aware = csvio.parse_timestamp("2026-03-02T08:15:30.123+01:00")
    assert aware.utcoffset() == timedelta(hours=1) and aware.hour == 8
    assert csvio.parse_timestamp("2026-03-02T07:30:00.000Z").utcoffset() == timedelta(0)
    assert csvio.parse_timestamp("02.03.26", "%d.%m.%y") == datetime(2026, 3, 2, 12, 0)
    assert csvio.parse_timestamp("02/03/2026 21:05", "%d/%m/%Y %H:%M") == datetime(
        2026, 3, 2, 21, 5
    )
    epoch = csvio.parse_timestamp("1772438400000", "epoch_ms")
    assert epoch.tzinfo is not None
    assert epoch.astimezone(UTC) == datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert csvio.parse_timestamp("1772438400", "epoch_s") == epoch


def test_durations() -> None:
    assert csvio.parse_duration("25") == 25
    assert csvio.parse_duration("0:25:30") == 25.5
    assert csvio.parse_duration("1:30") == 90
    assert csvio.parse_duration("1800000", "ms") == 30
    assert csvio.parse_duration("90", "s") == 1.5
    assert csvio.parse_duration("1,5", "h") == 90


def test_mapping_with_unknown_key_or_column_is_refused() -> None:
    data = b"When,Pain\n2026-03-02,4\n"
    with pytest.raises(CsvFileError, match="'severity' is not an exchange-format key"):
        parse_csv(data, CsvMapping({"timestamp": "When", "severity": "Pain"}))
    with pytest.raises(CsvFileError, match=r"no column 'Pein' \(the columns are 'When', 'Pain'\)"):
        parse_csv(data, CsvMapping({"timestamp": "When", "nrs": "Pein"}))
    with pytest.raises(CsvFileError, match="map a column to 'timestamp'"):
        parse_csv(data, CsvMapping({"nrs": "Pain"}))


def test_two_columns_can_be_joined_for_the_timestamp() -> None:
    data = b"Date,Start Time,Intensity\n2026-03-02,09:30,6\n"
    mapping = CsvMapping({"timestamp": "Date+Start Time", "nrs": "Intensity"})
    (entry,) = parse_csv(data, mapping).entries
    assert entry.timestamp == datetime(2026, 3, 2, 9, 30)


def test_mapped_rows_without_severity_are_errors() -> None:
    data = b"Date,Pain\n2026-03-02,\n2026-03-03,null\n2026-03-04,2\n"
    result = parse_csv(data, CsvMapping({"timestamp": "Date", "nrs": "Pain"}))
    assert [str(e) for e in result.errors] == [
        "line 2, nrs (column 'Pain'): is empty",
        "line 3, nrs (column 'Pain'): is empty",
    ]


# --------------------------------------------------------------------------- other apps
def _read(name: str, mapping: CsvMapping) -> csvio.CsvImport:
    return parse_csv((DATA / name).read_bytes(), mapping, source=name)


def test_privacy_friendly_pain_diary_export() -> None:
    # Header and quoting as CsvHelper.writeCsv (opencsv CSVWriter, dd.MM.yyyy) writes them.
    result = _read(
        "pfpd_export.csv",
        CsvMapping(
            {"timestamp": "Date", "nrs": "Pain Level (0-10)", "notes": "Comment"},
            date_format="%d.%m.%Y",
        ),
    )
    assert not result.errors
    assert [(e.local_date, e.nrs) for e in result.entries] == [
        (date(2026, 11, 2), 3),
        (date(2026, 11, 3), 6),
        (date(2026, 11, 4), 0),
        (date(2026, 11, 5), 8),
    ]
    assert result.entries[1].notes == 'Cramp while lifting the basket, "sharp" for a minute'
    assert result.entries[3].notes == '=HYPERLINK("http://example.invalid")'  # kept as text


def test_privacy_friendly_pain_diary_older_export() -> None:
    # The older CsvHelper: header "Conditions", the phone's short date (DateFormat.getDateFormat,
    # German locale dd.MM.yy), empty cells when an entry has no pain description.
    result = _read(
        "pfpd_export_old.csv",
        CsvMapping(
            {"timestamp": "Date", "nrs": "Pain Level (0-10)", "notes": "Comment"},
            date_format="%d.%m.%y",
        ),
    )
    assert [str(e) for e in result.errors] == ["line 3, nrs (column 'Pain Level (0-10)'): is empty"]
    assert [(e.local_date, e.nrs) for e in result.entries] == [
        (date(2026, 10, 28), 4),
        (date(2026, 10, 30), 7),
    ]
    assert result.entries[1].notes == "-5 °C draußen, Krampf"  # a leading '-' stays text


def test_bearable_2021_export() -> None:
    # The layout of a real Bearable export (2021): every cell quoted, ordinal dates
    # ("2nd Nov 2026"), time of day as am/pm/pre/mid/all day or HH:MM, symptoms 0-4 with
    # "Name (Severity)" in detail.
    mapping = CsvMapping(
        {"timestamp": "date", "nrs": "rating/amount", "notes": "notes"},
        date_format="%d %b %Y",
        scale_max=4,
        where=(("category", "Symptom"), ("detail", "Back (lower) pain*")),
    )
    result = _read("bearable_export_2021.csv", mapping)
    assert not result.errors and result.filtered_out == 5
    assert [(e.local_date.day, e.nrs) for e in result.entries] == [
        (2, 5),
        (2, 8),
        (3, 3),
        (3, 3),
        (21, 10),
    ]
    assert len({e.id for e in result.entries}) == 5  # identical rows still get their own ids
    assert result.entries[1].notes == 'Cramp after the drive, "stabbing"'
    assert result.entries[4].notes == "-2 °C outside, could not stand up"
    assert csvio.parse_timestamp("22nd Sep 2020", "%d %b %Y") == datetime(2020, 9, 22, 12, 0)
    assert csvio.parse_timestamp("1st Dec 2020", "%d %b %Y").day == 1
    with pytest.raises(csvio._CellError, match="does not match"):
        csvio.parse_timestamp("32nd Dec 2020", "%d %b %Y")


def test_headi_export() -> None:
    # performCsvExport: _id,pain,start_date,end_date,duration,strength,medication,amount;
    # dates and durations in milliseconds, strength 0–10, missing text printed as "null".
    result = _read(
        "headi_export.csv",
        CsvMapping(
            {
                "timestamp": "start_date",
                "nrs": "strength",
                "episode_duration_min": "duration",
                "medications": "medication",
            },
            date_format="epoch_ms",
            duration_unit="ms",
            where=(("pain", "back*"),),
        ),
    )
    assert not result.errors and result.filtered_out == 2
    assert [(e.nrs, e.episode_duration_min) for e in result.entries] == [(5, 30), (3, 8), (8, 60)]
    assert [[m.name for m in e.medications] for e in result.entries] == [
        [],
        ["Paracetamol"],
        ["Ibuprofen"],
    ]
    assert result.entries[2].effective_nsaid_taken


def test_track_and_graph_export() -> None:
    # CSVReadWriterImpl: FeatureName,Timestamp,Value,Label,Note; one file, many trackers.
    result = _read(
        "trackandgraph_export.csv",
        CsvMapping(
            {"timestamp": "Timestamp", "nrs": "Value", "notes": "Note"},
            where=(("FeatureName", "Back pain"),),
        ),
    )
    assert not result.errors and result.filtered_out == 2
    assert [e.nrs for e in result.entries] == [4, 2, 7, 0]
    assert all(e.timestamp.utcoffset() == timedelta(hours=1) for e in result.entries)
    assert result.entries[2].notes == "Lifted a box, cramp down the left leg"


def test_flaredown_export() -> None:
    # DataExportJob: Date, one column per condition/symptom/treatment (0–4), Tags joined "; ".
    mapping = CsvMapping(
        {"timestamp": "Date", "nrs": "Lower back pain", "factors": "Tags"}, scale_max=4
    )
    result = _read("flaredown_export.csv", mapping)
    assert [str(e) for e in result.errors] == ["line 3, nrs (column 'Lower back pain'): is empty"]
    assert [(e.nrs, e.factors) for e in result.entries] == [
        (8, ("stress", "poor sleep")),
        (0, ("walking",)),
        (10, ("long drive", "stress")),
    ]


def test_bearable_export() -> None:
    # Long format: date, date formatted, weekday, time of day, category, rating/amount,
    # detail, notes; symptoms 0–4 with the name and severity word in "detail".
    mapping = CsvMapping(
        {"timestamp": "date", "nrs": "rating/amount", "notes": "notes"},
        scale_max=4,
        where=(("category", "Symptom"), ("detail", "Back pain*")),
    )
    result = _read("bearable_export.csv", mapping)
    assert not result.errors and result.filtered_out == 4
    assert [e.nrs for e in result.entries] == [8, 3, 10]
    assert result.entries[0].notes == "Cramp after carrying the shopping"


def test_guess_mapping_for_the_sample_files() -> None:
    headers = csvio.read_table((DATA / "pfpd_export.csv").read_bytes()).headers
    assert csvio.guess_mapping(headers) == {
        "timestamp": "Date",
        "nrs": "Pain Level (0-10)",
        "notes": "Comment",
        "medications": "Drug Intakes",
    }
    headers = csvio.read_table((DATA / "headi_export.csv").read_bytes()).headers
    guess = csvio.guess_mapping(headers)
    assert guess["timestamp"] == "start_date" and guess["nrs"] == "strength"


def test_progress_is_reported() -> None:
    lines = ["timestamp,nrs"] + [f"2026-03-02T08:{i % 60:02d},{i % 11}" for i in range(12_000)]
    seen: list[tuple[int, int]] = []
    result = parse_csv("\n".join(lines).encode(), progress=lambda d, t: seen.append((d, t)))
    assert len(result.entries) == 12_000
    assert seen[-1] == (12_000, 12_000) and (5000, 12_000) in seen


def test_guess_date_format() -> None:
    guess = csvio.guess_date_format
    assert guess(["2026-11-02T07:45:12.301+01:00", "2026-11-03"]) == "iso"
    assert guess(["1793606400000", "1793689200000"]) == "epoch_ms"
    assert guess(["1793606400", "null", ""]) == "epoch_s"
    assert guess(["02.11.2026", "28.10.2026"]) == "%d.%m.%Y"
    assert guess(["28.10.26 08:15"]) == "%d.%m.%y %H:%M"
    assert guess(["13/11/2026", "02/11/2026"]) == "%d/%m/%Y"
    assert guess(["11/13/2026", "11/02/2026"]) == "%m/%d/%Y"  # 13 cannot be a month
    assert guess(["22nd Sep 2020", "1st Dec 2020"]) == "%d %b %Y"
    assert guess(["yesterday"]) is None and guess(["", "  "]) is None


def test_guess_duration_unit() -> None:
    assert csvio.guess_duration_unit(["45", "1:30", "120"]) == "min"
    assert csvio.guess_duration_unit(["7200000", "1800000", "480000"]) == "ms"  # Headi
    assert csvio.guess_duration_unit(["5400", "140000", "3600"]) == "s"
    assert csvio.guess_duration_unit(["", "n/a"]) == "min"
