import pytest

from translations.engine import Engine, EngineOptions, decoding_limit, trim_loops
from translations.packages import find_model


@pytest.fixture(scope="module")
def engine(installed_models_dir):
    return Engine(find_model(directory=installed_models_dir), EngineOptions(batch_size=2))


def test_one_output_per_sentence_in_input_order(engine):
    # Lengths out of order, so the length-sorted batches (two sentences each) mix them up; each
    # sentence carries its own tag, which passes through to its own output only.
    bodies = ["会议指出，要加快建设现代化产业体系。", "增长。", "全省新增就业人数达到目标。", "好。", "要扎实推进。"]
    out = engine.translate([f"{body}tag{i}" for i, body in enumerate(bodies)])
    assert len(out) == len(bodies)
    for i, english in enumerate(out):
        assert [tag for tag in range(len(bodies)) if f"tag{tag}" in english] == [i]


def test_protected_tokens_come_through_unharmed(engine):
    tokens = ["https://www.zj.gov.cn/art_1229_63.html?a_b=1", "jyj_office@zj.gov.cn", "5.6%", "3.14",
              "COVID-19", "Zhejiang University", "report_2024_v2.pdf"]
    out = engine.translate([f"会议指出{token}，要加快发展。" for token in tokens])
    for token, english in zip(tokens, out):
        assert token in english


def test_output_length_is_bounded_by_the_source(engine, installed_models_dir):
    single = Engine(find_model(directory=installed_models_dir), EngineOptions(beam_size=1))
    sentence = "会议强调，要坚持以人民为中心的发展思想，扎实推进乡村振兴。"
    source_tokens = len(single._sp.encode(sentence, out_type=str))
    single.translate([sentence])
    assert 0 < single.decoded_tokens <= decoding_limit(source_tokens) < 3 * source_tokens + 11


def test_every_batch_reports_progress(engine):
    seen = []
    engine.translate(["一。", "二二。", "三三三。", "四四四四。", "五。"], on_batch=seen.append)
    assert seen == [2, 2, 1]


def test_empty_input_list(engine):
    assert engine.translate([]) == []


@pytest.mark.parametrize("tokens, expected", [
    ("the the the the end", "the end"),
    ("of the province of the province of the province .", "of the province ."),
    ("very very good", "very very good"),
    ("a b a b", "a b a b"),
    ("", ""),
])
def test_trim_loops(tokens, expected):
    assert trim_loops(tokens.split()) == expected.split()


@pytest.mark.parametrize("field, value", [("beam_size", 0), ("batch_size", 0), ("batch_tokens", 0)])
def test_options_refuse_nonsense(field, value):
    with pytest.raises(ValueError, match=field):
        EngineOptions(**{field: value})


def test_batches_hold_at_most_the_token_budget_and_the_sentence_count():
    from translations.engine import batches

    lengths = [3, 3, 5, 10, 10, 40, 200]
    made = batches(range(len(lengths)), lengths, max_sentences=3, max_tokens=30)
    assert made == [[0, 1, 2], [3, 4], [5], [6]]
    assert sorted(i for b in made for i in b) == list(range(len(lengths)))
    assert all(len(b) * max(lengths[i] for i in b) <= 30 or len(b) == 1 for b in made)


def test_long_sentences_are_translated_in_smaller_batches(installed_models_dir):
    long = ["，".join(["全省经济运行稳中有进"] * n) + "。" for n in (1, 2, 6, 8)]
    seen: list[int] = []
    engine = Engine(find_model(directory=installed_models_dir), EngineOptions(batch_size=4, batch_tokens=40))
    out = engine.translate(long, on_batch=seen.append)
    assert len(out) == 4 and all(out) and sum(seen) == 4
    assert len(seen) > 1  # by count alone it would be one batch of 4
    seen.clear()
    Engine(find_model(directory=installed_models_dir), EngineOptions(batch_size=4)).translate(long, on_batch=seen.append)
    assert seen == [4]
