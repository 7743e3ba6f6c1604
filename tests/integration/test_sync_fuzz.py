"""Bad input and faults: every corrupted package is refused whole and the central store is unchanged;
a crash in the middle of a merge leaves the store as it was before that package."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desk_app.sync import keys as k
from desk_app.sync.package import MANIFEST, SEAL_LENGTH, SEAL_PREFIX, SIGNATURE, PackageRefused, decode_rows
from tests.integration.conftest import store_content


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def craft(manifest: dict, parts: dict[str, bytes], key: k.SigningKey, fix_hashes: bool = True,
          extra: dict[str, bytes] | None = None, signed_manifest: dict | None = None) -> bytes:
    """A package written by hand, properly signed by ``key``: what a buggy or malicious desk could send."""
    manifest = dict(manifest)
    manifest.setdefault("signer", key.public_b64)
    if fix_hashes:
        manifest["parts"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "bytes": len(d)} for n, d in parts.items()}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_info(MANIFEST), manifest_bytes)
        signed = manifest_bytes if signed_manifest is None else json.dumps(
            signed_manifest, ensure_ascii=False, sort_keys=True).encode()
        archive.writestr(_info(SIGNATURE), key.sign(signed))
        for name, data in {**parts, **(extra or {})}.items():
            archive.writestr(_info(name), data)
        archive.comment = b"\0" * SEAL_LENGTH
    unsealed = buffer.getvalue()[:-SEAL_LENGTH]
    return unsealed + SEAL_PREFIX + k.b64(key.sign(unsealed)).encode()


def unpack(data: bytes) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        parts = {n: archive.read(n) for n in archive.namelist() if n not in (MANIFEST, SIGNATURE)}
    return manifest, parts


def replace_rows(part: bytes, column: str, value) -> bytes:
    header, rows = decode_rows(part, "t", "p")
    index = header.index(column)
    rows[0][index] = value
    lines = [json.dumps(header, ensure_ascii=False)] + [json.dumps(r, ensure_ascii=False) for r in rows]
    return ("\n".join(lines) + "\n").encode()


def corrupted_variants(data: bytes, key: k.SigningKey) -> dict[str, bytes]:
    variants: dict[str, bytes] = {}
    size = len(data)
    for cut in (0, 1, 22, size // 3, size // 2, size - SEAL_LENGTH, size - 1):
        variants[f"truncated-{cut}"] = data[:cut]
    rng = random.Random(7)
    positions = sorted(set(range(0, size, max(1, size // 40))) | {rng.randrange(size) for _ in range(40)}
                       | {size - 1, size - SEAL_LENGTH - 3, 30, 31})
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 1 << rng.randrange(8)
        variants[f"flipped-{position}"] = bytes(flipped)
    variants["appended"] = data + b"\n"
    variants["prepended"] = b"PK" + data
    manifest, parts = unpack(data)
    # Forged: a stranger signs the desk's content, keeping the desk's public key in the manifest …
    stranger = k.SigningKey(Ed25519PrivateKey.generate())
    variants["forged-signature"] = craft({**manifest, "signer": key.public_b64}, parts, stranger)
    # … or signs with its own key under the desk's name (the desk already trusts another key).
    variants["stranger-key"] = craft({**manifest, "signer": stranger.public_b64}, parts, stranger)
    # The manifest edited after signing.
    unsigned = dict(manifest)
    unsigned["rows"] = {**manifest["rows"], "dossiers": manifest["rows"]["dossiers"] + 1}
    variants["edited-manifest"] = craft(unsigned, parts, key, fix_hashes=False, signed_manifest=manifest)
    # Lying manifests, properly signed by the desk's own key.
    variants["lying-count"] = craft(unsigned, parts, key)
    fewer = dict(manifest["rows"])
    fewer["feedback"] = max(0, fewer["feedback"] - 1)
    variants["lying-count-feedback"] = craft({**manifest, "rows": fewer}, parts, key)
    variants["lying-hash"] = craft({**manifest, "parts": {n: {"sha256": "0" * 64, "bytes": len(d)}
                                                          for n, d in parts.items()}}, parts, key, fix_hashes=False)
    variants["missing-part"] = craft(manifest, {n: d for n, d in parts.items() if n != "apologies.jsonl"}, key)
    variants["extra-part"] = craft(manifest, {**parts, "extra.jsonl": b'["a"]\n'}, key)
    # Paths outside the folder.
    for evil in ("../evil.jsonl", "/etc/evil.jsonl", "sub/dossiers.jsonl", "..\\evil.jsonl", "C:evil.jsonl"):
        variants[f"zip-slip-{evil}"] = craft(manifest, parts, key, extra={evil: b"x"})
    # A decompression bomb: 64 MiB of zeros in a few dozen KiB.
    variants["bomb"] = craft(manifest, parts, key, extra={"bomb.jsonl": b"\0" * (64 << 20)})
    bomb_parts = dict(parts)
    bomb_parts["feedback.jsonl"] = parts["feedback.jsonl"][:-1] + b" " * (48 << 20) + b"\n"
    variants["bomb-in-part"] = craft(manifest, bomb_parts, key)
    # From the future, from elsewhere, with rows that are not what they claim.
    variants["future-schema"] = craft({**manifest, "schema": "9999"}, parts, key)
    variants["future-format"] = craft({**manifest, "format": 99}, parts, key)
    variants["other-kind"] = craft({**manifest, "kind": "reference"}, parts, key)
    variants["rows-of-another-office"] = craft(manifest, {**parts, "dossiers.jsonl": replace_rows(
        parts["dossiers.jsonl"], "office_id", "H21.18")}, key)
    variants["rows-of-another-desk"] = craft(manifest, {**parts, "dossier_events.jsonl": replace_rows(
        parts["dossier_events.jsonl"], "desk", manifest["desk"] + 1)}, key)
    variants["seq-outside-range"] = craft(manifest, {**parts, "dossier_events.jsonl": replace_rows(
        parts["dossier_events.jsonl"], "change_seq", manifest["to_seq"] + 5)}, key)
    variants["wrong-type"] = craft(manifest, {**parts, "dossiers.jsonl": replace_rows(
        parts["dossiers.jsonl"], "status", "9")}, key)
    variants["bad-date"] = craft(manifest, {**parts, "dossiers.jsonl": replace_rows(
        parts["dossiers.jsonl"], "received_at", "2025-13-45T99:00:00")}, key)
    variants["too-long"] = craft(manifest, {**parts, "dossiers.jsonl": replace_rows(
        parts["dossiers.jsonl"], "code", "X" * 200)}, key)
    variants["not-json"] = craft(manifest, {**parts, "feedback.jsonl": b"[\"id\"\n{{{\n"}, key)
    variants["inverted-range"] = craft({**manifest, "from_seq": manifest["to_seq"] + 1}, parts, key)
    variants["other-office-manifest"] = craft({**manifest, "office_id": "H21.18"}, parts, key)
    return variants


@pytest.fixture
def desk_and_packages(make_desk):
    desk = make_desk("H21.17", 3)
    desk.generate(30, seed=71)
    first = desk.export()
    desk.now = desk.now.replace(hour=14)
    desk.finish_some(3)
    desk.generate(30, seed=72)
    second = desk.export()
    return desk, first, second


def test_every_corrupted_package_is_refused_and_the_store_unchanged(central, desk_and_packages, tmp_path):
    desk, first, second = desk_and_packages
    assert central.import_files([first]).applied == [str(first)]
    key = k.desk_signing_key(desk.ctx.data_dir, create=False)
    data = second.read_bytes()
    before = store_content(central)
    variants = corrupted_variants(data, key)
    assert len(variants) > 100
    accepted = []
    for name, variant in variants.items():
        path = tmp_path / "bad.zip"
        path.write_bytes(variant)
        try:
            central.import_files([path])
        except PackageRefused as exc:
            assert exc.message and "\n" not in exc.message
            continue
        accepted.append(name)
    assert accepted == []
    assert store_content(central) == before
    # A good package next to a bad one: the command is refused whole, the good one not applied either.
    bad = tmp_path / "bad.zip"
    bad.write_bytes(variants["lying-count"])
    with pytest.raises(PackageRefused, match="không trung thực"):
        central.import_files([second, bad])
    assert store_content(central) == before
    assert central.import_files([second]).applied == [str(second)]


def test_a_crash_in_the_middle_of_a_merge_leaves_the_store_as_before(central, desk_and_packages):
    desk, first, second = desk_and_packages
    central.import_files([first])
    before = store_content(central)

    def crash(table: str) -> None:
        if table == "dossier_events":
            raise RuntimeError("simulated power cut")

    central.after_table = crash
    with pytest.raises(RuntimeError, match="power cut"):
        central.import_files([second])
    assert store_content(central) == before
    central.after_table = None
    result = central.import_files([second])
    assert result.applied == [str(second)] and result.conflicts == 0
    assert store_content(central) != before


def test_held_package_crash_keeps_it_held(central, make_desk):
    desk = make_desk("H21.17", 8)
    files = []
    for seed in range(3):
        desk.generate(10, seed=80 + seed)
        files.append(desk.export())
    central.import_files([files[0], files[2]])
    held = store_content(central)
    calls = []

    def crash(table: str) -> None:
        calls.append(table)
        if len(calls) > 4:  # the second package of the run: the held one, applied after the gap closes
            raise RuntimeError("crash while draining")

    central.after_table = crash
    with pytest.raises(RuntimeError):
        central.import_files([files[1]])
    central.after_table = None
    after_crash = store_content(central)
    assert after_crash != held  # the package that closed the gap was applied in its own transaction …
    assert central.desks()[0]["held"] == 1  # … the held one still waits, whole
    result = central.import_files([files[1]])  # any later run applies what is ready
    assert result.skipped == [str(files[1])] and result.applied == [str(files[2])] and result.held == []
    assert central.desks()[0]["held"] == 0


def test_package_limits_are_configurable(central, make_desk, tmp_path):
    from desk_app.sync.package import Limits

    desk = make_desk("H21.17", 9)
    desk.generate(10, seed=90)
    package = desk.export()
    central.limits = Limits(max_file=1000)
    with pytest.raises(PackageRefused, match="quá lớn"):
        central.import_files([package])


def test_random_mutations_are_refused_by_the_reader(desk_and_packages):
    """Thousands of random byte edits (set, delete, insert, cut): the reader refuses every changed file,
    always with PackageRefused (never another exception), and reads the unchanged one."""
    from desk_app.sync.package import open_package

    _desk, _first, second = desk_and_packages
    data = second.read_bytes()
    rng = random.Random(11)
    for _ in range(1500):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 6)):
            position = rng.randrange(len(mutated))
            roll = rng.random()
            if roll < 0.5:
                mutated[position] = rng.randrange(256)
            elif roll < 0.7:
                del mutated[position:position + rng.randint(1, 50)]
            elif roll < 0.9:
                mutated[position:position] = rng.randbytes(rng.randint(1, 20))
            else:
                del mutated[position:]
            if not mutated:
                mutated = bytearray(b"x")
        if bytes(mutated) == data:
            assert open_package(data, "desk-changes").sha256
            continue
        with pytest.raises(PackageRefused):
            open_package(bytes(mutated), "desk-changes")


def test_a_seal_spelled_another_way_is_refused(central, desk_and_packages, tmp_path):
    """Base64 leaves the low bits of the last character of a signature unused: flipping one gives the
    same signature bytes, but the file is no longer the one the desk signed — refused like any flip."""
    _desk, first, _second = desk_and_packages
    data = first.read_bytes()
    assert data[-2:] == b"=="  # 64 bytes: the last character before "==" carries 4 unused bits
    last = data[-3:-2].decode()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    twin = alphabet[alphabet.index(last) ^ 1]  # same high bits, another unused low bit
    path = tmp_path / "twin.zip"
    path.write_bytes(data[:-3] + twin.encode() + b"==")
    before = store_content(central)
    with pytest.raises(PackageRefused):
        central.import_files([path])
    assert store_content(central) == before
    assert central.import_files([first]).applied == [str(first)]  # the desk's own file still goes in
