"""Shared test setup: a non-interactive matplotlib backend and no figure left open."""

from __future__ import annotations

import matplotlib
import pytest

# Before pyplot is imported anywhere: tests never open windows.
matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _close_figures():
    """Close every figure a test opened (matplotlib keeps them alive otherwise)."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
