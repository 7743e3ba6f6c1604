"""First-run setup (and later changes): the office, this desk, working sessions, signatory, paper."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.office import Level, WorkSession
from desk_app.gui import messages
from desk_app.gui.generated.ui_setup_dialog import Ui_SetupDialog
from desk_app.gui.intake_page import FORM_STYLE, PlacePicker, report_unexpected, show_field_error
from desk_app.gui.worker import DbWorker

if TYPE_CHECKING:
    from desk_app.domain.office import OfficeSettings
    from desk_app.services.context import DeskContext

LEVELS = (Level.COMMUNE, Level.PROVINCE, Level.DISTRICT)  # the order of the level combo in the form
PAPERS = ("A5", "A4")


class SetupDialog(QDialog):
    """Thiết lập đơn vị. ``accept()`` only after the settings are stored; ``office`` holds them then."""

    def __init__(self, ctx: DeskContext, worker: DbWorker, parent: QWidget | None = None,
                 first_run: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker = worker
        self.office: OfficeSettings | None = None
        self._saving = False
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(FORM_STYLE)
        ui = self.ui
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lưu thiết lập"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Thoát") if first_run else self.tr("Hủy"))
        if first_run:
            self.setWindowTitle(self.tr("Thiết lập lần đầu — Bộ phận Một cửa"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

        self.places = PlacePicker(ui.provinceCombo, ui.wardCombo)
        self.places.load()
        self.places.changed.connect(self._place_changed)
        ui.levelCombo.currentIndexChanged.connect(self._level_changed)

        self._fields: dict[str, tuple[QLabel, QWidget | None]] = {
            "office_id": (ui.officeIdError, ui.officeIdEdit),
            "office_name": (ui.officeNameError, ui.officeNameEdit),
            "level": (ui.levelError, ui.levelCombo),
            "province_code": (ui.provinceError, ui.provinceCombo),
            "ward_code": (ui.wardError, ui.wardCombo),
            "desk": (ui.deskError, ui.deskSpin),
            "sessions": (ui.sessionsError, None),
        }
        self.clear_errors()
        for signal in (ui.officeIdEdit.textChanged, ui.officeNameEdit.textChanged,
                       ui.provinceCombo.editTextChanged, ui.wardCombo.editTextChanged,
                       ui.provinceCombo.currentIndexChanged, ui.wardCombo.currentIndexChanged,
                       ui.levelCombo.currentIndexChanged):
            signal.connect(self._update_ok)
        for key, signal in (("office_id", ui.officeIdEdit.textEdited), ("office_name", ui.officeNameEdit.textEdited),
                            ("province_code", ui.provinceCombo.editTextChanged),
                            ("ward_code", ui.wardCombo.editTextChanged), ("desk", ui.deskSpin.valueChanged)):
            signal.connect(lambda *_args, key=key: self._clear_error(key))
        for edit in (ui.morningStart, ui.morningEnd, ui.afternoonStart, ui.afternoonEnd):
            edit.timeChanged.connect(lambda *_args: self._clear_error("sessions"))
        self._update_ok()
        worker.submit(ctx.office, self._fill, self._failed)
        self.resize(max(self.width(), 900), self.sizeHint().height())

    # -- filling and state -------------------------------------------------------------------------

    def _fill(self, office: OfficeSettings) -> None:
        ui = self.ui
        ui.officeIdEdit.setText(office.office_id)
        ui.officeNameEdit.setText(office.office_name)
        ui.levelCombo.setCurrentIndex(LEVELS.index(office.level) if office.level in LEVELS else 0)
        self._level_changed()
        self.places.set_codes(office.province_code, office.ward_code)
        ui.parentNameEdit.setText(office.parent_name)
        ui.deskSpin.setValue(office.desk)
        sessions = list(office.sessions)
        pairs = ((ui.morningStart, ui.morningEnd), (ui.afternoonStart, ui.afternoonEnd))
        for (start, end), session in zip(pairs, sessions, strict=False):
            start.setTime(QTime(session.start.hour, session.start.minute))
            end.setTime(QTime(session.end.hour, session.end.minute))
        ui.headNameEdit.setText(office.head_name)
        ui.headTitleEdit.setText(office.head_title)
        ui.paperCombo.setCurrentIndex(PAPERS.index(office.paper) if office.paper in PAPERS else 0)
        self._place_changed()
        self._update_ok()
        (ui.officeIdEdit if not office.office_id else ui.officeNameEdit).setFocus()

    def level(self) -> Level:
        return LEVELS[max(0, self.ui.levelCombo.currentIndex())]

    def _level_changed(self, *_args: Any) -> None:
        commune = self.level() is Level.COMMUNE
        self.places.allow_wards(commune)
        self.ui.wardLabel.setText(self.tr("Xã, phường *") if commune else self.tr("Xã, phường"))
        if not commune:
            self._clear_error("ward_code")
        self._place_changed()

    def _place_changed(self) -> None:
        """Show what will be printed above the office name when the field is left empty."""
        from desk_app.services import places

        province = self.places.province_code()
        ward = self.places.ward_code() if province is not None else None
        try:
            parent = places.describe(province, ward).get("parent", "")
        except ValidationError:
            parent = ""
        self.ui.parentNameEdit.setPlaceholderText(
            self.tr("Để trống: {name}").format(name=parent) if parent else self.tr("ví dụ UBND XÃ TÂN LẬP"))

    def missing(self) -> list[str]:
        """The required fields still empty."""
        ui = self.ui
        missing = []
        if not ui.officeIdEdit.text().strip():
            missing.append("office_id")
        if not ui.officeNameEdit.text().strip():
            missing.append("office_name")
        if self.places.province_code() is None:
            missing.append("province_code")
        elif self.level() is Level.COMMUNE and self.places.ward_code() is None:
            missing.append("ward_code")
        return missing

    def _update_ok(self, *_args: Any) -> None:
        self.ok_button.setEnabled(not self.missing() and not self._saving)

    # -- errors --------------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label, widget in self._fields.values():
            show_field_error(label, widget, "")
        show_field_error(self.ui.generalError, None, "")

    def _clear_error(self, key: str) -> None:
        label, widget = self._fields[key]
        if label.text():
            show_field_error(label, widget, "")

    def errors(self) -> dict[str, str]:
        return {key: label.text() for key, (label, _widget) in self._fields.items() if label.text()}

    def show_errors(self, errors: dict[str, str]) -> None:
        others = []
        first: QWidget | None = None
        for key, message in errors.items():
            if key in self._fields:
                label, widget = self._fields[key]
                show_field_error(label, widget, message)
                if first is None and widget is not None:
                    first = widget
            else:
                others.append(message)
        show_field_error(self.ui.generalError, None, "\n".join(others))
        self._fit_height()
        if first is not None:
            first.setFocus()

    def _fit_height(self) -> None:
        """Grow so the messages under the fields never squeeze onto the inputs (wrapped labels need it)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- saving --------------------------------------------------------------------------------------

    def sessions(self) -> tuple[WorkSession, ...]:
        ui = self.ui
        return tuple(WorkSession(start.time().toPython(), end.time().toPython())
                     for start, end in ((ui.morningStart, ui.morningEnd), (ui.afternoonStart, ui.afternoonEnd)))

    def save(self) -> None:
        if self._saving:
            return
        self.places.resolve()
        if self.missing():
            self._update_ok()
            return
        from desk_app.services import places

        ui = self.ui
        province = self.places.province_code()
        ward = self.places.ward_code() if province is not None else None
        described = places.describe(province, ward)
        values: dict[str, Any] = {
            "office_id": ui.officeIdEdit.text(),
            "office_name": ui.officeNameEdit.text(),
            "desk": ui.deskSpin.value(),
            "level": self.level(),
            "province_code": province,
            "ward_code": ward,
            "sessions": self.sessions(),
            "parent_name": ui.parentNameEdit.text().strip() or described.get("parent", ""),
            "place_name": described.get("place", ""),
            "head_name": ui.headNameEdit.text().strip(),
            "head_title": ui.headTitleEdit.text().strip() or None,
            "paper": PAPERS[max(0, ui.paperCombo.currentIndex())],
        }
        ctx = self.ctx
        self.clear_errors()
        self._saving = True
        self._update_ok()

        def job() -> OfficeSettings:
            from desk_app.services import office

            return office.setup_office(ctx, **values)

        self.worker.submit(job, self._saved, self._failed)

    def _saved(self, office: OfficeSettings) -> None:
        self._saving = False
        self.office = office
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self._update_ok()
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, DeskError):
            messages.error(self, self.tr("Chưa lưu được thiết lập"), exc.message)
        else:
            report_unexpected(exc)
