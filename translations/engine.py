"""Translating many sentences at once with CTranslate2 and SentencePiece, straight from a package.

Why not argostranslate.translate: it imports torch and stanza (2-3 s, ~750 MB), downloads a
sentence splitter on first use, sends one `translate_batch` per paragraph (about one sentence per
batch, so the 65k-word output projection is read for 4 beams at a time), never bounds the output
length, and its decoding turns "_" into spaces. Here sentences from many paragraphs and articles
are sorted by length and translated in full batches, each with an output bound derived from its
longest input.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import ModelLoadError
from .packages import InstalledModel
from .protect import mask, unmask

__all__ = ["Engine", "EngineOptions", "cuda_devices", "batches", "decoding_limit", "trim_loops",
           "LENGTH_RATIO", "LENGTH_EXTRA", "MAX_DECODING_LENGTH", "MAX_INPUT_LENGTH"]

# Bounds for the output length: English needs more pieces than the Chinese source in only a few
# sentences, and never three times as many. Loops stop here even when the repetition guard fails.
LENGTH_RATIO = 2.0
LENGTH_EXTRA = 10
MAX_DECODING_LENGTH = 400
# Inputs longer than this are truncated by CTranslate2; the splitter keeps real sentences far below.
MAX_INPUT_LENGTH = 400


def decoding_limit(source_tokens: int) -> int:
    """The most tokens the model may emit for a batch whose longest source has this many."""
    return min(MAX_DECODING_LENGTH, math.ceil(LENGTH_RATIO * source_tokens) + LENGTH_EXTRA)


def trim_loops(tokens: list[str], min_repeats: int = 3) -> list[str]:
    """Collapse a run of the same n-gram repeated `min_repeats`+ times in a row to one copy.

    The weak zh→en models fall into loops ("the the the ...", "of the province of the province
    ..."); a phrase legitimately said three times in a row does not occur in news prose.
    """
    out: list[str] = []
    i, n_tokens = 0, len(tokens)
    while i < n_tokens:
        for size in range(1, (n_tokens - i) // min_repeats + 1):
            if tokens[i + size] != tokens[i]:
                continue
            gram = tokens[i:i + size]
            repeats = 1
            while tokens[i + repeats * size:i + (repeats + 1) * size] == gram:
                repeats += 1
            if repeats >= min_repeats:
                out.extend(gram)
                i += repeats * size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def batches(order: Sequence[int], lengths: Sequence[int], max_sentences: int, max_tokens: int) -> list[list[int]]:
    """Consecutive runs of `order` (indexes sorted by length, shortest first) for one call each:
    at most `max_sentences`, and at most `max_tokens` counted as sentences × the longest (a
    padded batch costs that much). A sentence longer than `max_tokens` goes alone."""
    out: list[list[int]] = []
    batch: list[int] = []
    for i in order:
        if batch and (len(batch) == max_sentences or (len(batch) + 1) * max(lengths[i], 1) > max_tokens):
            out.append(batch)
            batch = []
        batch.append(i)
    if batch:
        out.append(batch)
    return out


def _usable_cpus() -> int:
    # cpu_count() reports the host's cores inside a container limited to fewer.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@dataclass(frozen=True)
class EngineOptions:
    """Decoding settings. Beam 4 is Argos' own default: translation quality cannot be measured
    here, so the default must not trade it away for speed."""

    beam_size: int = 4
    # Sentences per translate_batch call. On a 2-core AVX2 CPU, 16 sentences × 4 beams was the
    # fastest per CPU-second (8: 3.9, 16: 4.1, 32: 3.8 sentences/s) and peaks at ~350 MB RSS
    # against ~470-630 MB for 32 (bench/translation.py, docs/translation.md).
    batch_size: int = 16
    # Source tokens per batch (sentences × the longest of them). Memory grows with batch × beam ×
    # (source + output length), so a fixed count of long sentences peaked at ~600 MB on the
    # full-size model; 512 keeps news sentences of up to 32 tokens in full batches of 16 and cuts
    # longer ones into smaller batches (bench/translation.py --long-sentences).
    batch_tokens: int = 512
    threads: int = 0              # CTranslate2 intra_threads; 0: one per CPU core
    device: str = "cpu"
    compute_type: str = "auto"
    no_repeat_ngram_size: int = 0  # 0 off: it would forbid legitimate repeats like "of the People's Republic"
    repetition_penalty: float = 1.0

    def __post_init__(self) -> None:
        if self.beam_size < 1:
            raise ValueError("beam_size must be 1 or more (Argos uses 4)")
        if self.batch_size < 1:
            raise ValueError("batch_size must be 1 or more (16 suits a CPU)")
        if self.batch_tokens < 1:
            raise ValueError("batch_tokens must be 1 or more (512 suits a CPU)")


def cuda_devices() -> int:
    """How many CUDA devices CTranslate2 sees here (0 without a GPU or a CUDA build)."""
    import ctranslate2

    try:
        return ctranslate2.get_cuda_device_count()
    except Exception:  # no CUDA runtime on this host
        return 0


class Engine:
    """A loaded package: `translate(sentences)` returns one English string per sentence."""

    def __init__(self, model: InstalledModel, options: EngineOptions | None = None):
        import ctranslate2
        import sentencepiece

        self.model = model
        self.options = options or EngineOptions()
        threads = self.options.threads or _usable_cpus()
        try:
            self._translator = ctranslate2.Translator(
                str(model.path / "model"), device=self.options.device, compute_type=self.options.compute_type,
                inter_threads=1, intra_threads=threads,
            )
            self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model.path / "sentencepiece.model"))
        except Exception as exc:  # CTranslate2 reports damaged files as IndexError, RuntimeError, ...
            raise ModelLoadError(
                f"cannot load {model.path} ({exc}): reinstall it with `provnews models install --file`"
                " or `provnews models install`"
            ) from exc
        self.decoded_tokens = 0  # output tokens produced so far, for benchmarks

    def translate(self, sentences: Sequence[str],
                  on_batch: Callable[[int], None] | None = None) -> list[str]:
        """Translate in length-sorted batches; `on_batch(n)` is called after each batch of n."""
        masked = [mask(s) for s in sentences]
        pieces = self._sp.encode([m.text for m in masked], out_type=str) if masked else []
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        results: list[str] = [""] * len(pieces)
        for batch in batches(order, [min(len(p), MAX_INPUT_LENGTH) for p in pieces],
                             self.options.batch_size, self.options.batch_tokens):
            tokens = [pieces[i][:MAX_INPUT_LENGTH] for i in batch]
            outputs = self._translate_tokens(tokens)
            for i, out in zip(batch, outputs):
                results[i] = unmask(self._detokenize(out), masked[i].originals)
            if on_batch:
                on_batch(len(batch))
        return results

    def _translate_tokens(self, tokens: list[list[str]]) -> list[list[str]]:
        opts = self.options
        prefix = self.model.target_prefix
        longest = max((len(t) for t in tokens), default=0)
        results = self._translator.translate_batch(
            tokens,
            target_prefix=[[prefix]] * len(tokens) if prefix else None,
            beam_size=opts.beam_size,
            max_batch_size=0,
            max_input_length=MAX_INPUT_LENGTH,
            max_decoding_length=decoding_limit(longest) + (1 if prefix else 0),
            no_repeat_ngram_size=opts.no_repeat_ngram_size,
            repetition_penalty=opts.repetition_penalty,
            length_penalty=0.2,  # as Argos, so both rank hypotheses alike
            replace_unknowns=True,
            return_scores=False,
        )
        outputs = []
        for result in results:
            out = list(result.hypotheses[0])
            if prefix and out[:1] == [prefix]:
                out = out[1:]
            self.decoded_tokens += len(out)
            outputs.append(out)
        return outputs

    def _detokenize(self, tokens: list[str]) -> str:
        # SentencePiece's own decoding: unlike Argos' it leaves "_" alone. Whitespace is collapsed
        # so a stray newline can never split one paragraph's translation in two.
        return " ".join(self._sp.decode_pieces(trim_loops(tokens)).split())
