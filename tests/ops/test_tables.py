"""The terminal's tables: aligned by terminal width (a Chinese character takes two columns), and
the province's English and Chinese names beside each site code."""

from __future__ import annotations

from click.testing import CliRunner

from provnews.cli import cli
from provnews.tables import province_name, site_label, text_table, width


def test_columns_line_up_by_terminal_width():
    table = text_table([("site", "province", "new"), ("xz-zh", "Tibet 西藏", 3), ("nm-zh", "Inner Mongolia 内蒙古", 12)],
                       labels=2).splitlines()
    assert len({width(line) for line in table}) == 1  # the right-aligned counts end in one column
    assert {width(line[:line.index(p)]) for line, p in zip(table, ("province", "Tibet", "Inner"))} == {7}


def test_province_names():
    assert province_name("xz-zh") == "Tibet 西藏" and site_label("xz-zh") == "xz-zh Tibet 西藏"
    assert province_name("old-zh") == "-" and site_label("old-zh") == "old-zh"


def test_sites_table_names_each_province():
    result = CliRunner().invoke(cli, ["sites"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split()[:2] == ["name", "province"]
    assert any(line.startswith("xz-zh") and "Tibet 西藏" in line for line in lines)
    assert any(line.startswith("zj-zh") and "Zhejiang 浙江" in line for line in lines)
