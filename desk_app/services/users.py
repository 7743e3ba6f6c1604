"""Clerk accounts: roles, passwords (scrypt, memory-hard), login with slow-down after failures.

Roles are enforced here, in the services, not by hiding buttons: ``require_role`` is called by every
service that changes the calendar, the catalogue, the office settings or the accounts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

from sqlalchemy import func, select

from desk_app.domain.errors import DeskError, PermissionDenied, ValidationError
from desk_app.domain.text import clean
from desk_app.services.context import Actor, DeskContext
from desk_app.store import models as m
from desk_app.store.journal import audit, record_change

ROLES = {"clerk": "Cán bộ tiếp nhận", "head": "Lãnh đạo", "admin": "Quản trị"}
# scrypt with N=2^14, r=8: 16 MiB per attempt, about 50 ms — slow for guessing, quick for a clerk.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "maxmem": 64 * 1024 * 1024}
FREE_ATTEMPTS = 3
MAX_LOCK = timedelta(minutes=15)
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **SCRYPT)
    encoded = f"{base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${encoded}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), dklen=len(expected),
                                n=int(n), r=int(r), p=int(p), maxmem=SCRYPT["maxmem"])
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def require_role(ctx: DeskContext, *roles: str, action: str) -> None:
    if ctx.actor.role not in roles:
        allowed = " hoặc ".join(ROLES[r] for r in roles)
        raise PermissionDenied(f"Chỉ {allowed} mới được {action}.")


def has_users(ctx: DeskContext) -> bool:
    with ctx.reading() as session:
        return session.execute(select(func.count()).select_from(m.User)).scalar_one() > 0


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError({"password": f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự."})


def create_user(ctx: DeskContext, username: str, full_name: str, role: str, password: str, title: str = "") -> Actor:
    """The first account may be made by anyone (it must be an administrator); later ones by an administrator."""
    first = not has_users(ctx)
    if first and role != "admin":
        raise ValidationError({"role": "Tài khoản đầu tiên phải là tài khoản quản trị."})
    if not first:
        require_role(ctx, "admin", action="tạo tài khoản")
    username = clean(username, 64).lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise ValidationError({"username": "Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch dưới."})
    if role not in ROLES:
        raise ValidationError({"role": "Vai trò phải là clerk, head hoặc admin."})
    _check_password(password)
    office = ctx.office()
    now = ctx.now()
    with ctx.transaction() as session:
        if session.execute(select(m.User).where(m.User.username == username)).scalar_one_or_none():
            raise ValidationError({"username": f"Tên đăng nhập «{username}» đã có."})
        user = m.User(office_id=office.office_id, desk=office.desk, username=username,
                      full_name=clean(full_name, 200), title=clean(title, 200), role=role,
                      password_hash=hash_password(password))
        session.add(user)
        session.flush()
        record_change(session, user, now)
        audit(session, now, ctx.actor.username, "user.create", username, {"role": role})
    return Actor(username, user.full_name, role)


def login(ctx: DeskContext, username: str, password: str) -> Actor:
    """The account, or a refusal. After a few failures each further attempt waits longer (up to 15 min).

    Failed attempts are committed before the refusal is raised, so they stay in the audit trail.
    """
    username = clean(username, 64).lower()
    now = ctx.now()
    refusal = "Tên đăng nhập hoặc mật khẩu không đúng."
    actor: Actor | None = None
    with ctx.transaction() as session:
        user = session.execute(select(m.User).where(m.User.username == username)).scalar_one_or_none()
        if user is None or not user.active:
            audit(session, now, username or "?", "login.failed", username, {"reason": "unknown"})
        elif user.locked_until and user.locked_until > now:
            wait = int((user.locked_until - now).total_seconds()) + 1
            refusal = f"Đăng nhập sai nhiều lần: hãy thử lại sau {wait} giây."
        elif not verify_password(password, user.password_hash):
            user.failed_attempts += 1
            if user.failed_attempts >= FREE_ATTEMPTS:
                delay = min(timedelta(seconds=2 ** (user.failed_attempts - FREE_ATTEMPTS + 2)), MAX_LOCK)
                user.locked_until = now + delay
            audit(session, now, username, "login.failed", username, {"attempts": user.failed_attempts})
        else:
            user.failed_attempts = 0
            user.locked_until = None
            audit(session, now, username, "login", username)
            actor = Actor(user.username, user.full_name, user.role)
    if actor is None:
        raise DeskError(refusal)
    return actor


def change_password(ctx: DeskContext, username: str, new_password: str) -> None:
    if ctx.actor.username != username:
        require_role(ctx, "admin", action="đổi mật khẩu của người khác")
    _check_password(new_password)
    now = ctx.now()
    with ctx.transaction() as session:
        user = session.execute(select(m.User).where(m.User.username == username)).scalar_one_or_none()
        if user is None:
            raise DeskError(f"Không có tài khoản «{username}».")
        user.password_hash = hash_password(new_password)
        user.failed_attempts = 0
        user.locked_until = None
        audit(session, now, ctx.actor.username, "user.password", username)


def list_users(ctx: DeskContext) -> list[tuple[str, str, str, bool]]:
    with ctx.reading() as session:
        rows = session.execute(select(m.User).order_by(m.User.username)).scalars()
        return [(u.username, u.full_name, u.role, u.active) for u in rows]


def clock_anomaly(ctx: DeskContext) -> str | None:
    """A warning when the PC clock is earlier than the newest recorded event, or jumped by days."""
    now = ctx.now()
    with ctx.reading() as session:
        newest = session.execute(select(func.max(m.DossierEventRow.at))).scalar()
        last_seen = session.execute(select(func.max(m.AuditEntry.at))).scalar()
    if newest and now < newest - timedelta(minutes=5):
        return (f"Đồng hồ máy tính ({now:%H:%M %d/%m/%Y}) đang sớm hơn sự kiện mới nhất đã ghi "
                f"({newest:%H:%M %d/%m/%Y}). Hãy chỉnh lại ngày giờ trước khi tiếp nhận hồ sơ.")
    if last_seen and now - last_seen > timedelta(days=45):
        return (f"Đồng hồ máy tính nhảy {(now - last_seen).days} ngày so với lần làm việc trước "
                f"({last_seen:%d/%m/%Y}). Hãy kiểm tra ngày giờ trước khi tiếp nhận hồ sơ.")
    return None


def record_clock_anomaly(ctx: DeskContext, message: str) -> None:
    with ctx.transaction() as session:
        audit(session, ctx.now(), ctx.actor.username, "clock.anomaly", "", {"message": message})

