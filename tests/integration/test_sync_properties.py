"""Convergence: any interleaving and repetition of the packages of several desks, delivered in any
batches, ends with the same central content as delivering them once, in order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.conftest import Desk, store_content


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("convergence")
    files: list[Path] = []
    desks = [Desk(folder / "a", "H21.17", 1), Desk(folder / "b", "H21.17", 2), Desk(folder / "c", "H21.18", 1)]
    try:
        for round_number in range(3):
            for number, desk in enumerate(desks):
                desk.now = desk.now.replace(hour=9 + round_number * 2)
                if round_number:
                    desk.finish_some(2)  # updates of rows sent in an earlier package
                desk.generate(12, seed=100 * round_number + number)
                files.append(desk.export())
    finally:
        for desk in desks:
            desk.close()
    return files


@pytest.fixture(scope="module")
def expected(packages: list[Path], sqlite_centrals) -> dict[str, str]:
    store = sqlite_centrals.new()
    try:
        result = store.import_files(packages)
        assert len(result.applied) == len(packages) and not result.held and not result.conflicts
        return store_content(store, full=False)
    finally:
        store.close()


def deliveries(count: int) -> st.SearchStrategy[list[list[int]]]:
    """Every package at least once, in any order, some repeated, cut into batches (one import each)."""
    return st.tuples(st.permutations(range(count)), st.lists(st.integers(0, count - 1), max_size=6),
                     st.lists(st.integers(1, 4), min_size=1, max_size=12), st.randoms(use_true_random=False)
                     ).map(lambda t: _batches(list(t[0]), t[1], t[2], t[3]))


def _batches(order: list[int], repeats: list[int], sizes: list[int], rng: random.Random) -> list[list[int]]:
    sequence = list(order)
    for item in repeats:
        sequence.insert(rng.randrange(len(sequence) + 1), item)
    batches, start = [], 0
    for size in sizes * (len(sequence) // max(1, sum(sizes)) + 1):
        if start >= len(sequence):
            break
        batches.append(sequence[start:start + size])
        start += size
    if start < len(sequence):
        batches.append(sequence[start:])
    return batches


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(plan=deliveries(9))
def test_any_interleaving_and_repetition_converges(plan, packages, expected, sqlite_centrals):
    assert len(packages) == 9
    store = sqlite_centrals.new()
    try:
        for batch in plan:
            store.import_files([packages[i] for i in batch])
        assert store_content(store, full=False) == expected
        assert all(d["held"] == 0 for d in store.desks())
    finally:
        store.close()


def test_shuffled_delivery_converges_on_both_backends(packages, expected, centrals):
    rng = random.Random(5)
    store = centrals.new()
    try:
        order = packages * 2
        rng.shuffle(order)
        for start in range(0, len(order), 4):
            store.import_files(order[start:start + 4])
        assert store_content(store, full=False) == expected
    finally:
        store.close()
