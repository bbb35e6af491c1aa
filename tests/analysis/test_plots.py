"""Plots: PNG files, and HTML pages that open offline."""

from __future__ import annotations

import pytest

from dyads.analysis import plot_dyad, plot_network
from dyads.errors import DyadsError


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_dyad_plot(relations, tmp_path, suffix) -> None:
    path = plot_dyad(relations, "ISR", "RUS", tmp_path / f"dyad{suffix}")
    data = path.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data
    if suffix == ".html":
        page = data.decode()
        assert "<script" not in page and "cdn" not in page.lower()
        assert "Israel–Russia relations worsened in 2018-09" in page
        assert "Russia blamed Israel" in page


def test_network_plot(relations, tmp_path) -> None:
    assert plot_network(relations, tmp_path / "net.png").read_bytes().startswith(b"\x89PNG")
    page = plot_network(relations, tmp_path / "net.html", min_events=2).read_text()
    assert "<svg" in page and "USA → RUS" in page


def test_plot_errors_are_one_line(relations, tmp_path) -> None:
    with pytest.raises(DyadsError, match="use a file ending in"):
        plot_dyad(relations, "ISR", "RUS", tmp_path / "dyad.jpg")
    with pytest.raises(DyadsError, match="no dated events"):
        plot_dyad(relations, "ISR", "NOR", tmp_path / "dyad.png")
