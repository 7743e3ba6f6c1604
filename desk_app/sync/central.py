"""The central store: verify desk packages, merge them (one transaction each), hold the early ones.

Rules of the merge (DESIGN.md §5):

* Every file is verified whole before anything is written — zip structure, signature, part hashes,
  counts, row origins and types, the decryption of personal data — and a command with one bad file
  changes nothing.
* A desk's signing key is trusted on its first package; a later package signed by another key is
  refused until an administrator resets the desk (``central desks --reset OFFICE DESK``).
* The same file twice (same SHA-256) is skipped. A package whose range starts after the next
  expected change number of its desk is held (stored in the store) and applied as soon as the
  missing one arrives.
* For each row: a new key is inserted; a newer change of the same row from the same desk (higher
  ``change_seq``) replaces it; an older one is ignored; the same key with different content at the
  same change number — or from another desk — is a conflict: recorded, never overwritten.
* Bulk statements only: COPY on PostgreSQL (executemany on SQLite) for new rows, executemany for
  updates, ``= ANY(array)`` / chunked ``IN`` look-ups.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.url import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desk_app.domain.errors import DeskError
from desk_app.store import central_models as cm
from desk_app.sync import keys as k
from desk_app.sync.export import personal_aad
from desk_app.sync.package import (
    DEFAULT_LIMITS,
    Limits,
    OpenedPackage,
    PackageRefused,
    decode_rows,
    open_package,
    plain,
    read_file,
)
from desk_app.sync.tables import (
    PACKAGE_KIND,
    PERSONAL_COLUMNS,
    TABLE_ORDER,
    USER_COLUMNS,
    columns,
    part_name,
    schema_status,
)

Progress = Callable[[int, int], None]
_OFFICE_ID = re.compile(r"^[A-Z0-9][A-Z0-9.]{1,29}$")
_LOCK_KEY = 815_501  # pg_advisory_xact_lock: one merge at a time per store
_VERIFY_CACHE_ROWS = 300_000  # verified rows kept between the check pass and the merge pass
_PROCESS_ROWS = 500_000  # rows left to decode from which a helper process decodes ahead
_AHEAD = 2  # packages decoded ahead of the merge
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1

# ---- opening a store ----------------------------------------------------------------------------


def store_url(text_url: str) -> URL:
    """A SQLite path or any SQLAlchemy URL; ``postgresql://`` uses psycopg 3."""
    if "://" not in text_url:
        path = Path(text_url).expanduser().resolve()
        return make_url(f"sqlite:///{path}")
    try:
        url = make_url(text_url)
    except ArgumentError as exc:
        raise DeskError(f"Địa chỉ cơ sở dữ liệu «{text_url}» không hợp lệ.") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def display_url(text_url: str) -> str:
    if "://" not in text_url:
        return text_url
    try:
        return make_url(text_url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(địa chỉ không hợp lệ)"


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA cache_size=-64000")
    cursor.close()


def make_engine(text_url: str) -> Engine:
    url = store_url(text_url)
    if url.get_backend_name() == "sqlite":
        database = url.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # an unknown driver name, a missing driver
        raise DeskError(f"Không dùng được cơ sở dữ liệu «{display_url(text_url)}»: {exc}") from exc


def _migrations_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(cm.__file__).with_name("central_migrations")))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _db_error(exc: Exception, url: str) -> DeskError:
    orig = getattr(exc, "orig", None)
    reason = str(orig or exc).strip().splitlines()[0] if str(orig or exc).strip() else type(exc).__name__
    return DeskError(f"Không làm việc được với kho trung tâm {display_url(url)}: {reason}")


# ---- results ------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    applied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    conflicts: int = 0
    rows: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"applied": self.applied, "skipped": self.skipped, "held": self.held, "conflicts": self.conflicts}


@dataclass
class VerifiedPackage:
    """A desk package that passed every check the file itself allows; rows typed, personal data merged."""

    sha256: str
    name: str
    office_id: str
    desk: int
    from_seq: int
    to_seq: int
    signer_b64: str
    manifest: dict[str, Any]
    tables: dict[str, list[list[Any]]]
    users: list[list[Any]]
    size: int
    times_parsed: bool = True

    @property
    def rows(self) -> int:
        return sum(len(v) for v in self.tables.values())


@dataclass
class _Pending:
    name: str
    sha256: str
    office_id: str
    desk: int
    from_seq: int
    to_seq: int
    rows: int
    load: Callable[[], bytes]
    verified: VerifiedPackage | None
    path: Path | None = None


_WORKER_KEYS: dict[str, k.CentralKeys] = {}


def _decode_file(path: str, name: str, expect: str, keys_dir: str, limits: Limits) -> VerifiedPackage:
    """Read, verify and decode one package file (run in a helper process for big batches)."""
    keys = _WORKER_KEYS.get(keys_dir)
    if keys is None:
        keys = _WORKER_KEYS[keys_dir] = k.central_keys(Path(keys_dir))
    opened = open_package(read_file(Path(path), limits), PACKAGE_KIND, limits, file_name=name)
    if opened.sha256 != expect:
        raise PackageRefused(f"{name}: tệp đã thay đổi trong lúc nhập.")
    # Times go back as checked text: pickling a million datetimes would cost more than parsing them.
    return decode_package(check_package(opened, keys), parse_times=False)


# ---- verification of one package (no database needed) ----------------------------------------


@dataclass
class CheckedPackage:
    """A desk package whose file, signature, manifest, counts and personal part have been checked;
    the rows themselves are not decoded yet (that is :func:`decode_package`)."""

    opened: OpenedPackage
    office_id: str
    desk: int
    from_seq: int
    to_seq: int
    counts: dict[str, Any]
    personal_bytes: bytes
    users: list[list[Any]]

    @property
    def rows(self) -> int:
        return sum(self.counts[name] for name in TABLE_ORDER)


def check_package(opened: OpenedPackage, sealing: k.CentralKeys | None) -> CheckedPackage:
    """Everything short of decoding every row: cheap enough to run over a whole batch first."""
    label = opened.file_name or "gói"
    man = opened.manifest
    office_id, desk = man.get("office_id"), man.get("desk")
    from_seq, to_seq = man.get("from_seq"), man.get("to_seq")
    if not isinstance(office_id, str) or not _OFFICE_ID.match(office_id):
        raise PackageRefused(f"{label}: bản kê khai không ghi mã đơn vị hợp lệ.")
    if not _is_int(desk) or not 1 <= desk <= 9:
        raise PackageRefused(f"{label}: bản kê khai không ghi số máy hợp lệ.")
    if not _is_int(from_seq) or not _is_int(to_seq) or not 1 <= from_seq <= to_seq <= _INT_MAX:
        raise PackageRefused(f"{label}: khoảng số thay đổi trong bản kê khai không hợp lệ.")
    schema = man.get("schema")
    if schema_status(schema) != "ok":
        newer = schema_status(schema) == "future"
        why = "mới hơn phần mềm trung tâm — hãy cập nhật phần mềm." if newer else "không được hỗ trợ."
        raise PackageRefused(f"{label}: gói theo lược đồ dữ liệu «{str(schema)[:20]}» {why}")
    counts = man.get("rows")
    if not isinstance(counts, dict):
        raise PackageRefused(f"{label}: bản kê khai thiếu số dòng.")
    personal = man.get("personal")
    if not isinstance(personal, dict) or personal.get("mode") not in ("sealed", "plain"):
        raise PackageRefused(f"{label}: bản kê khai không nói rõ cách gửi dữ liệu cá nhân.")
    personal_part = "personal.bin" if personal["mode"] == "sealed" else "personal.jsonl"
    expected = {part_name(t) for t in TABLE_ORDER} | {"users.jsonl", personal_part}
    if set(opened.parts) != expected:
        raise PackageRefused(f"{label}: gói thiếu hoặc thừa phần dữ liệu so với định dạng.")
    for name in TABLE_ORDER:
        data = opened.parts[part_name(name)]
        first_end = data.find(b"\n")
        if first_end < 0 or not data.endswith(b"\n"):
            raise PackageRefused(f"{label}: phần {name} không đúng dạng JSON lines.")
        header, _ = decode_rows(data[:first_end + 1], label, part_name(name))
        if sorted(header) != sorted(columns(name)):
            raise PackageRefused(f"{label}: các cột của phần {name} không đúng lược đồ đã khai.")
        _check_count(counts, name, data.count(b"\n") - 1, label)

    if personal["mode"] == "sealed":
        if sealing is None:
            raise PackageRefused(f"{label}: dữ liệu cá nhân đã mã hóa nhưng kho này không có khóa giải mã.")
        if personal.get("recipient") != sealing.sealing_fingerprint or personal.get("scheme") != k.SEAL_MODE:
            raise PackageRefused(f"{label}: dữ liệu cá nhân được mã hóa cho khóa khác, không phải của kho này.")
        if not isinstance(personal.get("ephemeral"), str) or not isinstance(personal.get("nonce"), str):
            raise PackageRefused(f"{label}: thông tin mã hóa trong bản kê khai không hợp lệ.")
        try:
            personal_bytes = k.unseal(sealing.sealing, personal["ephemeral"], personal["nonce"],
                                      opened.parts["personal.bin"], personal_aad(office_id, desk, from_seq, to_seq))
        except DeskError as exc:
            raise PackageRefused(f"{label}: {exc.message}") from exc
    else:
        personal_bytes = opened.parts["personal.jsonl"]
    if not personal_bytes.endswith(b"\n"):
        raise PackageRefused(f"{label}: phần dữ liệu cá nhân không đúng dạng.")
    _check_count(counts, "personal", personal_bytes.count(b"\n") - 1, label)

    header, users = decode_rows(opened.parts["users.jsonl"], label, "users")
    _check_count(counts, "users", len(users), label)
    if header != list(USER_COLUMNS) or not all(
            isinstance(u[0], str) and 0 < len(u[0]) <= 64 and all(isinstance(v, str) for v in u[1:4])
            and isinstance(u[4], bool) for u in users):
        raise PackageRefused(f"{label}: phần người dùng không hợp lệ.")
    users = [[u[0], u[1][:200], u[2][:200], u[3][:16], u[4]] for u in users]
    return CheckedPackage(opened, office_id, desk, from_seq, to_seq, counts, personal_bytes, users)


def decode_package(checked: CheckedPackage, parse_times: bool = True) -> VerifiedPackage:
    """Every row decoded, checked (origin, range, types) and typed; personal data merged back. Without
    ``parse_times`` the (checked) times stay ISO text until :func:`_parse_times`."""
    opened = checked.opened
    label = opened.file_name or "gói"
    counts = checked.counts
    tables: dict[str, list[list[Any]]] = {}
    for name in TABLE_ORDER:
        header, rows = decode_rows(opened.parts[part_name(name)], label, part_name(name))
        _check_count(counts, name, len(rows), label)
        tables[name] = _to_table_order(name, header, rows, label)
    dossier_ids = _check_rows(tables, checked.office_id, checked.desk, checked.from_seq, checked.to_seq, label)
    header, personal_rows = decode_rows(checked.personal_bytes, label, "personal")
    _check_count(counts, "personal", len(personal_rows), label)
    if header != ["id", *PERSONAL_COLUMNS]:
        raise PackageRefused(f"{label}: phần dữ liệu cá nhân không đúng cột.")
    by_id = {row[0]: row for row in personal_rows if type(row[0]) is str}
    if len(by_id) != len(personal_rows) or set(by_id) != dossier_ids:
        raise PackageRefused(f"{label}: dữ liệu cá nhân không khớp với danh sách hồ sơ.")
    dossier_columns = [c.name for c in cm.dossiers.columns]
    id_index = dossier_columns.index("id")
    slots = [(dossier_columns.index(c), j + 1) for j, c in enumerate(PERSONAL_COLUMNS)]
    for row in tables["dossiers"]:
        source = by_id[row[id_index]]
        for target, origin in slots:
            row[target] = source[origin]
    for name in TABLE_ORDER:
        _coerce(cm.SYNCED_TABLES[name], tables[name], label, name, parse_times)
    return VerifiedPackage(opened.sha256, opened.file_name, checked.office_id, checked.desk, checked.from_seq,
                           checked.to_seq, k.b64(opened.signer_raw), opened.manifest, tables, checked.users,
                           opened.size, times_parsed=parse_times)


def verify_desk_package(opened: OpenedPackage, sealing: k.CentralKeys | None) -> VerifiedPackage:
    return decode_package(check_package(opened, sealing))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_count(counts: dict[str, Any], name: str, actual: int, label: str) -> None:
    if counts.get(name) != actual:
        raise PackageRefused(f"{label}: bản kê khai ghi {counts.get(name)} dòng «{name}» nhưng gói có {actual} — "
                             "bản kê khai không trung thực.")


def _to_table_order(name: str, header: list[str], rows: list[list[Any]], label: str) -> list[list[Any]]:
    wanted = columns(name)
    if sorted(header) != sorted(wanted):
        raise PackageRefused(f"{label}: các cột của phần {name} không đúng lược đồ đã khai.")
    table_columns = [c.name for c in cm.SYNCED_TABLES[name].columns]
    if header == table_columns:
        return rows
    position = {c: i for i, c in enumerate(header)}
    picks = [position.get(c) for c in table_columns]
    return [[None if i is None else row[i] for i in picks] for row in rows]


def _check_rows(tables: dict[str, list[list[Any]]], office_id: str, desk: int, from_seq: int, to_seq: int,
                label: str) -> set[str]:
    dossier_ids: set[str] = set()
    for name in TABLE_ORDER:
        table = cm.SYNCED_TABLES[name]
        names = [c.name for c in table.columns]
        rows = tables[name]
        if not rows:
            continue
        id_i, office_i, desk_i, seq_i = (names.index(n) for n in ("id", "office_id", "desk", "change_seq"))
        ids = [r[id_i] for r in rows]
        if set(map(type, ids)) != {str} or len(set(ids)) != len(ids) or min(map(len, ids)) == 0 \
                or max(map(len, ids)) > 36 or "," in "".join(ids):
            raise PackageRefused(f"{label}: khóa dòng của phần {name} không hợp lệ hoặc bị lặp.")
        offices = {r[office_i] for r in rows}
        desks = {r[desk_i] for r in rows}
        if offices != {office_id} or desks != {desk} or any(type(d) is not int for d in desks):
            raise PackageRefused(f"{label}: gói có dòng của đơn vị hoặc máy khác với bản kê khai — bị từ chối.")
        seqs = [r[seq_i] for r in rows]
        if set(map(type, seqs)) != {int} or min(seqs) < from_seq or (
                name != "dossiers" and max(seqs) > to_seq) or max(seqs) > _INT_MAX:
            raise PackageRefused(f"{label}: số thay đổi của phần {name} nằm ngoài khoảng đã khai.")
        if name == "dossiers":
            dossier_ids = set(ids)
    return dossier_ids


_NONE = type(None)
_TZ = attrgetter("tzinfo")


def _time_parser(kind: Any) -> Callable[[str], Any]:
    return datetime.fromisoformat if isinstance(kind, DateTime) else date.fromisoformat


def _coerce(table: Table, rows: list[list[Any]], label: str, name: str, parse_times: bool = True) -> None:
    """Check each column's JSON types and turn ISO strings into datetimes, in place (column by column,
    with C-level map/zip: this runs over millions of rows in a province's merge). With ``parse_times``
    false the times are checked but left as text, for :func:`_parse_times` in the merging process."""
    if not rows:
        return
    columns_ = list(zip(*rows, strict=True))
    changed = False
    for index, column in enumerate(table.columns):
        values = columns_[index]
        types = set(map(type, values))
        has_none = _NONE in types
        if has_none:
            if not column.nullable:
                raise PackageRefused(f"{label}: cột {name}.{column.name} thiếu giá trị.")
            types.discard(_NONE)
        present = [v for v in values if v is not None] if has_none else values
        kind = column.type
        try:
            if isinstance(kind, DateTime | Date):
                if not types <= {str}:
                    raise ValueError
                parsed = list(map(_time_parser(kind), present))
                if isinstance(kind, DateTime) and set(map(_TZ, parsed)) - {None}:
                    raise ValueError
                if not parse_times:
                    continue
                if has_none:
                    it = iter(parsed)
                    columns_[index] = tuple(None if v is None else next(it) for v in values)
                else:
                    columns_[index] = tuple(parsed)
                changed = True
            elif isinstance(kind, Boolean):
                if not types <= {bool}:
                    raise ValueError
            elif isinstance(kind, Integer):
                if not types <= {int}:
                    raise ValueError
                if present and (min(present) < _INT_MIN or max(present) > _INT_MAX):
                    raise ValueError
            elif isinstance(kind, Float):
                if not types <= {int, float}:
                    raise ValueError
                if int in types:
                    columns_[index] = tuple(None if v is None else float(v) for v in values)
                    changed = True
            elif isinstance(kind, String | Text):
                if not types <= {str}:
                    raise ValueError
                length = getattr(kind, "length", None)
                if length and present and max(map(len, present)) > length:
                    raise ValueError
                if "\x00" in "".join(present):
                    raise ValueError
        except (ValueError, TypeError, OverflowError) as exc:
            raise PackageRefused(f"{label}: cột {name}.{column.name} có giá trị sai kiểu hoặc quá dài.") from exc
    if changed:
        rows[:] = list(map(list, zip(*columns_, strict=True)))


def _parse_times(package: VerifiedPackage) -> None:
    """The times a helper process checked but sent as text (a datetime costs pickle ten times a string)."""
    for name, rows in package.tables.items():
        if not rows:
            continue
        for index, column in enumerate(cm.SYNCED_TABLES[name].columns):
            if isinstance(column.type, DateTime | Date):
                parse = _time_parser(column.type)
                for row, value in zip(rows, [row[index] for row in rows], strict=True):
                    if value is not None:
                        row[index] = parse(value)
    package.times_parsed = True


# ---- the store -----------------------------------------------------------------------------------


class CentralStore:
    """A central store at ``url`` with its key pair in ``keys_dir``."""

    def __init__(self, url: str, keys_dir: Path, clock: Callable[[], datetime] = datetime.now,
                 limits: Limits = DEFAULT_LIMITS) -> None:
        self.url = url
        self.keys_dir = keys_dir
        self.clock = clock
        self.limits = limits
        self.engine = make_engine(url)
        self._keys: k.CentralKeys | None = None
        # Test hook: called inside a merge transaction after each table (a simulated crash raises).
        self.after_table: Callable[[str], None] | None = None

    # -- lifecycle

    @classmethod
    def init(cls, url: str, keys_dir: Path, scope: Sequence[str] = (), clock: Callable[[], datetime] = datetime.now
             ) -> CentralStore:
        """Create or upgrade the schema, make the key pair, seed the catalogue; idempotent."""
        store = cls(url, keys_dir, clock)
        try:
            with store.engine.begin() as connection:
                from alembic import command

                command.upgrade(_migrations_config(connection), "head")
            store._ensure_keys(create=True)
            with store.session() as session:
                if scope:
                    _set_meta(session, "scope", json.dumps(sorted({s.strip().upper() for s in scope if s.strip()})))
                if session.execute(select(func.count()).select_from(cm.procedures)).scalar_one() == 0:
                    from desk_app.sync.reference import seed_catalogue

                    seed_catalogue(session, store.now())
        except (OperationalError, DBAPIError) as exc:
            store.close()
            raise _db_error(exc, url) from exc
        return store

    @classmethod
    def open(cls, url: str, keys_dir: Path, clock: Callable[[], datetime] = datetime.now,
             limits: Limits = DEFAULT_LIMITS) -> CentralStore:
        store = cls(url, keys_dir, clock, limits)
        try:
            with store.engine.connect() as connection:
                revision = current_revision(connection)
        except (OperationalError, DBAPIError) as exc:
            store.close()
            raise _db_error(exc, url) from exc
        if revision != cm.CENTRAL_SCHEMA_HEAD:
            store.close()
            if revision is None:
                raise DeskError(f"Kho trung tâm {display_url(url)} chưa được khởi tạo: chạy «central --db … init».")
            raise DeskError(f"Kho trung tâm {display_url(url)} ở phiên bản lược đồ {revision}, phần mềm cần "
                            f"{cm.CENTRAL_SCHEMA_HEAD}: chạy «central --db … init» để nâng cấp.")
        return store

    def close(self) -> None:
        self.engine.dispose()

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    @contextmanager
    def session(self, lock: bool = True) -> Iterator[Session]:
        """One transaction; on PostgreSQL writers take an advisory lock so merges never interleave."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            with session.begin():
                if lock and self.engine.dialect.name == "postgresql":
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
                yield session
        except (OperationalError, DBAPIError) as exc:
            if isinstance(exc, IntegrityError):
                raise PackageRefused(f"Gói vi phạm ràng buộc dữ liệu, không được nhập: {_first_line(exc)}") from exc
            raise _db_error(exc, self.url) from exc
        finally:
            session.close()

    # -- keys

    def _ensure_keys(self, create: bool = False) -> k.CentralKeys:
        with self.session(lock=False) as session:
            stored_signing = _get_meta(session, "signing_key")
            stored_sealing = _get_meta(session, "sealing_key")
            if stored_signing and not (self.keys_dir / k.CENTRAL_SIGNING_FILE).exists():
                raise DeskError(f"Kho trung tâm đã có khóa nhưng thư mục khóa {self.keys_dir} không có tệp khóa riêng "
                                "— hãy chỉ đúng thư mục bằng --keys.")
            keys = k.central_keys(self.keys_dir, create=create)
            if stored_signing is None:
                _set_meta(session, "signing_key", keys.signing.public_b64)
                _set_meta(session, "sealing_key", keys.sealing_public_b64)
            elif stored_signing != keys.signing.public_b64 or stored_sealing != keys.sealing_public_b64:
                raise DeskError(f"Khóa trong {self.keys_dir} không phải khóa của kho trung tâm này.")
        self._keys = keys
        return keys

    @property
    def keys(self) -> k.CentralKeys:
        return self._keys or self._ensure_keys()

    def scope(self, session: Session) -> list[str]:
        value = _get_meta(session, "scope")
        return json.loads(value) if value else []

    # -- import

    def import_files(self, paths: Sequence[Path], progress: Progress | None = None) -> ImportResult:
        items = [(str(p), (lambda p=p: read_file(p, self.limits))) for p in paths]
        return self.import_items(items, progress, paths=list(paths))

    def import_items(self, items: Sequence[tuple[str, Callable[[], bytes]]],
                     progress: Progress | None = None, paths: Sequence[Path] | None = None) -> ImportResult:
        result = ImportResult()
        pending = self._check_all(items, result, paths)
        total = sum(p.rows for p in pending) or 1
        done = 0
        if progress:
            progress(0, total)
        pending.sort(key=lambda p: (p.office_id, p.desk, p.from_seq, p.to_seq))

        # The next packages are read and decoded elsewhere while this one merges: a helper process for
        # a big batch of files (decoding is Python work, the merge mostly waits on the database), a
        # thread otherwise. Each package is still merged here, in order, one transaction each.
        uncached = sum(p.rows for p in pending if p.verified is None and p.path is not None)
        helper: Executor
        can_fork = "fork" in multiprocessing.get_all_start_methods()
        if uncached >= _PROCESS_ROWS and (can_fork or not getattr(sys, "frozen", False)):
            # fork where there is one (the child only decodes and leaves by os._exit); spawn elsewhere
            # (not in a frozen bundle without fork: there a thread does the decoding).
            method = "fork" if can_fork else "spawn"
            helper = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(method))
        else:
            helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-decode")

        def prepare(item: _Pending) -> Future[VerifiedPackage]:
            if item.verified is not None:
                done_future: Future[VerifiedPackage] = Future()
                done_future.set_result(item.verified)
                item.verified = None
                return done_future
            if isinstance(helper, ProcessPoolExecutor) and item.path is not None:
                return helper.submit(_decode_file, str(item.path), item.name, item.sha256, str(self.keys_dir),
                                     self.limits)
            return helper.submit(self._verify, item.load(), item.name, item.sha256)

        with helper:
            upcoming = deque(prepare(item) for item in pending[:_AHEAD])
            for index, item in enumerate(pending):
                try:
                    verified = upcoming.popleft().result()
                    if index + _AHEAD < len(pending):
                        upcoming.append(prepare(pending[index + _AHEAD]))
                    if not verified.times_parsed:
                        _parse_times(verified)
                    outcome, conflicts = self._apply_or_hold(verified, item.load)
                except BaseException:
                    for future in upcoming:
                        future.cancel()
                    raise
                self._record(item, verified, outcome, conflicts, result)
                done += item.rows
                if progress:
                    progress(min(done, total), total)
        # Held packages whose gap closed earlier but were not applied (an interrupted run) go in now.
        for office_id, desk in self._ready_desks():
            drained = self._drain_held(office_id, desk, result)
            result.held = [h for h in result.held if h not in drained]
        return result

    def _record(self, item: _Pending, verified: VerifiedPackage, outcome: str, conflicts: int,
                result: ImportResult) -> None:
        result.conflicts += conflicts
        if outcome == "applied":
            result.applied.append(item.name)
            result.rows += verified.rows
            drained = self._drain_held(verified.office_id, verified.desk, result)
            result.held = [h for h in result.held if h not in drained]
        elif outcome == "held":
            result.held.append(item.name)
        else:
            result.skipped.append(item.name)

    def _ready_desks(self) -> list[tuple[str, int]]:
        with self.session(lock=False) as session:
            return [(o, d) for o, d in session.execute(
                select(cm.HeldPackage.office_id, cm.HeldPackage.desk).distinct()
                .join(cm.Desk, (cm.Desk.office_id == cm.HeldPackage.office_id) & (cm.Desk.desk == cm.HeldPackage.desk))
                .where(cm.HeldPackage.from_seq <= cm.Desk.last_applied_seq + 1)
                .order_by(cm.HeldPackage.office_id, cm.HeldPackage.desk))]

    def _verify(self, data: bytes, name: str, expect: str | None = None) -> VerifiedPackage:
        opened = open_package(data, PACKAGE_KIND, self.limits, file_name=name)
        if expect is not None and opened.sha256 != expect:
            raise PackageRefused(f"{name}: tệp đã thay đổi trong lúc nhập.")
        return verify_desk_package(opened, self.keys)

    def _check_all(self, items: Sequence[tuple[str, Callable[[], bytes]]], result: ImportResult,
                   paths: Sequence[Path] | None = None) -> list[_Pending]:
        """Every file verified before anything is written: one bad file refuses the whole command."""
        pending: list[_Pending] = []
        seen: set[str] = set()
        total = 0
        small: list[tuple[_Pending, CheckedPackage]] = []
        keys = self.keys
        with self.session(lock=False) as session:
            scope = self.scope(session)
            for position, (name, load) in enumerate(items):
                data = load()
                digest = hashlib.sha256(data).hexdigest()
                # The very bytes of a package already applied: nothing to verify or do.
                if digest in seen or session.get(cm.AppliedPackage, digest) is not None:
                    seen.add(digest)
                    result.skipped.append(name)
                    continue
                seen.add(digest)
                opened = open_package(data, PACKAGE_KIND, self.limits, file_name=name)
                checked = check_package(opened, keys)
                self._check_origin(session, checked, scope)
                if session.get(cm.HeldPackage, opened.sha256) is not None:
                    result.held.append(name)
                    continue
                item = _Pending(name, opened.sha256, checked.office_id, checked.desk, checked.from_seq,
                                checked.to_seq, checked.rows, load, None,
                                paths[position] if paths is not None else None)
                pending.append(item)
                total += checked.rows
                if total <= _VERIFY_CACHE_ROWS:
                    small.append((item, checked))
                else:
                    small.clear()
        # A small batch is decoded row by row here too, so even a bad row refuses the whole command; a
        # province's big batch decodes each package just ahead of its merge (each package still whole).
        if total <= _VERIFY_CACHE_ROWS:
            for item, checked in small:
                item.verified = decode_package(checked)
        return pending

    def _check_origin(self, session: Session, package: VerifiedPackage | CheckedPackage,
                      scope: list[str]) -> cm.Desk | None:
        label = (package.name if isinstance(package, VerifiedPackage) else package.opened.file_name) or "gói"
        signer_b64 = package.signer_b64 if isinstance(package, VerifiedPackage) else k.b64(package.opened.signer_raw)
        if scope and not any(package.office_id == s or package.office_id.startswith(s + ".") for s in scope):
            raise PackageRefused(f"{label}: gói của đơn vị {package.office_id}, không thuộc phạm vi của kho trung tâm "
                                 f"này ({', '.join(scope)}) — bị từ chối.")
        registered = session.get(cm.Desk, (package.office_id, package.desk))
        if registered is not None and registered.public_key and registered.public_key != signer_b64:
            raise PackageRefused(
                f"{label}: gói được ký bằng khóa {k.fingerprint(k.unb64(signer_b64))}, khác khóa đã tin cậy "
                f"của máy {package.office_id}/{package.desk} ({registered.key_fingerprint}). Nếu máy đã được cài lại, "
                f"quản trị viên chạy «central --db … desks --reset {package.office_id} {package.desk}».")
        return registered

    def _apply_or_hold(self, package: VerifiedPackage, load: Callable[[], bytes] | None,
                       held_row: bool = False) -> tuple[str, int]:
        now = self.now()
        with self.session() as session:
            if session.get(cm.AppliedPackage, package.sha256) is not None:
                if held_row:
                    session.execute(delete(cm.HeldPackage).where(cm.HeldPackage.sha256 == package.sha256))
                return "skipped", 0
            registered = self._check_origin(session, package, self.scope(session))
            if registered is None:
                registered = cm.Desk(office_id=package.office_id, desk=package.desk, last_applied_seq=0, packages=0,
                                     app_version="", reset_note="")
                session.add(registered)
            if not registered.public_key:
                registered.public_key = package.signer_b64
                registered.key_fingerprint = k.fingerprint(k.unb64(package.signer_b64))
                registered.trusted_since = now
            self._note_office(session, package, now)
            if package.from_seq > registered.last_applied_seq + 1:
                if session.get(cm.HeldPackage, package.sha256) is None:
                    session.add(cm.HeldPackage(sha256=package.sha256, office_id=package.office_id, desk=package.desk,
                                               from_seq=package.from_seq, to_seq=package.to_seq,
                                               file_name=package.name[-500:], received_at=now,
                                               content=load() if load else b""))
                return "held", 0
            conflicts = self._merge(session, package, now)
            registered.last_applied_seq = max(registered.last_applied_seq, package.to_seq)
            registered.packages += 1
            registered.last_package_at = now
            registered.app_version = str(package.manifest.get("app_version", ""))[:32]
            session.add(cm.AppliedPackage(
                sha256=package.sha256, office_id=package.office_id, desk=package.desk, from_seq=package.from_seq,
                to_seq=package.to_seq, rows=package.rows, conflicts=conflicts, file_name=package.name[-500:],
                created_at=_maybe_time(package.manifest.get("created_at")), applied_at=now))
            if held_row:
                session.execute(delete(cm.HeldPackage).where(cm.HeldPackage.sha256 == package.sha256))
            return "applied", conflicts

    def _drain_held(self, office_id: str, desk: int, result: ImportResult) -> set[str]:
        """Apply held packages of this desk whose turn has come; returns the names applied."""
        applied: set[str] = set()
        while True:
            with self.session() as session:
                registered = session.get(cm.Desk, (office_id, desk))
                last = registered.last_applied_seq if registered else 0
                row = session.execute(
                    select(cm.HeldPackage.sha256, cm.HeldPackage.file_name, cm.HeldPackage.content)
                    .where(cm.HeldPackage.office_id == office_id, cm.HeldPackage.desk == desk,
                           cm.HeldPackage.from_seq <= last + 1)
                    .order_by(cm.HeldPackage.from_seq, cm.HeldPackage.to_seq).limit(1)).first()
            if row is None:
                return applied
            package = self._verify(bytes(row.content), row.file_name, expect=row.sha256)
            outcome, conflicts = self._apply_or_hold(package, None, held_row=True)
            result.conflicts += conflicts
            if outcome == "applied":
                result.applied.append(row.file_name)
                result.rows += package.rows
                applied.add(row.file_name)

    def _note_office(self, session: Session, package: VerifiedPackage, now: datetime) -> None:
        info = package.manifest.get("office") if isinstance(package.manifest.get("office"), dict) else {}
        office = session.get(cm.Office, package.office_id)
        if office is None:
            office = cm.Office(office_id=package.office_id, office_name="", level="", first_seen=now, last_seen=now)
            session.add(office)
        office.last_seen = now
        name = info.get("name")
        if isinstance(name, str) and name:
            office.office_name = name[:200]
        if isinstance(info.get("level"), str):
            office.level = info["level"][:16]
        for key in ("province_code", "ward_code"):
            if _is_int(info.get(key)) and _INT_MIN <= info[key] <= _INT_MAX:
                setattr(office, key, info[key])

    # -- the merge itself

    def _merge(self, session: Session, package: VerifiedPackage, now: datetime) -> int:
        connection = session.connection()
        conflicts: list[dict[str, Any]] = []
        present_dossiers: set[str] = set()
        for name in TABLE_ORDER:
            table = cm.SYNCED_TABLES[name]
            rows = package.tables[name]
            if rows:
                self._merge_table(connection, table, rows, package, now, conflicts, present_dossiers)
            if self.after_table is not None:
                self.after_table(name)
        self._merge_users(session, package)
        if conflicts:
            connection.execute(insert(cm.Conflict.__table__), conflicts)
        return len(conflicts)

    def _merge_table(self, connection: Connection, table: Table, rows: list[list[Any]], package: VerifiedPackage,
                     now: datetime, conflicts: list[dict[str, Any]], present_dossiers: set[str]) -> None:
        names = [c.name for c in table.columns]
        id_i, seq_i = names.index("id"), names.index("change_seq")
        origin = (package.office_id, package.desk)
        existing = self._origins(connection, table, [r[id_i] for r in rows])
        new: list[list[Any]] = []
        newer: list[list[Any]] = []
        compare: list[list[Any]] = []
        for row in rows:
            found = existing.get(row[id_i])
            if found is None:
                new.append(row)
            elif (found[0], found[1]) == origin:
                if row[seq_i] > found[2]:
                    newer.append(row)
                elif row[seq_i] == found[2]:
                    compare.append(row)
                # an older change of a row already stored: nothing to do
            else:
                compare.append(row)
        if compare:
            stored = self._full_rows(connection, table, [r[id_i] for r in compare])
            for row in compare:
                current = stored[row[id_i]]
                if list(current) != row:
                    same_origin = (current[names.index("office_id")], current[names.index("desk")]) == origin
                    reason = ("cùng khóa, cùng số thay đổi nhưng khác nội dung" if same_origin
                              else "khóa trùng với dòng của đơn vị/máy khác")
                    conflicts.append(self._conflict(table, names, row, current, package, now, reason))
        if table.name == "dossiers":
            new = self._code_clashes(connection, table, names, new, package, now, conflicts)
            present_dossiers.update(r[id_i] for r in new)
            present_dossiers.update(r[id_i] for r in newer)
            present_dossiers.update(r[id_i] for r in compare)
        else:
            parent_i = names.index("dossier_id")
            candidates = {r[parent_i] for r in new + newer if r[parent_i] is not None} - present_dossiers
            if candidates:
                found_parents = set(self._origins(connection, cm.dossiers, sorted(candidates)))
                present_dossiers.update(found_parents)
                orphans = candidates - found_parents
                if orphans:
                    kept_new, kept_newer = [], []
                    for row, bucket in [(r, kept_new) for r in new] + [(r, kept_newer) for r in newer]:
                        if row[parent_i] in orphans:
                            conflicts.append(self._conflict(table, names, row, None, package, now,
                                                            "hồ sơ gốc không có ở trung tâm (bị xung đột hoặc thiếu)"))
                        else:
                            bucket.append(row)
                    new, newer = kept_new, kept_newer
        self._insert(connection, table, names, new)
        if newer:
            keys = [n for n in names if n != "id"]
            statement = update(table).where(table.c.id == bindparam("_id")).values(
                {n: bindparam(n) for n in keys})
            connection.execute(statement, [{"_id": r[id_i], **{n: r[i] for i, n in enumerate(names) if n != "id"}}
                                           for r in newer])

    def _code_clashes(self, connection: Connection, table: Table, names: list[str], new: list[list[Any]],
                      package: VerifiedPackage, now: datetime, conflicts: list[dict[str, Any]]) -> list[list[Any]]:
        if not new:
            return new
        code_i, id_i = names.index("code"), names.index("id")
        codes = [r[code_i] for r in new]
        taken: dict[str, str] = {}
        for chunk in _chunks(codes, self._chunk_size()):
            query = select(table.c.code, table.c.id).where(self._in(table.c.code, chunk))
            for code, row_id in connection.execute(query):
                taken[code] = row_id
        if not taken:
            return new
        kept = []
        for row in new:
            holder = taken.get(row[code_i])
            if holder is not None and holder != row[id_i]:
                conflicts.append(self._conflict(table, names, row, None, package, now,
                                                f"mã hồ sơ {row[code_i]} đã thuộc hồ sơ khác ở trung tâm"))
            else:
                kept.append(row)
        return kept

    def _conflict(self, table: Table, names: list[str], row: list[Any], current: Sequence[Any] | None,
                  package: VerifiedPackage, now: datetime, reason: str) -> dict[str, Any]:
        values = dict(zip(names, row, strict=True))
        stored = dict(zip(names, current, strict=True)) if current is not None else {}
        return {
            "detected_at": now, "package_sha256": package.sha256, "table_name": table.name,
            "row_id": values["id"], "office_id": package.office_id, "desk": package.desk,
            "change_seq": values["change_seq"], "existing_office_id": stored.get("office_id", ""),
            "existing_desk": stored.get("desk"), "existing_change_seq": stored.get("change_seq"),
            "reason": reason[:300],
            "incoming": json.dumps({key: plain(v) for key, v in values.items()}, ensure_ascii=False),
        }

    def _chunk_size(self) -> int:
        return 20_000 if self.engine.dialect.name == "postgresql" else 900

    def _in(self, column: Any, values: list[Any]) -> Any:
        if self.engine.dialect.name == "postgresql":
            # One text parameter split on the server: far cheaper to send than an array of strings.
            # (Ids and codes never hold a comma: the package check refuses ids with one.)
            if any("," in v for v in values):
                raise PackageRefused("Gói có khóa hoặc mã chứa dấu phẩy.")
            return column == func.any(func.string_to_array(bindparam("values", value=",".join(values)), ","))
        return column.in_(values)

    def _origins(self, connection: Connection, table: Table, ids: list[str]) -> dict[str, tuple[str, int, int]]:
        found: dict[str, tuple[str, int, int]] = {}
        for chunk in _chunks(ids, self._chunk_size()):
            query = select(table.c.id, table.c.office_id, table.c.desk, table.c.change_seq).where(
                self._in(table.c.id, chunk))
            for row_id, office_id, desk, seq in connection.execute(query):
                found[row_id] = (office_id, desk, seq)
        return found

    def _full_rows(self, connection: Connection, table: Table, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        found: dict[str, tuple[Any, ...]] = {}
        for chunk in _chunks(ids, self._chunk_size()):
            for row in connection.execute(select(table).where(self._in(table.c.id, chunk))):
                found[row.id] = tuple(row)
        return found

    def _insert(self, connection: Connection, table: Table, names: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        if self.engine.dialect.name == "postgresql":
            # Binary COPY: the cheapest way in for both sides (typed values, no text parsing).
            raw = connection.connection.driver_connection
            statement = f"COPY {table.name} ({', '.join(names)}) FROM STDIN (FORMAT BINARY)"
            with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
                copy.set_types(_pg_types(table))
                for row in rows:
                    copy.write_row(row)
            return
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])

    def _merge_users(self, session: Session, package: VerifiedPackage) -> None:
        for username, full_name, title, role, active in package.users:
            row = session.get(cm.DeskUser, (package.office_id, package.desk, username))
            if row is None:
                session.add(cm.DeskUser(office_id=package.office_id, desk=package.desk, username=username,
                                        full_name=full_name, title=title, role=role, active=active,
                                        seen_seq=package.to_seq))
            elif package.to_seq >= row.seen_seq:
                row.full_name, row.title, row.role, row.active = full_name, title, role, active
                row.seen_seq = package.to_seq

    # -- administration

    def desks(self) -> list[dict[str, Any]]:
        with self.session(lock=False) as session:
            held = {(office, desk): count for office, desk, count in session.execute(
                select(cm.HeldPackage.office_id, cm.HeldPackage.desk, func.count())
                .group_by(cm.HeldPackage.office_id, cm.HeldPackage.desk))}
            rows = session.execute(select(cm.Desk).order_by(cm.Desk.office_id, cm.Desk.desk)).scalars().all()
            return [{"office_id": d.office_id, "desk": d.desk, "key_fingerprint": d.key_fingerprint,
                     "trusted_since": d.trusted_since.isoformat() if d.trusted_since else None,
                     "last_applied_seq": d.last_applied_seq, "packages": d.packages,
                     "last_package_at": d.last_package_at.isoformat() if d.last_package_at else None,
                     "held": held.get((d.office_id, d.desk), 0), "app_version": d.app_version} for d in rows]

    def reset_desk(self, office_id: str, desk: int, next_seq: int | None = None, note: str = "") -> dict[str, Any]:
        """Forget a desk's trusted key (a reinstalled PC); optionally restart its expected sequence."""
        with self.session() as session:
            row = session.get(cm.Desk, (office_id.strip().upper(), desk))
            if row is None:
                raise DeskError(f"Kho trung tâm chưa biết máy {office_id}/{desk}.")
            old = row.key_fingerprint
            row.public_key = None
            row.key_fingerprint = None
            row.trusted_since = None
            if next_seq is not None:
                if next_seq < 1:
                    raise DeskError("Số thay đổi tiếp theo phải từ 1 trở lên.")
                row.last_applied_seq = next_seq - 1
            row.reset_note = (f"{self.now().isoformat()}: bỏ khóa {old}" + (f"; {note}" if note else ""))[:2000]
            return {"office_id": row.office_id, "desk": row.desk, "old_key": old,
                    "next_seq": row.last_applied_seq + 1}

    def conflicts(self) -> list[dict[str, Any]]:
        with self.session(lock=False) as session:
            return [{"id": c.id, "table": c.table_name, "row_id": c.row_id, "office_id": c.office_id, "desk": c.desk,
                     "change_seq": c.change_seq, "reason": c.reason, "detected_at": c.detected_at.isoformat()}
                    for c in session.execute(select(cm.Conflict).order_by(cm.Conflict.id)).scalars()]


def _pg_types(table: Table) -> list[str]:
    names = {Integer: "int4", Float: "float8", Boolean: "bool", DateTime: "timestamp", Date: "date"}
    out = []
    for column in table.columns:
        for kind, pg_name in names.items():
            if isinstance(column.type, kind):
                out.append(pg_name)
                break
        else:
            out.append("varchar" if isinstance(column.type, String) and not isinstance(column.type, Text) else "text")
    return out


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _first_line(exc: Exception) -> str:
    text_value = str(getattr(exc, "orig", None) or exc).strip()
    return text_value.splitlines()[0] if text_value else type(exc).__name__


def _maybe_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


def _get_meta(session: Session, key: str) -> str | None:
    row = session.get(cm.CentralMeta, key)
    return row.value if row else None


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(cm.CentralMeta, key)
    if row is None:
        session.add(cm.CentralMeta(key=key, value=value))
    else:
        row.value = value
