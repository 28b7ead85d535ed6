"""The intent classifier: TF-IDF word and character n-grams into a logistic regression.

Saved as JSON (vocabularies, idf weights, coefficients), not as a pickle: loading a pickle runs
whatever code it names, so a tampered model file would be code execution, and pickles break
across scikit-learn versions. JSON holds only numbers and strings; on load we rebuild the same
arithmetic (n-gram counts over the fixed vocabulary, sublinear tf, idf, L2 norm per block,
then the linear model), which gives the same scores as the fitted pipeline (checked in the tests).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

MODEL_PATH = Path(__file__).with_name("model.json")
FORMAT_VERSION = 2

WORD_PARAMS: dict[str, Any] = {"analyzer": "word", "ngram_range": (1, 2), "lowercase": False,
                               "token_pattern": r"(?u)\b\w+\b"}
CHAR_PARAMS: dict[str, Any] = {"analyzer": "char_wb", "ngram_range": (2, 4), "lowercase": False}

_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


class _FoldTable(dict[int, str]):
    """str.translate table that folds each non-ASCII character once, then remembers it."""

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def normalize_text(text: str) -> str:
    """Lower-case, fold accents to their base letter and digits to 0, collapse white space."""
    text = text.lower()
    if not text.isascii():
        text = text.translate(_FOLD)
    return _SPACES.sub(" ", _DIGITS.sub("0", text)).strip()


_WORD_TOKEN = re.compile(WORD_PARAMS["token_pattern"])


def word_ngrams(text: str) -> list[str]:
    """Return word 1..n-grams exactly as scikit-learn's word analyzer does."""
    tokens = _WORD_TOKEN.findall(text)
    low, high = WORD_PARAMS["ngram_range"]
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), high + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str) -> list[str]:
    """Return character n-grams within word boundaries, as scikit-learn's char_wb does."""
    grams: list[str] = []
    for word in text.split():
        grams += word_char_ngrams(word)
    return grams


def word_char_ngrams(word: str) -> list[str]:
    """Return the char_wb n-grams of one word (padded with a space each side)."""
    low, high = CHAR_PARAMS["ngram_range"]
    grams: list[str] = []
    padded = f" {word} "
    length = len(padded)
    for n in range(low, high + 1):
        if length < n:
            grams.append(padded)
            break
        grams += [padded[i:i + n] for i in range(length - n + 1)]
    return grams


@dataclass
class IntentModel:
    """A loaded classifier: vocabularies, idf weights and the linear model's weights.

    Scoring is done here with numpy (the same arithmetic as the fitted scikit-learn pipeline,
    checked by the tests) so that the engine starts without importing scikit-learn and SciPy,
    which alone take longer than the start-up budget on a busy machine.
    """

    classes: list[str]
    word_vocab: dict[str, int]
    char_vocab: dict[str, int]
    word_idf: np.ndarray
    char_idf: np.ndarray
    coef: np.ndarray
    intercept: np.ndarray
    cue_names: tuple[str, ...] = ()
    cue_scale: float = 1.0

    def __post_init__(self) -> None:
        # One row per feature, contiguous: gathering the rows of the features a message has is
        # several times faster than gathering columns of the (classes x features) matrix.
        self.coef_rows = np.ascontiguousarray(self.coef.T)
        # Words recur from message to message: remember which known character n-grams each word
        # has, so that a word's grams are cut and looked up once (the scores stay the same).
        self._word_grams: dict[str, tuple[int, ...]] = {}

    def _char_counts(self, text: str) -> Counter[int]:
        counts: Counter[int] = Counter()
        cache, get = self._word_grams, self.char_vocab.get
        for word in text.split():
            known = cache.get(word)
            if known is None:
                known = tuple(i for g in word_char_ngrams(word) if (i := get(g)) is not None)
                if len(cache) < 200_000:
                    cache[word] = known
            counts.update(known)
        return counts

    @staticmethod
    def _weights(counts: Counter[int], idf: np.ndarray, offset: int) -> tuple[list[int], np.ndarray]:
        if not counts:
            return [], np.zeros(0)
        indices = list(counts)
        values = (1.0 + np.log(np.fromiter(counts.values(), float, len(indices)))) * idf[indices]
        values /= np.sqrt(values @ values)
        return [i + offset for i in indices], values

    def _block(self, grams: list[str], vocab: dict[str, int], idf: np.ndarray,
               offset: int) -> tuple[list[int], np.ndarray]:
        counts = Counter(grams)
        get = vocab.get
        known = [(index, c) for g, c in counts.items() if (index := get(g)) is not None]
        if not known:
            return [], np.zeros(0)
        indices = [i for i, _ in known]
        values = (1.0 + np.log(np.fromiter((c for _, c in known), float, len(known)))) * idf[indices]
        values /= np.sqrt(values @ values)
        return [i + offset for i in indices], values

    def scores(self, text: str, cues: list[float] | None = None) -> np.ndarray:
        """Return the linear scores of one normalized text (and its cue values), one per class."""
        word_idx, word_val = self._block(word_ngrams(text), self.word_vocab, self.word_idf, 0)
        char_idx, char_val = self._weights(self._char_counts(text), self.char_idf, len(self.word_vocab))
        indices = word_idx + char_idx
        values = np.concatenate([word_val, char_val])
        result = values @ self.coef_rows[indices] + self.intercept
        if self.cue_names and cues is not None:
            offset = len(self.word_vocab) + len(self.char_vocab)
            result = result + self.coef[:, offset:offset + len(self.cue_names)] @ (
                np.asarray(cues, dtype=float) * self.cue_scale)
        return result

    def predict_proba(self, texts: list[str],
                      cues: list[list[float]] | None = None) -> np.ndarray:
        """Return class probabilities (softmax over the linear scores), one row per text."""
        rows = cues if cues is not None else [None] * len(texts)
        scores = np.vstack([self.scores(text, row) for text, row in zip(texts, rows,
                                                                          strict=True)])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def save_model(path: Path, *, classes: list[str], word_vocab: list[str], char_vocab: list[str],
               word_idf: np.ndarray, char_idf: np.ndarray, coef: np.ndarray,
               intercept: np.ndarray, meta: dict[str, Any], cue_names: tuple[str, ...] = (),
               cue_scale: float = 1.0) -> None:
    """Write the model as JSON (rounded weights keep the file small; scores move < 1e-4)."""
    payload = {
        "format": FORMAT_VERSION, "classes": classes, "meta": meta,
        "cue_names": list(cue_names), "cue_scale": cue_scale,
        "word_vocab": word_vocab, "char_vocab": char_vocab,
        "word_idf": np.round(word_idf, 4).tolist(), "char_idf": np.round(char_idf, 4).tolist(),
        "coef": np.round(coef, 5).tolist(), "intercept": np.round(intercept, 5).tolist(),
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")


def load_model(path: Path = MODEL_PATH) -> IntentModel:
    """Read a model written by save_model."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    if payload.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: unsupported model format {payload.get('format')!r}")
    return IntentModel(
        classes=list(payload["classes"]),
        word_vocab={term: i for i, term in enumerate(payload["word_vocab"])},
        char_vocab={term: i for i, term in enumerate(payload["char_vocab"])},
        word_idf=np.asarray(payload["word_idf"]), char_idf=np.asarray(payload["char_idf"]),
        coef=np.asarray(payload["coef"]), intercept=np.asarray(payload["intercept"]),
        cue_names=tuple(payload.get("cue_names", ())), cue_scale=float(payload.get("cue_scale", 1)),
    )
