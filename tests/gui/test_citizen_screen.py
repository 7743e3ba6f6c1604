"""The citizen-facing rating screen: linked and anonymous ratings, the low-rating step, lock, reset, faults."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication

from desk_app.domain.dossier import EventKind, Person
from desk_app.domain.errors import DeskError
from desk_app.gui import feedback_page
from desk_app.gui.citizen_screen import CitizenScreen, read_placement
from desk_app.gui.feedback_page import FeedbackPage, open_citizen_screen
from desk_app.services import feedback, lifecycle, office, queries
from desk_app.services.intake import IntakeRequest, intake

BIRTH = "1.001193"  # Đăng ký khai sinh


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "citizen-screen.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_screen(qtbot, ctx, worker, settings):
    def make(**timings) -> CitizenScreen:
        options = {"reset_ms": 60_000, "lock_ms": 60_000, "guard_ms": 0, **timings}
        screen = CitizenScreen(ctx, worker, settings=settings, **options)
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        return screen

    return make


@pytest.fixture(autouse=True)
def _no_shared_screen():
    yield
    feedback_page.close_citizen_screen()


def returned_dossier(ctx, clock):
    dossier = intake(ctx, IntakeRequest(BIRTH, Person(name="Nguyễn Văn An", phone="0912345678")))
    clock.advance(hours=2)
    lifecycle.apply_event(ctx, dossier.code, EventKind.FINISH)
    clock.advance(hours=1)
    lifecycle.apply_event(ctx, dossier.code, EventKind.RETURN)
    clock.advance(minutes=1)
    return queries.show(ctx, dossier.code)


def type_text(widget, text: str) -> None:
    """Type as Unikey/Telex does: the input method commits composed Vietnamese text."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def all_feedback(ctx):
    return feedback.summary(ctx)


def test_returned_dossier_low_rating_with_element_and_comment(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    assert dossier.status.name == "RETURNED"
    screen = make_screen()
    screen.start_for_dossier(dossier.code, dossier.procedure_name, "Trần Thị Bình")
    assert f"Hồ sơ {dossier.code} — Đăng ký khai sinh" == screen.dossier_label.text()
    assert "Trần Thị Bình" in screen.clerk_label.text()

    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)  # Chưa hài lòng
    assert screen.step == CitizenScreen.STEP_DETAILS
    assert queries.show(ctx, dossier.code).feedback == ()  # nothing stored before the details step ends
    qtbot.mouseClick(screen.element_tiles["officer"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.element_tiles["result"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.element_tiles["result"], Qt.MouseButton.LeftButton)  # changed their mind
    type_text(screen.comment_edit, "Chờ lâu, hướng dẫn chưa rõ")
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)

    assert screen.step == CitizenScreen.STEP_THANKS
    stored = queries.show(ctx, dossier.code).feedback
    assert len(stored) == 1
    rating = stored[0]
    assert (rating.rating, rating.scale, rating.elements) == (3, 3, ("officer",))
    assert rating.comment == "Chờ lâu, hướng dẫn chưa rõ"
    assert rating.clerk == "Trần Thị Bình"
    assert rating.source == "screen"
    assert screen.linked_code == ""  # the link was for one rating only


def test_lock_blocks_a_second_tap(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    screen = make_screen(reset_ms=20, lock_ms=60_000)
    screen.start_for_dossier(dossier.code, dossier.procedure_name, "")
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.step == CitizenScreen.STEP_CHOOSE, timeout=2000)
    assert screen.locked
    assert "chờ" in screen.notice.text()
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.rating_button(2), Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen, Qt.Key.Key_2)
    assert screen.step == CitizenScreen.STEP_CHOOSE
    assert all_feedback(ctx).total == 1
    stored = queries.show(ctx, dossier.code).feedback
    assert [(f.rating, f.clerk) for f in stored] == [(1, "Trần Thị Bình")]  # the user at this desk


def test_lock_ends_by_itself_and_next_rating_is_anonymous(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    screen = make_screen(reset_ms=10, lock_ms=80)
    screen.start_for_dossier(dossier.code, dossier.procedure_name, "Lê Văn Chính")
    qtbot.keyClick(screen, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: screen.step == CitizenScreen.STEP_CHOOSE and not screen.locked, timeout=3000)
    assert screen.notice.text() == ""
    qtbot.keyClick(screen, Qt.Key.Key_2)
    summary = all_feedback(ctx)
    assert (summary.total, summary.linked) == (2, 1)
    assert [f.rating for f in queries.show(ctx, dossier.code).feedback] == [1]


def test_number_keys_and_the_details_step_by_keyboard(qtbot, ctx, make_screen):
    screen = make_screen()
    qtbot.keyClick(screen, Qt.Key.Key_9)  # not on the scale: nothing happens
    assert screen.step == CitizenScreen.STEP_CHOOSE
    qtbot.keyClick(screen, Qt.Key.Key_3)
    assert screen.step == CitizenScreen.STEP_DETAILS
    qtbot.keyClick(screen, Qt.Key.Key_1)  # toggles the first element
    qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.chosen_elements() == ("access", "result")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert screen.step == CitizenScreen.STEP_THANKS
    low = all_feedback(ctx).low_ratings
    assert [(r.rating, r.elements, r.code) for r in low] == [(3, ("access", "result"), "")]


def test_thank_you_resets_by_itself(qtbot, ctx, make_screen):
    screen = make_screen(reset_ms=50, lock_ms=10)
    qtbot.mouseClick(screen.rating_button(2), Qt.MouseButton.LeftButton)
    assert screen.step == CitizenScreen.STEP_THANKS
    assert "cảm ơn" in screen.thanks_title.text()
    qtbot.waitUntil(lambda: screen.step == CitizenScreen.STEP_CHOOSE, timeout=3000)
    qtbot.waitUntil(lambda: not screen.locked, timeout=3000)
    assert all(button.isEnabled() for button in screen.rating_buttons)


def test_anonymous_rating_has_no_dossier(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    screen = make_screen()
    assert not screen.dossier_label.isVisible()
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    summary = all_feedback(ctx)
    assert (summary.total, summary.linked) == (1, 0)
    assert summary.by_procedure[0].label == feedback.ANONYMOUS
    assert summary.by_clerk[0].label == "Trần Thị Bình"
    assert queries.show(ctx, dossier.code).feedback == ()


def test_skip_keeps_the_low_rating_without_details(qtbot, ctx, make_screen):
    screen = make_screen()
    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.element_tiles["access"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.skip_button, Qt.MouseButton.LeftButton)
    summary = all_feedback(ctx)
    assert (summary.total, summary.low) == (1, 1)
    assert summary.by_element["access"] == 0


def test_walking_away_from_the_details_step_still_counts(qtbot, ctx, make_screen):
    screen = make_screen(details_timeout_ms=50)
    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.element_tiles["procedure"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.step == CitizenScreen.STEP_THANKS, timeout=3000)
    assert all_feedback(ctx).by_element["procedure"] == 1


def test_double_tap_does_not_land_on_the_details_step(qtbot, ctx, make_screen):
    screen = make_screen(guard_ms=60_000)
    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.element_tiles["officer"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert screen.chosen_elements() == ()
    assert screen.step == CitizenScreen.STEP_DETAILS
    assert all_feedback(ctx).total == 0


def test_comment_is_short(make_screen):
    screen = make_screen()
    screen.choose(3)
    screen.comment_edit.setText("x" * 5000)
    assert len(screen.comment_edit.text()) == 200


def test_failing_save_resets_the_screen(qtbot, ctx, clock, make_screen, monkeypatch, caplog):
    dossier = returned_dossier(ctx, clock)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(feedback, "record_feedback", broken)
    screen = make_screen()
    failures: list[str] = []
    screen.save_failed.connect(failures.append)
    screen.start_for_dossier(dossier.code, dossier.procedure_name, "")
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.element_tiles["officer"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert screen.step == CitizenScreen.STEP_CHOOSE
    assert not screen.locked
    assert screen.chosen_elements() == ()
    assert "chưa được ghi" in screen.notice.text()
    assert screen.linked_code == dossier.code  # kept, so the citizen can simply tap again
    assert failures and "Chưa ghi được" in failures[0]
    assert any("disk on fire" in (r.exc_text or str(r.exc_info)) for r in caplog.records)

    monkeypatch.undo()
    qtbot.mouseClick(screen.rating_button(2), Qt.MouseButton.LeftButton)
    assert [f.rating for f in queries.show(ctx, dossier.code).feedback] == [2]


def test_unknown_dossier_falls_back_to_anonymous(qtbot, ctx, make_screen):
    screen = make_screen()
    failures: list[str] = []
    screen.save_failed.connect(failures.append)
    screen.start_for_dossier("H21.17-251124-9999")  # no procedure name: the screen looks it up
    assert screen.linked_code == ""
    assert failures and "Không tìm thấy" in failures[0]
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    assert all_feedback(ctx).total == 1


def test_link_expires_when_the_citizen_leaves_without_rating(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    screen = make_screen(link_timeout_ms=50)
    screen.start_for_dossier(dossier.code, dossier.procedure_name, "")
    assert screen.dossier_label.isVisible()
    qtbot.waitUntil(lambda: screen.linked_code == "", timeout=3000)
    assert not screen.dossier_label.isVisible()
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    assert queries.show(ctx, dossier.code).feedback == ()
    assert all_feedback(ctx).total == 1


def test_start_for_dossier_looks_up_the_procedure(qtbot, ctx, clock, make_screen):
    dossier = returned_dossier(ctx, clock)
    screen = make_screen()
    screen.start_for_dossier(dossier.code.lower())
    assert screen.dossier_label.text() == f"Hồ sơ {dossier.code} — Đăng ký khai sinh"
    assert screen.clerk_label.text() == "Công chức phục vụ: Trần Thị Bình"


def test_new_citizen_while_details_pending_keeps_the_first_rating(qtbot, ctx, clock, make_screen):
    first = returned_dossier(ctx, clock)
    second = returned_dossier(ctx, clock)
    screen = make_screen()
    screen.start_for_dossier(first.code, first.procedure_name, "")
    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
    screen.start_for_dossier(second.code, second.procedure_name, "")
    assert screen.step == CitizenScreen.STEP_CHOOSE and not screen.locked
    qtbot.mouseClick(screen.rating_button(1), Qt.MouseButton.LeftButton)
    assert [f.rating for f in queries.show(ctx, first.code).feedback] == [3]
    assert [f.rating for f in queries.show(ctx, second.code).feedback] == [1]


def test_five_level_scale(qtbot, ctx, make_screen):
    ctx.actor.role = "admin"
    office.update_settings(ctx, rating_scale=5)
    ctx.actor.role = "clerk"
    screen = make_screen()
    assert [b.text() for b in screen.rating_buttons] == list(feedback.SCALE_LABELS[5])
    qtbot.keyClick(screen, Qt.Key.Key_3)  # Bình thường: not low, no details step
    assert screen.step == CitizenScreen.STEP_THANKS
    screen.reset()
    screen._unlock()
    qtbot.keyClick(screen, Qt.Key.Key_4)
    assert screen.step == CitizenScreen.STEP_DETAILS
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    summary = all_feedback(ctx)
    assert summary.distribution == {5: (0, 0, 1, 1, 0)}
    assert summary.low == 1


def test_placement_remembered(qtbot, ctx, make_screen, settings):
    screen = make_screen()
    screen.set_placement("", True)
    assert screen.isFullScreen()
    assert read_placement(settings) == ("", True)
    qtbot.keyClick(screen, Qt.Key.Key_F11)
    assert not screen.isFullScreen()
    assert read_placement(settings)[1] is False


def test_clerk_page_opens_one_shared_screen(qtbot, ctx, clock, worker):
    page = FeedbackPage(ctx, worker)
    qtbot.addWidget(page)
    screen = page.open_screen()
    assert screen is open_citizen_screen(ctx, worker)
    assert screen.isVisible()
    # The clerk's page has no way to rate: only the screen's own buttons do.
    levels = set(feedback.SCALE_LABELS[3]) | set(feedback.SCALE_LABELS[5])
    assert not [b for b in page.findChildren(QAbstractButton) if not screen.isAncestorOf(b) and b.text() in levels]
    assert not [name for name in ("choose", "rate", "record", "submit") if hasattr(page, name)]
    qtbot.mouseClick(screen.rating_button(3), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.submit_button.isEnabled, timeout=3000)  # the short guard against a double tap
    qtbot.mouseClick(screen.element_tiles["access"], Qt.MouseButton.LeftButton)
    type_text(screen.comment_edit, "Phải chờ lâu")
    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    assert page.summary is not None and page.summary.total == 1  # refreshed after the save
    assert page.low_table.rowCount() == 1
    assert page.low_table.item(0, FeedbackPage.LOW_COMMENT).text() == "Phải chờ lâu"
    assert "chưa hài lòng 1 lượt (100,0%)" in page.headline.text()


def test_clerk_page_period_and_error(qtbot, ctx, clock, worker, monkeypatch):
    feedback.record_feedback(ctx, None, 1)
    page = FeedbackPage(ctx, worker)
    qtbot.addWidget(page)
    assert page.summary.total == 1
    assert page.period()[0] == date(2025, 11, 1)
    monkeypatch.setattr(feedback, "summary", lambda *a, **k: (_ for _ in ()).throw(DeskError("Hỏng")))
    page.refresh()
    assert "Hỏng" in page.headline.text()
