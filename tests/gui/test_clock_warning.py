"""Offline PCs drift: a wrong clock is shown before any intake, and recorded."""


def test_a_wrong_pc_clock_is_shown_before_intake(ctx, clock, qtbot, monkeypatch):
    from datetime import datetime

    from desk_app.domain.dossier import Person
    from desk_app.gui import messages
    from desk_app.gui.main_window import MainWindow
    from desk_app.gui.worker import DbWorker
    from desk_app.services import audit, intake
    from desk_app.services.context import Actor

    intake.intake(ctx, intake.IntakeRequest("1.001193", Person("Nguyễn Văn An")))
    clock.set(datetime(2025, 11, 20, 8, 0))  # the PC clock went back four days
    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    worker = DbWorker()
    worker.synchronous = True
    window = MainWindow(ctx, worker)
    qtbot.addWidget(window)
    assert warned and "sớm hơn" in warned[0]
    ctx.actor = Actor("lanhdao", "Lê Văn Chính", "head")
    assert [r.action for r in audit.entries(ctx, action="clock")] == ["clock.anomaly"]
