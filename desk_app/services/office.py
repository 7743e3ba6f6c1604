"""Office setup and business settings (they live in the database and travel with backups)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desk_app.domain.errors import ValidationError
from desk_app.domain.office import (
    Level,
    OfficeSettings,
    WorkSession,
    clean_office_name,
    validate_desk,
    validate_office_id,
    validate_sessions,
)
from desk_app.domain.text import clean
from desk_app.services import catalogue
from desk_app.services.context import DeskContext
from desk_app.services.users import require_role
from desk_app.store import repositories as repo
from desk_app.store.journal import audit


def is_configured(ctx: DeskContext) -> bool:
    return ctx.office().configured


def setup_office(
    ctx: DeskContext,
    office_id: str,
    office_name: str,
    desk: int = 1,
    level: str | Level = Level.COMMUNE,
    province_code: int | None = None,
    ward_code: int | None = None,
    sessions: tuple[WorkSession, ...] | None = None,
    parent_name: str = "",
    place_name: str = "",
    **extra: Any,
) -> OfficeSettings:
    """Configure the office and this desk; the first setup also seeds the procedure catalogue."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for key, check in (("office_id", lambda: validate_office_id(office_id)),
                       ("office_name", lambda: clean_office_name(office_name)),
                       ("desk", lambda: validate_desk(desk)),
                       ("level", lambda: Level(level)),
                       ("sessions", lambda: validate_sessions(sessions) if sessions else None)):
        try:
            values[key] = check()
        except ValidationError as exc:
            errors.update(exc.errors)
        except ValueError:
            errors[key] = "Cấp đơn vị phải là commune (xã), province (tỉnh) hoặc district (huyện, cũ)."
    place = _place(province_code, ward_code, errors)
    if errors:
        raise ValidationError(errors)
    current = ctx.office()
    if current.configured:
        require_role(ctx, "admin", action="thay đổi thiết lập đơn vị")
    office = replace(
        current,
        office_id=values["office_id"],
        office_name=values["office_name"],
        desk=values["desk"],
        level=values["level"],
        province_code=province_code,
        ward_code=ward_code,
        sessions=values["sessions"] or current.sessions,
        parent_name=clean(parent_name, 200) or current.parent_name or place.get("parent", ""),
        place_name=clean(place_name, 100) or current.place_name or place.get("place", ""),
        **{k: v for k, v in extra.items() if v is not None},
    )
    now = ctx.now()
    with ctx.transaction() as session:
        for key, value in repo.office_to_settings(office).items():
            repo.write_setting(session, key, value)
        audit(session, now, ctx.actor.username, "setup", office.office_id,
              {"office_name": office.office_name, "desk": office.desk, "level": office.level.value})
        if not current.configured:
            catalogue.seed_if_empty(session, office, now)
    ctx.settings_changed()
    return ctx.office()


def update_settings(ctx: DeskContext, **changes: Any) -> OfficeSettings:
    require_role(ctx, "admin", action="thay đổi thiết lập đơn vị")
    office = replace(ctx.office(), **changes)
    with ctx.transaction() as session:
        for key, value in repo.office_to_settings(office).items():
            repo.write_setting(session, key, value)
        audit(session, ctx.now(), ctx.actor.username, "settings", office.office_id,
              {k: str(v) for k, v in changes.items()})
    ctx.settings_changed()
    return ctx.office()


def _place(province_code: int | None, ward_code: int | None, errors: dict[str, str]) -> dict[str, str]:
    if province_code is None and ward_code is None:
        return {}
    from desk_app.services import places

    try:
        return places.describe(province_code, ward_code)
    except ValidationError as exc:
        errors.update(exc.errors)
        return {}
