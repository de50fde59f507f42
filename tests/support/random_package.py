"""Build an Argos zh→en package of the real format with random weights, for tests and benchmarks.

The real package cannot be downloaded where provnews is developed and tested, and a model file
has no place in the repository. A random model of the same shape exercises everything but
meaning: package layout, tokenizer, CTranslate2 format and cost per token. Its output is
deterministic nonsense.

    python -m tests.support.random_package OUT_DIR                  # tiny: 2+2 layers, d_model 64
    python -m tests.support.random_package OUT_DIR --full-size     # OPUS-MT shape, ~76 MB, int8

Run it as its own process: CTranslate2's converter imports torch when it can, and this module
blocks that import (numpy is all a random model needs), which must not leak into a process that
later wants torch.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Shape", "TINY", "FULL_SIZE", "build_package", "SAMPLE_CORPUS", "main"]

# Enough Chinese and English for SentencePiece to learn a small vocabulary; byte fallback covers
# every character it never saw.
SAMPLE_CORPUS = """\
浙江省人民政府召开常务会议，研究部署高质量发展建设共同富裕示范区工作。
今年以来，全省经济运行稳中有进，一季度地区生产总值同比增长5.6%。
省委书记强调，要坚持以人民为中心的发展思想，扎实推进乡村振兴。
会议指出，要加快建设现代化产业体系，推动数字经济和实体经济深度融合。
江苏省政府新闻办公室举行新闻发布会，介绍长江经济带生态环境保护情况。
广东省出台措施支持民营企业发展，优化营商环境，激发市场主体活力。
全省各地认真贯彻落实党中央、国务院决策部署，统筹疫情防控和经济社会发展。
据统计，前三季度全省城镇新增就业人数达到八十万人，完成全年目标任务。
省长主持召开专题会议，听取全省安全生产和防汛防台工作汇报。
要着力保障和改善民生，办好教育、医疗、养老、住房等群众关心的实事。
The provincial government held an executive meeting on high-quality development.
The economy of the province grew steadily in the first quarter of the year.
The governor stressed the importance of rural revitalization and common prosperity.
The meeting called for a modern industrial system and the digital economy.
Officials introduced the protection of the ecological environment of the Yangtze River.
Measures were issued to support private enterprises and improve the business environment.
Statistics show that eight hundred thousand new urban jobs were created this year.
We will ensure and improve people's livelihood, education, health care and housing.
"""


@dataclass(frozen=True)
class Shape:
    encoder_layers: int
    decoder_layers: int
    d_model: int
    heads: int
    ffn: int
    vocab: int  # the CTranslate2 vocabulary; padded beyond what SentencePiece learns


TINY = Shape(2, 2, 64, 2, 128, 1000)
# OPUS-MT transformer-base, as the zh→en Argos package: 6+6 layers, 512, 8 heads, FFN 2048, ~65k vocabulary.
FULL_SIZE = Shape(6, 6, 512, 8, 2048, 65000)


def _train_sentencepiece(corpus: str, vocab_size: int, directory: Path) -> list[str]:
    import sentencepiece as spm

    text_file = directory / "corpus.txt"
    text_file.write_text(corpus, encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text_file), model_prefix=str(directory / "sentencepiece"), vocab_size=vocab_size,
        character_coverage=1.0, hard_vocab_limit=False, byte_fallback=True,
        normalization_rule_name="identity", minloglevel=2,
    )
    processor = spm.SentencePieceProcessor(model_file=str(directory / "sentencepiece.model"))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def _make_spec(shape: Shape, vocabulary: list[str], seed: int):
    import numpy as np
    from ctranslate2.specs import common_spec, transformer_spec

    rng = np.random.default_rng(seed)
    d, f = shape.d_model, shape.ffn

    def weight(rows: int, cols: int):
        return (rng.standard_normal((rows, cols), dtype=np.float32) / np.sqrt(cols)).astype(np.float32)

    def linear(spec, rows: int, cols: int) -> None:
        spec.weight = weight(rows, cols)
        spec.bias = np.zeros(rows, dtype=np.float32)

    def norm(spec) -> None:
        spec.gamma = np.ones(d, dtype=np.float32)
        spec.beta = np.zeros(d, dtype=np.float32)

    def attention(spec, self_attention: bool) -> None:
        if self_attention:
            linear(spec.linear[0], 3 * d, d)
        else:
            linear(spec.linear[0], d, d)
            linear(spec.linear[1], 2 * d, d)
        linear(spec.linear[-1], d, d)
        norm(spec.layer_norm)

    def ffn(spec) -> None:
        linear(spec.linear_0, f, d)
        linear(spec.linear_1, d, f)
        norm(spec.layer_norm)

    spec = transformer_spec.TransformerSpec.from_config(
        (shape.encoder_layers, shape.decoder_layers), shape.heads,
        pre_norm=False, activation=common_spec.Activation.SWISH,
    )
    # One embedding matrix for encoder, decoder and output projection, as OPUS-MT ties them.
    embeddings = weight(len(vocabulary), d)
    positions = _sinusoids(d)
    spec.encoder.embeddings[0].weight = embeddings  # a list: one per source feature
    spec.decoder.embeddings.weight = embeddings
    for side in (spec.encoder, spec.decoder):
        side.position_encodings.encodings = positions
    spec.decoder.start_from_zero_embedding = True
    spec.decoder.projection.weight = embeddings
    spec.decoder.projection.bias = np.zeros(len(vocabulary), dtype=np.float32)
    for layer in spec.encoder.layer:
        attention(layer.self_attention, True)
        ffn(layer.ffn)
    for layer in spec.decoder.layer:
        attention(layer.self_attention, True)
        attention(layer.attention, False)
        ffn(layer.ffn)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.config.add_source_eos = True
    return spec


def _sinusoids(dim: int, positions: int = 1024):
    import numpy as np

    pos = np.arange(positions)[:, None]
    scale = np.power(10000, 2 * (np.arange(dim) // 2) / dim)[None, :]
    angles = pos / scale
    table = np.zeros((positions, dim), dtype=np.float32)
    table[:, : dim // 2] = np.sin(angles[:, 0::2])
    table[:, dim // 2:] = np.cos(angles[:, 1::2])
    return table


def build_package(out_dir: str | Path, shape: Shape = TINY, *, version: str = "0.0.1",
                  corpus: str = SAMPLE_CORPUS, seed: int = 0) -> Path:
    """Write `translate-zh_en-<version>.argosmodel` into out_dir and return its path."""
    sys.modules.setdefault("torch", None)  # see the module docstring
    from ctranslate2.converters.converter import Converter

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    folder_name = f"translate-zh_en-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / folder_name
        package.mkdir()
        pieces = _train_sentencepiece(corpus, min(shape.vocab, 8000), Path(work))
        shutil.copy(Path(work) / "sentencepiece.model", package / "sentencepiece.model")
        # Pieces SentencePiece never produces pad the vocabulary to the real model's size, so the
        # output projection costs what the real one does.
        vocabulary = pieces + [f"<extra_{i}>" for i in range(max(0, shape.vocab - len(pieces)))]

        class RandomConverter(Converter):
            def _load(self):
                return _make_spec(shape, vocabulary, seed)

        RandomConverter().convert(str(package / "model"), quantization="int8", force=True)
        (package / "metadata.json").write_text(json.dumps({
            "package_version": version, "argos_version": "1.9.0",
            "from_code": "zh", "from_name": "Chinese", "to_code": "en", "to_name": "English",
            "type": "translate", "note": "random weights: built by provnews for tests and benchmarks",
        }, indent=2), encoding="utf-8")
        target = out_dir / f"{folder_name}.argosmodel"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(package.rglob("*")):
                archive.write(path, path.relative_to(work))
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--full-size", action="store_true", help="the real package's shape (~76 MB)")
    parser.add_argument("--version", default="0.0.1", help="package_version written to metadata.json")
    parser.add_argument("--corpus", help="UTF-8 text to train SentencePiece on (default: a built-in sample)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    corpus = SAMPLE_CORPUS
    if args.corpus:
        corpus += Path(args.corpus).read_text(encoding="utf-8")
    path = build_package(args.out_dir, FULL_SIZE if args.full_size else TINY, version=args.version,
                         corpus=corpus, seed=args.seed)
    print(path)


if __name__ == "__main__":
    main()
