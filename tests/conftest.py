"""Shared fixtures: paths to the samples and to the team's measuring data (skipped when absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INPUTS = REPO / "inputs"
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_bda6d83aba95b141.txt"
DEV = SHARED / "dev"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("the seed article (../shared/seed) is not here")
    return SEED


@pytest.fixture
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip("the dev data (../shared/dev) is not here")
    return DEV


@pytest.fixture
def sample():
    """``sample("be")``: the sample article of a language in inputs/."""

    def find(code: str) -> Path:
        found = sorted(INPUTS.glob(f"{code}_*.txt"))
        assert found, f"no sample for {code} in inputs/"
        return found[0]

    return find
