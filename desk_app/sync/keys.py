"""Key pairs: the desk's Ed25519 signing key, the central office's Ed25519 + X25519 keys.

Private keys live in PEM files (PKCS#8, unencrypted) in a ``keys`` folder readable by the owner
only (0700 folder, 0600 files). Public keys travel as base64 of the 32 raw bytes; a fingerprint is
the first 16 hex digits of the SHA-256 of those bytes.

Personal data is sealed to the central office's X25519 public key: an ephemeral X25519 key per
package, HKDF-SHA256 of the shared secret into an AES-256-GCM key, the package identity as
associated data.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desk_app.domain.errors import DeskError

DESK_SIGNING_FILE = "desk_ed25519.pem"
CENTRAL_SIGNING_FILE = "central_ed25519.pem"
CENTRAL_SEALING_FILE = "central_x25519.pem"
SEAL_MODE = "x25519-hkdf-sha256-aes256gcm"
_HKDF_INFO = b"desk-app personal data v1"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = None) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError, AttributeError) as exc:
        raise DeskError("Khóa hoặc dữ liệu mã hóa không đúng dạng base64.") from exc
    # Only the one canonical spelling: a changed unused low bit of the last character decodes to the
    # same bytes, and a file with a changed byte must not pass as the signed one.
    if base64.b64encode(data) != text.encode("ascii"):
        raise DeskError("Khóa hoặc dữ liệu mã hóa không đúng dạng base64.")
    if length is not None and len(data) != length:
        raise DeskError("Khóa công khai không đúng độ dài.")
    return data


def fingerprint(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, pem: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    temp = path.with_suffix(".tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _load_private(path: Path) -> object:
    try:
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise DeskError(f"Tệp khóa {path} bị hỏng hoặc không phải khóa riêng.") from exc
    except PermissionError as exc:
        raise DeskError(f"Không có quyền đọc tệp khóa {path}.") from exc


# ---- signing (both sides) -------------------------------------------------------------------


@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return _raw_public(self.private.public_key())

    @property
    def public_b64(self) -> str:
        return b64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _signing_key(path: Path, create: bool) -> SigningKey:
    if path.exists():
        key = _load_private(path)
        if not isinstance(key, Ed25519PrivateKey):
            raise DeskError(f"Tệp khóa {path} không phải khóa Ed25519.")
        return SigningKey(key)
    if not create:
        raise DeskError(f"Chưa có khóa ký {path}.")
    key = Ed25519PrivateKey.generate()
    _write_private(path, _pem(key))
    return SigningKey(key)


def desk_keys_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def desk_signing_key(data_dir: Path, create: bool = True) -> SigningKey:
    """The desk's own key pair (made on first use: setup or first export)."""
    return _signing_key(desk_keys_dir(data_dir) / DESK_SIGNING_FILE, create)


# ---- the central office ---------------------------------------------------------------------


@dataclass(frozen=True)
class CentralKeys:
    signing: SigningKey
    sealing: X25519PrivateKey

    @property
    def sealing_public_raw(self) -> bytes:
        return _raw_public(self.sealing.public_key())

    @property
    def sealing_public_b64(self) -> str:
        return b64(self.sealing_public_raw)

    @property
    def sealing_fingerprint(self) -> str:
        return fingerprint(self.sealing_public_raw)


def central_keys(folder: Path, create: bool = False) -> CentralKeys:
    signing = _signing_key(folder / CENTRAL_SIGNING_FILE, create)
    path = folder / CENTRAL_SEALING_FILE
    if path.exists():
        sealing = _load_private(path)
        if not isinstance(sealing, X25519PrivateKey):
            raise DeskError(f"Tệp khóa {path} không phải khóa X25519.")
    elif create:
        sealing = X25519PrivateKey.generate()
        _write_private(path, _pem(sealing))
    else:
        raise DeskError(f"Chưa có khóa giải mã của cơ quan trung tâm ({path}).")
    return CentralKeys(signing, sealing)


# ---- sealing personal data ------------------------------------------------------------------


def _aes_key(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(shared)


@dataclass(frozen=True)
class Sealed:
    ciphertext: bytes
    ephemeral_b64: str
    nonce_b64: str


def seal(recipient_raw: bytes, plaintext: bytes, aad: bytes) -> Sealed:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_raw))
    key = _aes_key(shared, ephemeral_raw + recipient_raw)
    nonce = os.urandom(12)
    return Sealed(AESGCM(key).encrypt(nonce, plaintext, aad), b64(ephemeral_raw), b64(nonce))


def unseal(private: X25519PrivateKey, ephemeral_b64: str, nonce_b64: str, ciphertext: bytes, aad: bytes) -> bytes:
    ephemeral_raw = unb64(ephemeral_b64, 32)
    nonce = unb64(nonce_b64, 12)
    recipient_raw = _raw_public(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        return AESGCM(_aes_key(shared, ephemeral_raw + recipient_raw)).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise DeskError("Không giải mã được phần dữ liệu cá nhân của gói (sai khóa hoặc dữ liệu bị sửa).") from exc
