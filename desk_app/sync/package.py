"""The package file: a zip holding ``manifest.json``, its Ed25519 signature and the parts.

Layout (format 1)::

    manifest.json        JSON object: format, kind, signer (base64 Ed25519 public key), parts
                         {name: {"sha256", "bytes"}}, and what the kind needs (office, desk, ...)
    signature.ed25519    64 bytes: the signer's signature over the exact bytes of manifest.json
    <part>               JSON lines (or sealed bytes), each named in the manifest with its SHA-256
    (archive comment)    ``DESKSEAL1`` + base64 of the signer's signature over every byte of the
                         file before it: no byte of the file — zip headers, timestamps, padding
                         bits of the compressed streams — can change without the file being refused

Reading is strict and refuses the file whole, with a reason a clerk can read: not a zip or cut
short, names other than the expected plain names (no folders, no ``..``), more or larger entries
than allowed, a compression ratio that only a decompression bomb has, a manifest from a newer
format, a signature that does not verify, a part whose hash or size differs from the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError
from desk_app.sync.keys import SigningKey, b64, unb64, verify_signature

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.ed25519"
SEAL_PREFIX = b"DESKSEAL1"
SEAL_LENGTH = len(SEAL_PREFIX) + 88  # base64 of a 64-byte Ed25519 signature
_PLAIN_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}\.(jsonl|json|bin)$")


class PackageRefused(DeskError):
    """The file is not a package we may read; nothing was changed. The message is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


@dataclass(frozen=True)
class Limits:
    max_file: int = 1 << 30  # 1 GiB on disk
    max_entry: int = 2 << 30  # one part, uncompressed
    max_total: int = 4 << 30  # all parts, uncompressed
    max_entries: int = 16
    max_manifest: int = 1 << 20
    max_ratio: int = 200  # uncompressed : compressed, above which a part is a bomb
    ratio_floor: int = 1 << 20  # parts smaller than this are not ratio-checked


DEFAULT_LIMITS = Limits()


@dataclass
class OpenedPackage:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    parts: dict[str, bytes]
    sha256: str
    signer_raw: bytes
    size: int
    file_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_package(path: Path, manifest: dict[str, Any], parts: dict[str, bytes], key: SigningKey) -> str:
    """Write the package atomically (temporary file, then rename); returns the file's SHA-256."""
    for name in parts:
        if not _PLAIN_NAME.match(name):
            raise ValueError(f"bad part name {name!r}")
    manifest = dict(manifest)
    manifest["format"] = FORMAT_VERSION
    manifest["signer"] = key.public_b64
    manifest["parts"] = {name: {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
                         for name, data in parts.items()}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr(_info(MANIFEST), manifest_bytes)
        archive.writestr(_info(SIGNATURE), key.sign(manifest_bytes))
        for name, data in parts.items():
            archive.writestr(_info(name), data)
        archive.comment = b"\0" * SEAL_LENGTH
    unsealed = buffer.getvalue()[:-SEAL_LENGTH]
    data = unsealed + SEAL_PREFIX + b64(key.sign(unsealed)).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    return hashlib.sha256(data).hexdigest()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise PackageRefused(f"Không có tệp {path}.") from exc
    except OSError as exc:
        raise PackageRefused(f"Không đọc được tệp {path}: {exc.strerror}.") from exc
    if size > limits.max_file:
        raise PackageRefused(f"Tệp {path.name} quá lớn ({size:,} byte) để là một gói đồng bộ.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PackageRefused(f"Không đọc được tệp {path}: {exc.strerror}.") from exc


def open_package(data: bytes, kind: str, limits: Limits = DEFAULT_LIMITS, file_name: str = "") -> OpenedPackage:
    """Verify everything the file itself can prove; raise PackageRefused with the reason otherwise."""
    label = file_name or "gói"
    if len(data) > limits.max_file:
        raise PackageRefused(f"{label}: tệp quá lớn để là một gói đồng bộ.")
    digest = hashlib.sha256(data).hexdigest()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError,
            RuntimeError) as exc:
        raise PackageRefused(f"{label}: tệp bị cắt cụt, bị hỏng hoặc không phải gói đồng bộ.") from exc
    with archive:
        infos = archive.infolist()
        entries = _check_entries(infos, limits, label)
        manifest_bytes = _read_entry(archive, entries.get(MANIFEST), limits.max_manifest, label, MANIFEST)
        manifest = _parse_manifest(manifest_bytes, kind, label)
        signature = _read_entry(archive, entries.get(SIGNATURE), 64, label, SIGNATURE)
        signer_raw = _signer(manifest, label)
        if len(signature) != 64 or not verify_signature(signer_raw, signature, manifest_bytes):
            raise PackageRefused(f"{label}: chữ ký số không hợp lệ — gói bị sửa hoặc giả mạo.")
        seal = archive.comment
        if len(seal) != SEAL_LENGTH or not seal.startswith(SEAL_PREFIX) or not data.endswith(seal):
            raise PackageRefused(f"{label}: gói thiếu dấu niêm phong hoặc có dữ liệu thừa ở cuối tệp.")
        try:
            seal_signature = unb64(seal[len(SEAL_PREFIX):].decode("ascii"), 64)
        except (DeskError, UnicodeDecodeError) as exc:
            raise PackageRefused(f"{label}: dấu niêm phong của gói bị hỏng.") from exc
        if not verify_signature(signer_raw, seal_signature, data[:-SEAL_LENGTH]):
            raise PackageRefused(f"{label}: chữ ký niêm phong không khớp — tệp đã bị sửa hoặc bị hỏng.")
        declared = manifest["parts"]
        present = set(entries) - {MANIFEST, SIGNATURE}
        if set(declared) != present:
            raise PackageRefused(f"{label}: danh sách phần trong bản kê khai không khớp nội dung gói.")
        parts: dict[str, bytes] = {}
        for name in sorted(present):
            meta = declared[name]
            if not isinstance(meta, dict) or not isinstance(meta.get("bytes"), int) \
                    or not isinstance(meta.get("sha256"), str):
                raise PackageRefused(f"{label}: bản kê khai ghi sai thông tin phần {name}.")
            if entries[name].file_size != meta["bytes"]:
                raise PackageRefused(f"{label}: kích thước phần {name} khác với bản kê khai.")
            body = _read_entry(archive, entries[name], min(meta["bytes"], limits.max_entry), label, name)
            if len(body) != meta["bytes"] or hashlib.sha256(body).hexdigest() != meta["sha256"]:
                raise PackageRefused(f"{label}: mã băm phần {name} không khớp — gói bị hỏng hoặc bị sửa.")
            parts[name] = body
    return OpenedPackage(manifest, manifest_bytes, parts, digest, signer_raw, len(data), file_name)


def _check_entries(infos: list[zipfile.ZipInfo], limits: Limits, label: str) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > limits.max_entries:
        raise PackageRefused(f"{label}: gói có quá nhiều tệp bên trong ({len(infos)}).")
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in entries:
            raise PackageRefused(f"{label}: tên «{name}» lặp lại trong gói.")
        if name not in (MANIFEST, SIGNATURE) and not _PLAIN_NAME.match(name):
            raise PackageRefused(f"{label}: gói chứa đường dẫn «{name[:80]}» ngoài thư mục gói — bị từ chối.")
        if info.flag_bits & 0x1:
            raise PackageRefused(f"{label}: gói chứa tệp bị đặt mật khẩu.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRefused(f"{label}: kiểu nén không được hỗ trợ.")
        if info.file_size > limits.max_entry:
            raise PackageRefused(f"{label}: phần «{name}» quá lớn ({info.file_size:,} byte).")
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise PackageRefused(f"{label}: phần «{name}» có tỉ lệ nén bất thường (bom giải nén) — bị từ chối.")
        total += info.file_size
        entries[name] = info
    if total > limits.max_total:
        raise PackageRefused(f"{label}: tổng dung lượng giải nén quá lớn.")
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise PackageRefused(f"{label}: thiếu {required} — không phải gói đồng bộ hợp lệ.")
    return entries


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, cap: int, label: str, name: str) -> bytes:
    if info is None:
        raise PackageRefused(f"{label}: thiếu {name}.")
    if info.file_size > cap:
        raise PackageRefused(f"{label}: phần {name} lớn hơn cho phép.")
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(1 << 20)
                if not chunk:
                    break
                size += len(chunk)
                if size > cap:
                    raise PackageRefused(f"{label}: phần {name} giải nén ra lớn hơn khai báo (bom giải nén).")
                chunks.append(chunk)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError) as exc:
        raise PackageRefused(f"{label}: phần {name} bị hỏng (sai mã kiểm tra hoặc bị cắt cụt).") from exc
    return b"".join(chunks)


def _parse_manifest(data: bytes, kind: str, label: str) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageRefused(f"{label}: bản kê khai (manifest.json) không đọc được.") from exc
    if not isinstance(manifest, dict):
        raise PackageRefused(f"{label}: bản kê khai không đúng dạng.")
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRefused(f"{label}: bản kê khai không ghi phiên bản định dạng hợp lệ.")
    if version > FORMAT_VERSION:
        raise PackageRefused(f"{label}: gói theo định dạng {version}, mới hơn phiên bản phần mềm này "
                             f"(đọc được đến {FORMAT_VERSION}) — hãy cập nhật phần mềm.")
    if manifest.get("kind") != kind:
        raise PackageRefused(f"{label}: đây không phải gói loại «{kind}».")
    if not isinstance(manifest.get("parts"), dict):
        raise PackageRefused(f"{label}: bản kê khai thiếu danh sách phần.")
    return manifest


def _signer(manifest: dict[str, Any], label: str) -> bytes:
    signer = manifest.get("signer")
    if not isinstance(signer, str):
        raise PackageRefused(f"{label}: bản kê khai thiếu khóa công khai của người ký.")
    try:
        return unb64(signer, 32)
    except DeskError as exc:
        raise PackageRefused(f"{label}: khóa công khai của người ký không hợp lệ.") from exc


# ---- rows as JSON lines ------------------------------------------------------------------------
# A table part: the first line is the JSON array of column names, then one JSON array per row.
# Datetimes as ISO 8601 (``datetime.isoformat()``), dates ``YYYY-MM-DD``; the same normalisation is
# used when rows are compared, so a value read back from SQLite or PostgreSQL compares equal.


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def encode_rows(columns: list[str], rows: list[tuple[Any, ...]] | list[list[Any]]) -> bytes:
    # ``default`` is called only for what JSON cannot hold itself (dates and times): no per-value
    # Python call for the rest.
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=plain).encode
    lines = [dumps(columns)]
    lines.extend(map(dumps, rows))
    return ("\n".join(lines) + "\n").encode("utf-8")


def decode_rows(data: bytes, label: str, part: str) -> tuple[list[str], list[list[Any]]]:
    """Column names and rows; refuses anything that is not a header and arrays of its width."""
    if not data.endswith(b"\n"):
        raise PackageRefused(f"{label}: phần {part} không kết thúc đúng dạng.")
    try:
        values = json.loads(b"[" + data[:-1].replace(b"\n", b",") + b"]")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise PackageRefused(f"{label}: phần {part} không phải JSON lines hợp lệ.") from exc
    if not values or not isinstance(values[0], list) or not all(isinstance(c, str) for c in values[0]):
        raise PackageRefused(f"{label}: phần {part} thiếu dòng tên cột.")
    columns = values[0]
    rows = values[1:]
    width = len(columns)
    if len(set(columns)) != width or not all(type(row) is list and len(row) == width for row in rows):
        raise PackageRefused(f"{label}: phần {part} có dòng không đúng số cột.")
    return columns, rows


def parts_digest(parts: dict[str, bytes]) -> str:
    return hashlib.sha256(canonical_json({k: hashlib.sha256(v).hexdigest() for k, v in sorted(parts.items())})
                          ).hexdigest()


__all__ = ["FORMAT_VERSION", "DEFAULT_LIMITS", "Limits", "OpenedPackage", "PackageRefused", "b64", "canonical_json",
           "decode_rows", "encode_rows", "open_package", "plain", "read_file", "write_package"]
