"""Qt Linguist: Vietnamese is the source language, the English translation is complete and up to date.

- every message of resources/translations/desk_app_en.ts is translated (the build script's check);
- the .ts holds exactly what lupdate finds in the sources today (a new ``tr()`` string fails here
  until ``python scripts/build_translations.py`` is run and the string translated);
- placeholders, plural markers, accelerators and tags survive translation;
- the committed .qm is the one lrelease builds from the committed .ts;
- with the English .qm loaded the window, the intake page, the setup dialog, a dossier and the
  report screens show no Vietnamese but the user's own data (names, the office, places);
- the labels of the domain and the services (labels.py) say in Vietnamese exactly what they say.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from desk_app.domain.dossier import Channel, EventKind, Person, Status
from desk_app.domain.units import DurationUnit, describe_duration
from desk_app.gui import labels
from desk_app.gui.app import install_translators
from desk_app.services import feedback, indicators, printing
from desk_app.services.indicators import Period
from desk_app.services.intake import IntakeRequest, intake

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "desk_app_en.ts"
QM = TS.with_suffix(".qm")
MARITAL = "1.004873"  # Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]"
)


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → <message>, without the vanished and obsolete ones."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def lupdate_tool(script: ModuleType, name: str) -> str:
    path = script.tool(name)
    if not Path(path).exists() and shutil.which(path) is None:
        pytest.skip(f"{name} is not installed")
    return path


# ---- the .ts file ------------------------------------------------------------------------------------


def test_every_message_has_a_finished_english_translation():
    script = build_script()
    assert messages(TS), "no message in the .ts"
    assert script.unfinished(TS) == []


def test_the_check_catches_an_empty_or_unfinished_translation(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        "<context><name>C</name>"
        "<message><source>Đã xong</source><translation>Done</translation></message>"
        '<message><source>Chưa dịch</source><translation type="unfinished">Guess</translation></message>'
        "<message><source>Trống</source><translation></translation></message>"
        '<message numerus="yes"><source>%n hồ sơ</source><translation>'
        "<numerusform>%n dossier</numerusform><numerusform></numerusform></translation></message>"
        '<message><source>Cũ</source><translation type="vanished">Old</translation></message>'
        "</context></TS>", encoding="utf-8")
    assert build_script().unfinished(ts) == ["Chưa dịch", "Trống", "%n hồ sơ"]


def test_the_ts_file_is_up_to_date_with_the_sources(tmp_path):
    """Run lupdate into a fresh file: the messages must be the committed ones, no more, no fewer."""
    script = build_script()
    fresh = tmp_path / "fresh_en.ts"
    subprocess.run([lupdate_tool(script, "pyside6-lupdate"), *script.sources(), "-source-language", "vi_VN",
                    "-target-language", "en", "-no-obsolete", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    wanted, committed = set(messages(fresh)), set(messages(TS))
    assert not wanted - committed, ("strings in the sources that the .ts lacks: run "
                                    f"scripts/build_translations.py and translate them: {sorted(wanted - committed)}")
    assert not committed - wanted, f"messages no source uses any more: {sorted(committed - wanted)}"


def test_the_qm_file_is_built_from_the_ts_file(tmp_path):
    script = build_script()
    built = tmp_path / "desk_app_en.qm"
    subprocess.run([lupdate_tool(script, "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)
    assert QM.read_bytes() == built.read_bytes(), "run scripts/build_translations.py to rebuild the .qm"


PYTHON_FIELD = re.compile(r"\{(\w*)(?:[:!][^{}]*)?\}")
QT_ARG = re.compile(r"%(?:\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&(?=[^\s&])")


def markers(text: str) -> dict[str, Counter[str]]:
    without_escaped = text.replace("&&", "")
    return {
        "{fields}": Counter(PYTHON_FIELD.findall(text)),
        "%args": Counter(QT_ARG.findall(text)),
        "<tags>": Counter(tag.split()[0].rstrip(">").lower() for tag in TAG.findall(text)),
        "&accelerator": Counter({"&": len(ACCELERATOR.findall(without_escaped))}),
        "tabs": Counter({"\t": text.count("\t")}),
        "trailing …": Counter({"…": int(text.rstrip().endswith("…"))}),
    }


def test_placeholders_accelerators_and_tags_match_in_every_translation():
    script = build_script()
    problems = []
    for (context, source, _comment), message in messages(TS).items():
        if not script.is_finished(message):
            continue  # reported by test_every_message_has_a_finished_english_translation
        expected = markers(source)
        for text in script.translations(message):
            got = markers(text)
            for kind, wanted in expected.items():
                if got[kind] != wanted:
                    problems.append(f"{context}: {source!r} → {text!r}: {kind} {dict(wanted)} ≠ {dict(got[kind])}")
    assert problems == []


def test_numerus_messages_have_both_english_forms():
    for (context, source, _comment), message in messages(TS).items():
        if message.get("numerus") == "yes":
            forms = build_script().translations(message)
            assert len(forms) == 2 and all(form.strip() for form in forms), (context, source, forms)


# ---- labels.py: the Vietnamese is the domain's -------------------------------------------------------


def test_labels_in_vietnamese_are_the_domain_and_service_labels():
    """No translator installed: the window shows exactly what the domain and the services say."""
    assert all(labels.status_label(s) == s.label for s in Status)
    assert all(labels.event_label(k) == k.label for k in EventKind)
    assert all(labels.channel_label(c) == c.label for c in Channel)
    assert all(labels.unit_label(u) == u.label for u in DurationUnit)
    for scale, levels in feedback.SCALE_LABELS.items():
        assert labels.scale_labels(scale) == levels
        assert [labels.scale_label(r, scale) for r in range(len(levels) + 2)] == \
            [feedback.label(r, scale) for r in range(len(levels) + 2)]
    assert {k: labels.sipas_label(k) for k in feedback.SIPAS_ELEMENTS} == feedback.SIPAS_ELEMENTS
    assert labels.sipas_label("nothing") == "nothing"
    assert {f: labels.form_title(f) for f in printing.FORM_TITLES} == printing.FORM_TITLES
    assert labels.group_label(feedback.ANONYMOUS) == feedback.ANONYMOUS
    assert labels.group_label("Trần Thị Bình") == "Trần Thị Bình"
    for value in (0, 7, 1234, 1234567):
        assert labels.count_text(value) == indicators.format_count(value)
    for rate, digits in ((83.333, 1), (100.0, 1), (12.5, 0), (0.0, 1)):
        assert labels.rate_text(rate, digits) == indicators.format_rate(rate, digits)
    for period in (Period(date(2025, 11, 1), date(2025, 11, 30)), Period(date(2025, 11, 3), date(2025, 11, 3)),
                   Period(date(2025, 11, 1), None), Period(None, date(2025, 11, 30)), Period(None, None)):
        assert labels.period_label(period) == period.label


@pytest.mark.parametrize(("duration", "unit", "cutoff"), [
    (5, DurationUnit.WORKING_DAYS, None), (1, DurationUnit.WORKING_DAYS, None),
    (12, DurationUnit.WORKING_DAYS, None), (0.5, DurationUnit.WORKING_DAYS, None),
    (4, DurationUnit.WORKING_HOURS, None), (1.5, DurationUnit.WORKING_HOURS, None),
    (30, DurationUnit.CALENDAR_DAYS, None), (0, DurationUnit.SAME_DAY, None), (0, DurationUnit.SAME_DAY, "15:00"),
])
def test_durations_in_vietnamese_are_describe_duration(duration, unit, cutoff):
    vietnamese = describe_duration(duration, unit, cutoff)
    assert labels.duration_text(duration, unit, cutoff) == vietnamese
    assert labels.duration_from_text(vietnamese) == vietnamese  # the reports' text, read back
    assert labels.duration_from_text("theo quy định") == "theo quy định"  # anything else: as it is


# ---- the English build ---------------------------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The English .qm, loaded the way the app loads it (DESK_APP_LANG=en)."""
    translators = install_translators(qapp, "en")
    assert any(t.language() == "en" for t in translators), "desk_app_en.qm did not load"
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_english_labels(english):
    assert labels.status_label(Status.RECEIVED) == "Received"
    assert labels.status_label(Status.STOPPED) == "Processing stopped"
    assert labels.event_label(EventKind.STOP) == "Stop processing"
    assert labels.event_label(EventKind.REQUEST_SUPPLEMENT) == "Supplement request"
    assert labels.form_title("apology") == "Apology letter (Form 04)"
    assert labels.duration_text(5, DurationUnit.WORKING_DAYS) == "5 working days"
    assert labels.duration_text(1, DurationUnit.WORKING_DAYS) == "1 working day"
    assert labels.duration_text(0.5, DurationUnit.CALENDAR_DAYS) == "0.5 days"
    assert labels.duration_text(0, DurationUnit.SAME_DAY, "15:00") == \
        "Same day (received after 15:00: the next working day)"
    assert labels.duration_from_text("03 ngày làm việc") == "3 working days"
    assert labels.scale_labels(3) == ("Very satisfied", "Satisfied", "Not satisfied")
    assert labels.count_text(1234567) == "1,234,567"
    assert labels.rate_text(83.333) == "83.3%"
    assert labels.period_label(Period(date(2025, 11, 1), date(2025, 11, 30))) == "From 01/11/2025 to 30/11/2025"
    assert QCoreApplication.translate("DossierTableModel", "Không có bản dịch") == "Không có bản dịch"


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a user reads in ``root`` and its children, shown or not yet shown."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}#{widget.objectName()}.{what}", text))

    def menu_texts(widget: QWidget, actions: list) -> None:
        for action in actions:
            add(widget, "action", action.text())
            add(widget, "action tip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")
            if action.menu() is not None:
                menu_texts(widget, action.menu().actions())

    for widget in [root, *root.findChildren(QWidget)]:
        add(widget, "windowTitle", widget.windowTitle() if widget.isWindow() else "")
        add(widget, "toolTip", widget.toolTip())
        add(widget, "accessibleName", widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
                add(widget, "tab tip", widget.tabToolTip(i))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                add(widget, "header", widget.model().headerData(section, widget.orientation(),
                                                                Qt.ItemDataRole.DisplayRole))
        elif isinstance(widget, QMenuBar | QMenu):
            menu_texts(widget, widget.actions())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox) and widget.objectName() not in ("provinceCombo", "wardCombo"):
            for i in range(widget.count()):  # the place combos list proper nouns
                add(widget, "item", widget.itemText(i))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(widget, "item", widget.item(i).text())
                add(widget, "item tip", widget.item(i).toolTip())
    return found


def vietnamese_left(texts: list[tuple[str, str]], data: list[str]) -> list[tuple[str, str]]:
    """The texts still written in Vietnamese once the user's own data (``data``) is taken out."""
    left = []
    for where, text in texts:
        rest = str(text)
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, "")
        if VIETNAMESE.search(rest):
            left.append((where, text))
    return left


@pytest.fixture
def user_data(ctx) -> list[str]:
    """What the office typed in (and the examples that must stay Vietnamese): not for translation."""
    office = ctx.office()
    return [office.office_name, office.parent_name, office.head_name, office.head_title, office.place_name,
            ctx.actor.display_name, "UBND XÃ TÂN LẬP", "Bộ phận Một cửa xã Tân Lập", "Nguyễn Văn An", "CHỦ TỊCH"]


@pytest.fixture
def received(ctx):
    return intake(ctx, IntakeRequest(MARITAL, Person(name="Phạm Thị Hường"), received_at=ctx.now()))


def test_the_main_window_in_english(english, ctx, worker, qtbot, shown, received, user_data):
    from desk_app.gui.main_window import MainWindow

    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{ctx.office().office_name} — One-Stop Desk"
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:5] == ["Today's work", "Intake", "Find dossiers", "Citizen ratings", "Indicator reports"]
    assert [a.text() for a in window.menuBar().actions()] == ["&System", "&Help"]
    assert window.clerk_label.text() == f"Clerk: {ctx.actor.display_name}"

    page = window.page_widget("dossiers")
    model = page.model
    row = model.row_of_code(received.code)
    assert row >= 0
    assert model.headerData(model.STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.data(model.index(row, model.STATUS)) == "Received"
    assert model.data(model.index(row, model.REMAINING)) == "3 days left"

    data = [*user_data, received.applicant.name, received.procedure_name]
    for row, key in enumerate(window._page_keys):  # every page the clerk's role shows, built
        if not window.navigation.item(row).isHidden():
            window.page_widget(key)
    assert vietnamese_left(texts_of(window), data) == []
    assert vietnamese_left(texts_of(window.intake_page), data) == []


def test_the_intake_page_in_english(english, ctx, worker, qtbot, user_data):
    from desk_app.gui.intake_page import IntakePage

    page = IntakePage(ctx, worker)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(page.is_ready)  # the catalogue loads when the page is first shown
    ui = page.ui
    assert ui.saveButton.text() == "Save and print receipt (Ctrl+S)"
    assert [ui.channelCombo.itemText(i) for i in range(ui.channelCombo.count())] == \
        ["In person", "Online", "Public postal service"]
    assert page.choose_procedure(MARITAL)
    assert "Time limit: 3 working days" in ui.procedureInfo.text()
    assert re.fullmatch(r"\d\d:\d\d, \d\d/\d\d/\d{4}", page.appointment_text())
    procedure = page.procedure()
    assert procedure is not None
    texts = texts_of(page)
    assert vietnamese_left(texts, [*user_data, procedure.name, procedure.field, procedure.agency, procedure.fee,
                                   *(d.name for d in procedure.documents)]) == []


def test_the_setup_dialog_in_english(english, ctx, worker, qtbot, user_data):
    from desk_app.gui.setup_dialog import SetupDialog

    dialog = SetupDialog(ctx, worker)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Office and intake computer settings"
    assert dialog.ok_button.text() == "Save settings"
    assert vietnamese_left(texts_of(dialog), user_data) == []


def test_a_dossier_in_english(english, ctx, worker, qtbot, clock, received, user_data):
    from desk_app.gui.dossier_dialog import DossierDialog
    from desk_app.services import lifecycle

    lifecycle.apply_event(ctx, received.code, EventKind.REQUEST_SUPPLEMENT, reason="Thiếu giấy tờ",
                          details={"missing": [{"name": "Tờ khai", "originals": 1, "certified": 0, "copies": 0}]})
    clock.advance(days=10)
    dialog = DossierDialog(ctx, worker, received.code)
    qtbot.addWidget(dialog)
    assert dialog.status_label.text() == "Awaiting supplements"
    events = [dialog.timeline.topLevelItem(i).text(1) for i in range(dialog.timeline.topLevelItemCount())]
    assert events == ["Intake", "Supplement request"]
    assert [a.text() for a in dialog.print_menu.actions()] == [
        "Receipt and appointment slip (Form 01)", "Supplement request (Form 02)", "Processing control sheet (Form 06)"]
    dossier = dialog.dossier
    assert dossier is not None
    data = [*user_data, dossier.applicant.name, dossier.procedure_name, dossier.clerk, "Thiếu giấy tờ", "Tờ khai",
            *(d.name for d in dossier.documents)]
    assert vietnamese_left(texts_of(dialog), data) == []


def test_the_vietnamese_build_is_unchanged(ctx, worker, qtbot, received):
    """Without a translator: the sources' Vietnamese (a guard against English leaking into the source)."""
    from desk_app.gui.main_window import MainWindow

    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    assert window.navigation.item(0).text() == "Việc hôm nay"
    model = window.page_widget("dossiers").model
    assert model.data(model.index(model.row_of_code(received.code), model.STATUS)) == "Đã tiếp nhận"


def test_appointment_in_vietnamese_reads_as_the_receipt():
    from desk_app.gui.intake_page import vn_datetime

    assert vn_datetime(datetime(2025, 11, 24, 17, 0)) == "17 giờ 00 phút, ngày 24 tháng 11 năm 2025"


def test_the_pages_of_an_administrator_in_english(english, ctx, worker, qtbot, shown, user_data):
    """Sync, audit trail and accounts: the pages a clerk does not see."""
    from desk_app.gui.main_window import MainWindow
    from desk_app.services.context import Actor

    ctx.actor = Actor("quantri", "Nguyễn Thị Quản", "admin")
    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())
              if not window.navigation.item(i).isHidden()]
    assert {"Sync", "Audit trail", "Accounts"} <= set(titles)
    for key in window._page_keys:
        window.page_widget(key)
    assert [kind for kind, *_ in shown] == []
    assert vietnamese_left(texts_of(window), [*user_data, ctx.actor.display_name]) == []
